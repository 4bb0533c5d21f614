// Bundles the Electron main process and preload with esbuild:
//   electron/main/index.ts    -> dist/electron/main.cjs     (Node, CommonJS; electron-store is ESM-only, so it is bundled in)
//   electron/preload/index.ts -> dist/electron/preload.cjs  (sandboxed preload: CommonJS, no Node built-ins available)
// `electron` stays external in both: the runtime provides it.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'electron');
const production = process.env.NODE_ENV === 'production' || process.argv.includes('--production');

/** Options both bundles share. */
const common = {
  bundle: true,
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
};

/** Builds both bundles; exported so scripts/start.js can reuse it. */
export async function buildElectron() {
  await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/main/index.ts')],
      outfile: path.join(outdir, 'main.cjs'),
      platform: 'node',
    }),
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/preload/index.ts')],
      outfile: path.join(outdir, 'preload.cjs'),
      // 'browser' makes any accidental Node built-in import fail the build: a sandboxed preload has none.
      platform: 'browser',
    }),
  ]);
  return { main: path.join(outdir, 'main.cjs'), preload: path.join(outdir, 'preload.cjs') };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildElectron().then(
    (out) => console.log(`Built ${path.relative(root, out.main)} and ${path.relative(root, out.preload)}`),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
