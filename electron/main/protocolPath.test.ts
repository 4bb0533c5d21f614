import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, isRoutePath, resolveAppPath } from './protocolPath.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/host/csp.ts';

const root = path.resolve('/srv/concord/dist/renderer');

describe('resolveAppPath', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppPath(root, 'app://concord/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://concord')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://concord/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://concord/assets/index-abc.js?v=1#x')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://concord/assets/a%20b.css')).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it('refuses other schemes and hosts', () => {
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(root, 'https://concord/index.html')).toBeNull();
    expect(resolveAppPath(root, 'not a url')).toBeNull();
  });

  it('never escapes the root', () => {
    const attempts = [
      'app://concord/../../../etc/passwd',
      'app://concord/%2e%2e/%2e%2e/etc/passwd',
      'app://concord/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      'app://concord/..%2f..%2fetc/passwd',
      'app://concord/..%5c..%5cwindows%5cwin.ini',
      'app://concord/assets\\..\\..\\secret',
      'app://concord/%00index.html',
      'app://concord/C:/Windows/win.ini',
      'app://concord/%E0%A4%A',
      'app://concord//etc/passwd',
    ];
    for (const url of attempts) {
      const file = resolveAppPath(root, url);
      if (file !== null) expect(file.startsWith(root + path.sep), `${url} -> ${file}`).toBe(true);
    }
    expect(resolveAppPath(root, 'app://concord/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'app://concord/%00index.html')).toBeNull();
    expect(resolveAppPath(root, 'app://concord/%E0%A4%A')).toBeNull();
  });
});

describe('content type of app:// responses', () => {
  it('gives module scripts a JavaScript type', () => {
    const type = (file: string) => appResponseHeaders(file)['content-type'];
    expect(type('/x/assets/index.JS')).toMatch(/^text\/javascript/);
    expect(type('/x/index.html')).toMatch(/^text\/html/);
    expect(type('/x/blob.bin')).toBe('application/octet-stream');
  });
});

describe('appResponseHeaders', () => {
  it('carries the shared CSP and forbids sniffing', () => {
    const headers = appResponseHeaders('/x/index.html');
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('falls back to index.html for route-like paths only', () => {
    expect(isRoutePath('/x/library')).toBe(true);
    expect(isRoutePath('/x/assets/missing.js')).toBe(false);
  });
});
