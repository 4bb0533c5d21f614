import { decodeSealedMessage, encodeSealedMessage } from '../protocol/sealedMessages.ts';
import type { Role } from '../protocol/tokenPayload.ts';
import type { SealedSocket } from './sealedSync.ts';

/** What the key room does with what its link delivers. */
export interface KeyRoomLinkHandlers {
  /** One entry of the room's log, with the writer the relay labelled it with. */
  entry(bytes: Uint8Array, role: Role, member: string): void;
  /** The room delivered everything it held at the subscribe. */
  caughtUp(): void;
}

/**
 * The key room's side of the sealed-room protocol (docs/private-workspaces.md, How sync works):
 * subscribes after the last entry held, delivers each entry once, and keeps what this device
 * appends until the relay says it is stored (sent again on every reconnect).
 */
export class KeyRoomLink {
  private socket: SealedSocket | null = null;
  private after = 0;
  private caughtUp = false;
  private readonly outbox: { record: Uint8Array; stored(): void }[] = [];

  constructor(private readonly handlers: KeyRoomLinkHandlers) {}

  /** True once the current connection has received everything the room held. */
  get synced(): boolean {
    return this.socket !== null && this.caughtUp;
  }

  /** The socket is open: subscribe after the last entry held, send what waits. */
  connected(socket: SealedSocket): void {
    this.socket = socket;
    this.caughtUp = false;
    socket.send(encodeSealedMessage({ type: 'subscribe', after: this.after }));
    for (const { record } of this.outbox) socket.send(encodeSealedMessage({ type: 'append', record }));
  }

  /** The socket closed. */
  disconnected(): void {
    this.socket = null;
    this.caughtUp = false;
  }

  /** Handles one frame from the relay; throws on one that is not a sealed-room message. */
  receive(frame: Uint8Array): void {
    const message = decodeSealedMessage(frame);
    if (message.type === 'record') {
      if (message.seq <= this.after) return;
      this.after = message.seq;
      return this.handlers.entry(message.record, message.role, message.member);
    }
    if (message.type === 'caughtUp') {
      this.caughtUp = true;
      return this.handlers.caughtUp();
    }
    if (message.type === 'stored') return this.outbox.shift()?.stored();
    throw new Error(`the relay sent a ${message.type} message to the key room`);
  }

  /** Appends an entry; resolves once the relay stored it (it never sends a writer its own entry back). */
  append(record: Uint8Array): Promise<void> {
    return new Promise((stored) => {
      this.outbox.push({ record, stored });
      this.socket?.send(encodeSealedMessage({ type: 'append', record }));
    });
  }
}
