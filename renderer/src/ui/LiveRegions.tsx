import { useEffect, useRef } from 'react';
import { connectAnnouncer, createAnnouncer } from './announcer.ts';

/**
 * The app's two live regions, mounted once at start and never re-rendered, so screen readers
 * track them from the beginning: everything the app announces goes through `announce()`.
 */
export function LiveRegions() {
  const polite = useRef<HTMLDivElement>(null);
  const assertive = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!polite.current || !assertive.current) return;
    return connectAnnouncer(createAnnouncer({ polite: polite.current, assertive: assertive.current }));
  }, []);
  return (
    <div className="visually-hidden">
      <div ref={polite} id="live-polite" aria-live="polite" aria-atomic="true" />
      <div ref={assertive} id="live-assertive" aria-live="assertive" aria-atomic="true" />
    </div>
  );
}
