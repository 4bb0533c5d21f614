#!/usr/bin/env node
// The `concord` command. It runs the TypeScript sources directly through tsx, so the relay and the
// command line are always the code in this checkout; no separate build step can go stale.
import { register } from 'tsx/esm/api';

register();
// `concord tokens | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
const { main } = await import('../server/cli.ts');
process.exitCode = await main(process.argv.slice(2));
