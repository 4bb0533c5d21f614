import { describe, expect, it } from 'vitest';
import { decideNavigation, decideWindowOpen } from './externalLinks.ts';

describe('decideNavigation', () => {
  it('opens http, https and mailto links externally', () => {
    expect(decideNavigation('https://www.iom.int/')).toEqual({ action: 'open-external', url: 'https://www.iom.int/' });
    expect(decideNavigation('http://example.org/a b')).toEqual({
      action: 'open-external',
      url: 'http://example.org/a%20b',
    });
    expect(decideNavigation('mailto:focal.point@example.org')).toEqual({
      action: 'open-external',
      url: 'mailto:focal.point@example.org',
    });
  });

  it('lets the app reload itself', () => {
    expect(decideNavigation('app://concord/index.html')).toEqual({ action: 'allow' });
  });

  it('goes nowhere for every other scheme', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
      'vbscript:msgbox',
      'smb://server/share',
      'ms-msdt:/id',
      'concord://join?x',
      'app://evil/index.html',
      'chrome://settings',
      'about:blank',
      '',
    ]) {
      expect(decideNavigation(url), url).toEqual({ action: 'stay' });
    }
  });
});

describe('decideWindowOpen', () => {
  it('never opens a new app window, even for app pages', () => {
    expect(decideWindowOpen('app://concord/index.html')).toEqual({ action: 'stay' });
    expect(decideWindowOpen('https://example.org')).toEqual({ action: 'open-external', url: 'https://example.org/' });
    expect(decideWindowOpen('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'stay' });
  });
});
