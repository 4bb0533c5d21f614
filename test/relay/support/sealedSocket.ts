import WebSocket from 'ws';
import { SEALED_PATH } from '../../../shared/protocol/sealedMessages.ts';

/** What talks the sealed-room protocol over a socket (SealedSync, KeyRoomSync). */
interface SealedPeer {
  connected(socket: { send(frame: Uint8Array): void }): void;
  receive(frame: Uint8Array): void;
  /** The socket closed, with the relay's code and reason. */
  disconnected(code?: number, reason?: string): unknown;
}

/** A reconnectable socket to `<relay>/sealed/<room>?token=…` for `peer`, recording close codes. */
export function sealedSocket(relayUrl: string, room: string, token: string, peer: SealedPeer) {
  const closeCodes: number[] = [];
  let ws: WebSocket | null = null;
  /** Opens a socket (again) and resolves once it is open. */
  const connect = () =>
    new Promise<void>((resolve, reject) => {
      const socket = new WebSocket(`${relayUrl}${SEALED_PATH}/${room}?token=${encodeURIComponent(token)}`);
      ws = socket;
      socket.binaryType = 'nodebuffer';
      socket.on('error', () => undefined);
      socket.on('open', () => {
        peer.connected({ send: (frame) => socket.send(frame) });
        resolve();
      });
      socket.on('message', (data: Buffer) => peer.receive(new Uint8Array(data)));
      socket.on('close', (code, reason) => {
        closeCodes.push(code);
        peer.disconnected(code, reason.toString());
        reject(new Error(`closed with ${code} before opening`));
      });
    });
  /** Closes the socket (going offline) and resolves once it is closed. */
  const disconnect = async () => {
    const socket = ws;
    ws = null;
    if (!socket || socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.close();
    });
  };
  /** Whether the socket is open (not closed by the relay or by `disconnect`). */
  const isOpen = () => ws !== null && ws.readyState === WebSocket.OPEN;
  return { closeCodes, connect, disconnect, isOpen };
}
