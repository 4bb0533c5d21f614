import { rebuildFromRelay } from '../../../../shared/recovery/rebuild.ts';
import type { Role } from '../../../../shared/protocol/tokenPayload.ts';
import type { DocumentRegistry } from '../../storage/documentRegistry.ts';
import type { RelayConfig } from '../RelayConnection.ts';
import type { Refused } from '../syncStatus.ts';
import { fetchRelayState } from './fetchRelayState.ts';
import { saveSetAside } from './setAsideStore.ts';

/** What recovering one document needs to know. */
export interface Recovery {
  registry: DocumentRegistry;
  config: RelayConfig;
  /** The document's relay room. */
  room: string;
  id: string;
  memberId: string;
  role: Role;
  /** False when the comments kept by the last recovery were refused again. */
  keepComments: boolean;
  /** Called just before the local copy is replaced (its connections must go first). */
  beforeReplace(): void;
}

/**
 * After the relay refused a change to a document (or declined it for the member's role): reads what
 * the relay holds, rebuilds the local copy from it with the member's own comments kept (written
 * anew, so they no longer depend on the refused change), keeps the rest aside for the person to see
 * and copy, and replaces the local copy, so the refused change is never sent again and everything
 * the person does next syncs (docs/ARCHITECTURE.md, "When the relay refuses a change").
 */
export async function recoverDocument(recovery: Recovery, refused: Refused): Promise<void> {
  const { registry, id } = recovery;
  const state = await fetchRelayState(recovery.config, recovery.room);
  const local = await registry.acquire(id);
  try {
    const rebuilt = rebuildFromRelay(local, state, recovery);
    if (rebuilt.items.length > 0)
      saveSetAside(id, { at: new Date().toISOString(), kind: refused.kind, items: rebuilt.items });
    recovery.beforeReplace();
    await registry.replace(id, rebuilt.state);
  } finally {
    registry.release(id);
  }
}
