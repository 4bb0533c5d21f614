import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './useHashRoute.ts';

describe('routes', () => {
  it('round-trips every view through the location hash', () => {
    const routes: Route[] = [
      { view: 'library' },
      { view: 'trash' },
      { view: 'coverage' },
      { view: 'roadmap' },
      { view: 'document', id: 'abcdef123456' },
      { view: 'document', id: 'abcdef123456', at: 42 },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('shows the library for unknown or malformed hashes', () => {
    for (const hash of ['', '#', '#/nowhere', '#/doc/', '#/doc/bad id', '#/doc/../../etc'])
      expect(parseRoute(hash)).toEqual({ view: 'library' });
  });

  it('ignores a position that is not a whole, non-negative number', () => {
    expect(parseRoute('#/doc/abcdef123456/at/-3')).toEqual({ view: 'document', id: 'abcdef123456' });
    expect(parseRoute('#/doc/abcdef123456/at/1.5')).toEqual({ view: 'document', id: 'abcdef123456' });
  });
});
