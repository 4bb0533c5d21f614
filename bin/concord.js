#!/usr/bin/env node
// The `concord` command. It runs the prebuilt bundle (dist/relay/cli.mjs, `npm run build:relay`) when
// that is newer than every source file of the relay, and otherwise the TypeScript sources through
// tsx, so a checkout always runs its own code: an edited source is never shadowed by a stale bundle.
// The bundle needs no TypeScript loader, which costs the relay about 100 MiB of memory at rest.
import fs from 'node:fs';

const BUNDLE = new URL('../dist/relay/cli.mjs', import.meta.url);
const SOURCES = ['../server/', '../shared/'].map((dir) => new URL(dir, import.meta.url));

/** Whether the bundle exists and no source file changed after it was built. */
function bundleIsFresh() {
  let built;
  try {
    built = fs.statSync(BUNDLE).mtimeMs;
  } catch {
    return false;
  }
  for (const dir of SOURCES) {
    for (const file of fs.readdirSync(dir, { recursive: true })) {
      if (fs.statSync(new URL(file, dir)).mtimeMs > built) return false;
    }
  }
  return true;
}

// `concord tokens | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
let main;
if (process.env.CONCORD_FROM_SOURCES !== '1' && bundleIsFresh()) ({ main } = await import(BUNDLE.href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../server/cli.ts'));
}
process.exitCode = await main(process.argv.slice(2));
