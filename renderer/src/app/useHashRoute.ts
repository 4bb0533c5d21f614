import { useCallback, useEffect, useState } from 'react';
import { ID_PATTERN } from '../../../shared/ids.ts';

export type Route =
  | { view: 'library' }
  | { view: 'trash' }
  | { view: 'coverage' }
  | { view: 'roadmap' }
  | { view: 'document'; id: string; at?: number };

/** Parses the location hash; unknown or malformed hashes show the library. */
export function parseRoute(hash: string): Route {
  const [, view, id, atWord, at] = hash.replace(/^#/, '').split('/');
  if (view === 'trash' || view === 'coverage' || view === 'roadmap') return { view };
  if (view === 'doc' && id && ID_PATTERN.test(id)) {
    const pos = Number(at);
    return atWord === 'at' && Number.isInteger(pos) && pos >= 0
      ? { view: 'document', id, at: pos }
      : { view: 'document', id };
  }
  return { view: 'library' };
}

/** Turns a route into the hash that shows it. */
export function routeHash(route: Route): string {
  if (route.view === 'document')
    return route.at === undefined ? `#/doc/${route.id}` : `#/doc/${route.id}/at/${route.at}`;
  return route.view === 'library' ? '#/' : `#/${route.view}`;
}

/** The current route, kept in the URL hash so a reload shows the same place. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((next: Route) => void (location.hash = routeHash(next)), []);
  return [route, navigate];
}
