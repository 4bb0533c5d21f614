import type { Plugin } from 'vite';
import { PAGED_CONFIG_SCRIPT, PAGED_HANDLERS_SCRIPT } from '../shared/export/html/pagedRuntime.ts';
import { pagedScript } from '../server/export/pagedScript.ts';

/** The module the renderer imports for the runtime's address (declared in renderer/src/env.d.ts). */
const MODULE_ID = 'virtual:concord-paged-runtime';
const RESOLVED_ID = '\0' + MODULE_ID;
/** Where the dev server (vitest's browser mode) serves it. */
const DEV_PATH = '/@concord/paged-runtime.js';

/**
 * The print page's whole paged runtime as one script: the configuration, Paged.js and the handlers,
 * in the order the desktop and the command line inline them (renderPrintHtml). Source map comments
 * are dropped: no server serves .map files.
 */
function pagedRuntimeSource(): string {
  return [PAGED_CONFIG_SCRIPT, pagedScript().replace(/^\/\/# sourceMappingURL=.*$/gm, ''), PAGED_HANDLERS_SCRIPT].join(
    '\n;\n',
  );
}

/**
 * Serves the paged runtime from the app's own origin: the browser app's CSP runs no inline script,
 * so its print frame loads this asset (content-hashed in the build, precached for offline use)
 * instead of the inlined copy the desktop prints with.
 */
export function pagedRuntimeAsset(): Plugin {
  let serving = false;
  return {
    name: 'concord-paged-runtime',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (serving) return `export default new URL(${JSON.stringify(DEV_PATH)}, location.href).href;`;
      const ref = this.emitFile({ type: 'asset', name: 'paged-runtime.js', source: pagedRuntimeSource() });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res) => {
        res.setHeader('content-type', 'text/javascript; charset=utf-8');
        res.end(pagedRuntimeSource());
      });
    },
  };
}
