import WebSocket from 'ws';
import type { KeyRing } from '../../../shared/sealed/epochKeys.ts';
import type { DeviceKeyPair } from '../../../shared/sealed/keyEnvelope.ts';
import { newDeviceKeyPair } from '../../../shared/sealed/keyEnvelope.ts';
import { keyRoomName } from '../../../shared/sealed/keyRoom.ts';
import type { OpenError } from '../../../shared/sealed/openError.ts';
import { SEALED_PATH } from '../../../shared/protocol/sealedMessages.ts';
import { KeyRoomSync } from '../../../shared/sealedSync/keyRoomSync.ts';

/** A member's key room (`<relay>/sealed/<ws>/keys`) over a real socket, as the app keeps it. */
export interface KeyRoomClient {
  sync: KeyRoomSync;
  device: DeviceKeyPair;
  refused: OpenError[];
  closeCodes: number[];
  connect(): Promise<void>;
  disconnect(): Promise<void>;
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
  const closeCodes: number[] = [];
  const sync = new KeyRoomSync({ ring, device, member, onRefused: (e) => refused.push(e) });
  const url = `${relayUrl}${SEALED_PATH}/${keyRoomName(ring.workspaceId)}?token=${encodeURIComponent(token)}`;
  let ws: WebSocket | null = null;
  const connect = () =>
    new Promise<void>((resolve, reject) => {
      const socket = new WebSocket(url);
      ws = socket;
      socket.on('error', () => undefined);
      socket.on('open', () => {
        sync.connected({ send: (frame) => socket.send(frame) });
        resolve();
      });
      socket.on('message', (data: Buffer) => sync.receive(new Uint8Array(data)));
      socket.on('close', (code) => {
        closeCodes.push(code);
        sync.disconnected();
        reject(new Error(`closed with ${code} before opening`));
      });
    });
  const disconnect = async () => {
    const socket = ws;
    ws = null;
    if (!socket || socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.close();
    });
  };
  await connect();
  return { sync, device, refused, closeCodes, connect, disconnect };
}
