import { openLocalWorkspace } from '../storage/localWorkspace.ts';
import { DocumentRegistry } from '../storage/documentRegistry.ts';
import { Library } from '../library/Library.ts';
import { LocalBlobStore } from '../images/localBlobStore.ts';
import type { Session } from '../app/session.ts';
import { newId } from '../../../shared/ids.ts';
import { IdentityStore } from '../settings/IdentityStore.ts';
import { memorySettingsHost } from './settingsHost.ts';

/** A session on a fresh local workspace (real IndexedDB), without a relay; `close` when done. */
export async function openTestSession(): Promise<Session & { close(): void }> {
  const workspace = openLocalWorkspace(newId());
  await workspace.ready;
  const registry = new DocumentRegistry();
  const blobs = new LocalBlobStore(workspace.id);
  return {
    workspace,
    registry,
    blobs,
    library: new Library(workspace, registry, blobs),
    sync: null,
    keysMissing: false,
    role: 'owner',
    identity: new IdentityStore(
      memorySettingsHost(),
      { id: 'amina', name: 'Amina', named: true, colour: '#1f77b4' },
      { name: 'Amina', organisation: '' },
      null,
    ),
    close: () => {
      blobs.destroy();
      workspace.destroy();
    },
  };
}
