// `npm start`: builds the renderer (vite) and the Electron bundles, then launches the desktop app.
// Where the Electron binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as on our build
// machines) it says so, says how to get it and how to run the same app in a browser, and exits 1
// before spending time on a build it cannot launch.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The Electron executable's path, or null with the reason it is unusable. */
function findElectron() {
  let binary;
  try {
    // The electron package exports the path of its downloaded binary, and throws when there is none.
    binary = require('electron');
  } catch {
    return { binary: null, reason: 'node_modules/electron holds no downloaded binary' };
  }
  if (typeof binary !== 'string' || !fs.existsSync(binary))
    return { binary: null, reason: `no executable at ${binary}` };
  return { binary, reason: '' };
}

function explainMissing(reason) {
  const skipSet = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD
    ? '\n  ELECTRON_SKIP_BINARY_DOWNLOAD is set in this shell: unset it before the commands below.'
    : '';
  console.error(`
Concord desktop: the Electron binary is not installed, so the desktop app cannot start.
  (${reason})

  The electron package was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 (or its download
  failed), which leaves Electron itself out.${skipSet}
  To get it, on a machine that can reach Electron's downloads:
    npm rebuild electron                    # runs Electron's own download step
    node node_modules/electron/install.js   # the same, directly
    npm ci                                  # or reinstall everything without the variable
  Or use an Electron you already have:
    ELECTRON_OVERRIDE_DIST_PATH=/dir/holding/the/electron/binary npm start

  Meanwhile the same app runs in your browser:  npm run web
`);
}

/** Runs a build step in this terminal; stops with its exit code when it fails. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const { binary, reason } = findElectron();
if (!binary) {
  explainMissing(reason);
  process.exit(1);
}

run(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build']);
await buildElectron();

const env = { ...process.env };
// Set by some tools (and by Electron's own helpers); with it the binary would run as plain Node.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [root, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
