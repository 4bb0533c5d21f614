import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { pagedRuntimeAsset } from './scripts/pagedRuntimeAsset.ts';
import { webAppShell } from './scripts/webAppShell.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  description: string;
};

// The renderer is one web app served three ways: Electron's app:// protocol, `npm run web`, and the relay.
// Relative asset paths let all three serve it from any base. No source maps in the build: the relay
// serves it publicly (CONCORD_SOURCEMAP=1 writes them for local debugging; no server serves .map files).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), pagedRuntimeAsset(), webAppShell(pkg.description)],
  // The import worker (renderer/src/library/importWorker.ts) is a module script of the app: CSP 'self'.
  worker: { format: 'es' },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: process.env.CONCORD_SOURCEMAP === '1',
    chunkSizeWarningLimit: 2000,
  },
});
