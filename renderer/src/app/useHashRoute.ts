import { useEffect, useState } from 'react';
import { ID_PATTERN } from '../../../shared/ids.ts';

export type Route = { view: 'library' } | { view: 'trash' } | { view: 'document'; id: string };

/** Parses the location hash; unknown or malformed hashes show the library. */
export function parseRoute(hash: string): Route {
  const [, view, id] = hash.replace(/^#/, '').split('/');
  if (view === 'trash') return { view: 'trash' };
  if (view === 'doc' && id && ID_PATTERN.test(id)) return { view: 'document', id };
  return { view: 'library' };
}

/** Turns a route into the hash that shows it. */
export function routeHash(route: Route): string {
  return route.view === 'document' ? `#/doc/${route.id}` : route.view === 'trash' ? '#/trash' : '#/';
}

/** The current route, kept in the URL hash so a reload shows the same place. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (next) => (location.hash = routeHash(next))];
}
