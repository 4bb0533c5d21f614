import type { KeyRing } from '../../../shared/sealed/epochKeys.ts';
import type { DeviceKeyPair } from '../../../shared/sealed/keyEnvelope.ts';
import { newDeviceKeyPair } from '../../../shared/sealed/keyEnvelope.ts';
import { keyRoomName } from '../../../shared/sealed/keyRoom.ts';
import type { OpenError } from '../../../shared/sealed/openError.ts';
import { sealedSocket } from './sealedSocket.ts';
import { KeyRoomSync } from '../../../shared/sealedSync/keyRoomSync.ts';

/** A member's key room (`<relay>/sealed/<ws>/keys`) over a real socket, as the app keeps it. */
export interface KeyRoomClient {
  sync: KeyRoomSync;
  device: DeviceKeyPair;
  refused: OpenError[];
  closeCodes: number[];
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  isOpen(): boolean;
}

/** Connects `member`'s key room for `ring`'s workspace with a fresh device key pair. */
export async function keyRoomClient(
  relayUrl: string,
  token: string,
  ring: KeyRing,
  member: string,
): Promise<KeyRoomClient> {
  const device = newDeviceKeyPair();
  const refused: OpenError[] = [];
  const sync = new KeyRoomSync({ ring, device, member, onRefused: (e) => refused.push(e) });
  const { closeCodes, connect, disconnect, isOpen } = sealedSocket(
    relayUrl,
    keyRoomName(ring.workspaceId),
    token,
    sync,
  );
  await connect();
  return { sync, device, refused, closeCodes, connect, disconnect, isOpen };
}
