// Bundles the relay and the command line with esbuild, so production runs plain JavaScript without
// the tsx loader (measured: a relay under tsx held about 100 MiB more at rest, each worker thread
// registering the loader and compiling its sources again):
//   server/cli.ts                       -> dist/relay/cli.mjs
//   server/commands/relay.ts            -> dist/relay/relay.mjs         (concord relay, a build apart: below)
//   server/storage/blobWorkerMain.ts    -> dist/relay/blobWorker.mjs    (the image thread)
//   server/import/importWorkerMain.ts   -> dist/relay/importWorker.mjs  (concord import)
// The worker files keep the names the sources start them by (new URL('./x.mjs', import.meta.url)),
// next to cli.mjs. Packages load from node_modules as in development, except the pure-JavaScript ones
// only the server's own code imports (INLINED): those are bundled, and everything is minified but
// for identifiers. A package's hundred modules cost the loader memory each (zod alone is 95 files);
// measured at rest: about 3.5 MiB less resident memory. Yjs and lib0 stay external: @tiptap/y-tiptap (export, import)
// imports them too, and two copies of Yjs in one process break its type checks.
// The relay command is a build of its own (dist/relay/relay.mjs and its chunks): every schema it loads
// uses zod/mini, and in one build with the other commands (which use zod) the modules of zod's core
// they share would land in one chunk holding what either needs, loaded by the relay as it starts.
// Apart, it carries only what zod/mini calls: measured at rest, 1.9 MiB less heap and about 5 MiB
// less resident memory. The build fails if anything reachable from the relay imports zod itself.
// bin/concord.js runs the bundle when it is newer than every source file, the sources otherwise.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RELAY_BUNDLE_DIR = path.join(root, 'dist', 'relay');
/** Packages bundled into the relay (the others resolve from node_modules at run time). */
const INLINED = ['zod', '@noble/ciphers', '@noble/hashes', '@formatjs/', 'intl-messageformat'];

/** esbuild plugin: every package import external except INLINED's. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      const inlined = INLINED.some((p) =>
        p.endsWith('/') ? args.path.startsWith(p) : args.path === p || args.path.startsWith(`${p}/`),
      );
      return inlined ? undefined : { external: true };
    });
  },
};

/** The relay command's source; the command table (server/commands/index.ts) loads it lazily. */
const RELAY_COMMAND = path.join(root, 'server/commands/relay.ts');

/** esbuild plugin for the commands' build: the relay command is the other build's relay.mjs. */
const relayApart = {
  name: 'relay-apart',
  setup(b) {
    b.onResolve({ filter: /\/relay\.ts$/ }, (args) =>
      path.resolve(args.resolveDir, args.path) === RELAY_COMMAND ? { path: './relay.mjs', external: true } : undefined,
    );
  },
};

/** zod's method API (zod/v4/classic), which must not be reachable from the relay command. */
const ZOD_CLASSIC = /node_modules\/zod\/(index\.js|v4\/classic\/)/;

/** What both builds share. */
const COMMON = {
  outExtension: { '.js': '.mjs' },
  // Each command's code in its own chunk, loaded when that command runs (as from the sources).
  splitting: true,
  // Chunks beside the entries: code resolving './blobWorker.mjs' against its own file finds it.
  chunkNames: '[name]-[hash]',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Identifiers kept: stack traces and CPU profiles (bench relay-profile) name functions as the sources do.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
};

/** Builds the bundle into dist/relay/ (`npm run build:relay`; the benchmark runs it before the relay scenarios). */
async function buildRelay(outdir = RELAY_BUNDLE_DIR) {
  // The relay first: cli.mjs, written last, is what bin/concord.js compares with the sources.
  const relay = await build({
    ...COMMON,
    entryPoints: { relay: RELAY_COMMAND },
    outdir,
    plugins: [externalPackages],
  });
  const classic = Object.keys(relay.metafile.inputs).filter((input) => ZOD_CLASSIC.test(input));
  if (classic.length > 0)
    throw new Error(
      `the relay command reaches zod's method API (${classic[0]}): use zod/mini in the modules it loads (shared/schema/zodMessages.ts)`,
    );
  const commands = await build({
    ...COMMON,
    entryPoints: {
      cli: path.join(root, 'server/cli.ts'),
      blobWorker: path.join(root, 'server/storage/blobWorkerMain.ts'),
      importWorker: path.join(root, 'server/import/importWorkerMain.ts'),
    },
    outdir,
    plugins: [relayApart, externalPackages],
  });
  removeStaleChunks(outdir, [...Object.keys(relay.metafile.outputs), ...Object.keys(commands.metafile.outputs)]);
  return path.join(outdir, 'cli.mjs');
}

/**
 * Deletes the chunks of earlier builds (their names carry a content hash, so each change of the
 * sources left another set beside the new one: 141 files in dist/relay after a day's work).
 */
function removeStaleChunks(outdir, outputs) {
  const kept = new Set(outputs.map((file) => path.resolve(root, file)));
  for (const name of fs.readdirSync(outdir)) {
    const file = path.join(outdir, name);
    if (/\.mjs(\.map)?$/.test(name) && !kept.has(file)) fs.rmSync(file);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `--outdir DIR` (tests): elsewhere, two levels below the checkout like dist/relay/ (serve finds dist/renderer from there).
  const at = process.argv.indexOf('--outdir');
  buildRelay(at > 0 ? path.resolve(process.argv[at + 1]) : undefined).then(
    (out) => console.log(`Built ${path.relative(root, out)}`),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
