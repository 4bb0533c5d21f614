import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { KeyRing } from '../../../shared/sealed/epochKeys.ts';
import type { OpenError } from '../../../shared/sealed/openError.ts';
import { sealedSocket } from './sealedSocket.ts';
import { SealedSync } from '../../../shared/sealedSync/sealedSync.ts';
import type { SealedSocket, SealedSyncOptions } from '../../../shared/sealedSync/sealedSync.ts';
import { decodeSealedMessage } from '../../../shared/protocol/sealedMessages.ts';
import { waitFor } from './wait.ts';

/** A Y.Doc synced through a sealed room of a real relay over a real socket. */
export interface SealedClient {
  doc: Y.Doc;
  awareness: Awareness;
  sync: SealedSync;
  refused: OpenError[];
  closeCodes: number[];
  /** What arrived from the relay: record and snapshot messages, and their bytes (frames). */
  received: { records: number; snapshots: number; bytes: number; frames: Uint8Array[] };
  /** Frames this client sent the relay. */
  sent: Uint8Array[];
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
  options: Pick<SealedSyncOptions, 'snapshotThreshold' | 'session'> & { doc?: Y.Doc } = {},
): Promise<SealedClient> {
  const doc = options.doc ?? new Y.Doc({ gc: false });
  const awareness = new Awareness(doc);
  const refused: OpenError[] = [];
  const sync = new SealedSync({ doc, ring, room, awareness, self, ...options, onRefused: (err) => refused.push(err) });
  const received = { records: 0, snapshots: 0, bytes: 0, frames: [] as Uint8Array[] };
  const sent: Uint8Array[] = [];
  // Counts what crosses the socket, both ways, around the SealedSync.
  const counting = {
    connected: (socket: SealedSocket) =>
      sync.connected({
        send: (frame) => {
          sent.push(frame);
          socket.send(frame);
        },
      }),
    receive: (frame: Uint8Array) => {
      const type = decodeSealedMessage(frame).type;
      if (type === 'record' || type === 'snapshot') {
        received[type === 'record' ? 'records' : 'snapshots']++;
        received.bytes += frame.length;
        received.frames.push(frame);
      }
      sync.receive(frame);
    },
    disconnected: () => sync.disconnected(),
  };
  const { closeCodes, connect, disconnect } = sealedSocket(relayUrl, room, token, counting);
  await connect();
  return {
    doc,
    awareness,
    sync,
    refused,
    closeCodes,
    received,
    sent,
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
