import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { KeyRing } from '../../../shared/sealed/epochKeys.ts';
import type { OpenError } from '../../../shared/sealed/openError.ts';
import { sealedSocket } from './sealedSocket.ts';
import { SealedSync } from '../../../shared/sealedSync/sealedSync.ts';
import type { SealedSyncOptions } from '../../../shared/sealedSync/sealedSync.ts';
import { waitFor } from './wait.ts';

/** A Y.Doc synced through a sealed room of a real relay over a real socket. */
export interface SealedClient {
  doc: Y.Doc;
  awareness: Awareness;
  sync: SealedSync;
  refused: OpenError[];
  closeCodes: number[];
  /** Opens a socket (again) and resolves once it is open. */
  connect(): Promise<void>;
  /** Closes the socket (going offline) and resolves once it is closed. */
  disconnect(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * A SealedSync for `room` with `ring`, connected through `ws` to `<relay>/sealed/<room>?token=…`;
 * its document keeps history like the app's (gc off).
 */
export async function sealedClient(
  relayUrl: string,
  room: string,
  token: string,
  ring: KeyRing,
  self?: SealedSyncOptions['self'],
  options: Pick<SealedSyncOptions, 'snapshotThreshold'> = {},
): Promise<SealedClient> {
  const doc = new Y.Doc({ gc: false });
  const awareness = new Awareness(doc);
  const refused: OpenError[] = [];
  const sync = new SealedSync({ doc, ring, room, awareness, self, ...options, onRefused: (err) => refused.push(err) });
  const { closeCodes, connect, disconnect } = sealedSocket(relayUrl, room, token, sync);
  await connect();
  return {
    doc,
    awareness,
    sync,
    refused,
    closeCodes,
    connect,
    disconnect,
    destroy: async () => {
      await disconnect();
      sync.destroy();
      awareness.destroy();
    },
  };
}

/** Waits until the client has caught up with the relay and every record it sealed is stored. */
export function waitSealedSaved(client: SealedClient): Promise<void> {
  return waitFor(() => client.sync.synced && client.sync.pending === 0, 'sealed client caught up and saved');
}
