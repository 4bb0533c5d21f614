/**
 * The Electron boot file: everything that must happen before `ready` (app name, user-data folder,
 * privileged scheme, sandbox), then the single-instance lock. A second instance hands its command line
 * to the first through Electron's `second-instance` event and quits.
 */
import path from 'node:path';
import { app } from 'electron';
import { registerAppScheme } from './appProtocol.ts';
import { startConcord } from './concordApp.ts';

app.setName('Concord');
// Tests and portable setups point the profile elsewhere; the renderer's IndexedDB lives there too.
const userDataDir = process.env.CONCORD_USER_DATA_DIR;
if (userDataDir) app.setPath('userData', path.resolve(userDataDir));
app.enableSandbox();
registerAppScheme();

if (app.requestSingleInstanceLock()) {
  startConcord({ rendererRoot: path.join(__dirname, '..', 'renderer'), preload: path.join(__dirname, 'preload.cjs') });
} else {
  app.quit();
}
