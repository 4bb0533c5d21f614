import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME } from './appOrigin.ts';
import { appResponseHeaders, isRoutePath, resolveAppPath } from './protocolPath.ts';

/**
 * Registers app:// as a standard, secure scheme so the renderer gets a real origin (IndexedDB, module
 * scripts, fetch) without file://'s ambient access. Must run before the app is ready, and only once.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

async function readOrNull(file: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch {
    return null;
  }
}

/** Serves the built renderer from `root` on app://concord/, GET and HEAD only, never outside `root`. */
export function serveAppProtocol(root: string): void {
  const index = path.join(root, 'index.html');
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveAppPath(root, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    let served = file;
    let body = await readOrNull(file);
    if (!body && isRoutePath(file)) {
      served = index;
      body = await readOrNull(index);
    }
    if (!body) return new Response('Not found', { status: 404 });
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      headers: appResponseHeaders(served),
    });
  });
}
