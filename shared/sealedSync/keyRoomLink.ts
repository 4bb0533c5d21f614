import { decodeSealedMessage, encodeSealedMessage } from '../protocol/sealedMessages.ts';
import type { Role } from '../protocol/tokenPayload.ts';
import { CLOSE_DOCUMENT_TOO_LARGE, CLOSE_FORBIDDEN, CLOSE_MALFORMED } from '../protocol/closeCodes.ts';
import type { SealedSocket } from './sealedSync.ts';

/** Close codes with which the relay refuses an entry appended to the key room (server/relay/sealed/keyRoomRule.ts). */
const REFUSALS = new Set([CLOSE_FORBIDDEN, CLOSE_MALFORMED, CLOSE_DOCUMENT_TOO_LARGE]);

/** The relay refused an appended entry (it closed the connection with `code`): it was not stored. */
export class AppendRefused extends Error {
  constructor(
    readonly code: number,
    reason: string,
  ) {
    super(`the relay refused a key room entry (${code}${reason ? `: ${reason}` : ''})`);
    this.name = 'AppendRefused';
  }
}

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
 * appends until the relay says it is stored (sent again on every reconnect) or refuses it.
 */
export class KeyRoomLink {
  private socket: SealedSocket | null = null;
  private after = 0;
  private caughtUp = false;
  private readonly outbox: { record: Uint8Array; stored(): void; refused(err: AppendRefused): void }[] = [];

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

  /**
   * The socket closed (with `code` and `reason` when the relay closed it). A refusal code while an
   * entry waits for its `stored` means the relay refused the oldest one it had not acknowledged
   * (it handles appends in order and closes on the first it refuses): that entry is dropped and
   * its promise rejected, so it is not sent again forever. Returns whether that happened.
   */
  disconnected(code?: number, reason = ''): boolean {
    const wasOpen = this.socket !== null;
    this.socket = null;
    this.caughtUp = false;
    if (!wasOpen || code === undefined || !REFUSALS.has(code)) return false;
    const refused = this.outbox.shift();
    refused?.refused(new AppendRefused(code, reason));
    return refused !== undefined;
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

  /**
   * Appends an entry; resolves once the relay stored it (it never sends a writer its own entry back
   * live), rejects with AppendRefused when the relay refused it.
   */
  append(record: Uint8Array): Promise<void> {
    return new Promise((stored, refused) => {
      this.outbox.push({ record, stored, refused });
      this.socket?.send(encodeSealedMessage({ type: 'append', record }));
    });
  }
}
