import type * as Y from 'yjs';
import { mergeAcked, pendingLocalChanges, type AckedState } from '../../../shared/protocol/ack.ts';

const MAX_CLIENTS = 500;

/**
 * Remembers, per room and across sessions, which Yjs client ids wrote on this device and how far the
 * relay has acknowledged each. Without it a reload would forget offline edits of an earlier session
 * and the status would claim "saved" too early.
 */
export class AckLedger {
  private readonly clientsKey: string;
  private readonly ackedKey: string;
  private clients: number[];
  private acked: AckedState;

  constructor(room: string) {
    this.clientsKey = `concord.sync.clients.${room}`;
    this.ackedKey = `concord.sync.acked.${room}`;
    this.clients = readJson<number[]>(this.clientsKey, []).filter((n) => Number.isSafeInteger(n));
    this.acked = new Map(
      readJson<[number, number][]>(this.ackedKey, []).filter((p) => Array.isArray(p) && p.length === 2),
    );
  }

  /** Notes that this device wrote with `clientId`. */
  noteLocalClient(clientId: number): void {
    if (this.clients.includes(clientId)) return;
    this.clients = [...this.clients, clientId].slice(-MAX_CLIENTS);
    localStorage.setItem(this.clientsKey, JSON.stringify(this.clients));
  }

  /** Folds in an acknowledgement from the relay. */
  acknowledge(ack: AckedState): void {
    mergeAcked(this.acked, ack);
    localStorage.setItem(this.ackedKey, JSON.stringify([...this.acked]));
  }

  /** Local changes the relay has not yet confirmed as stored (Yjs clock units, about one per character). */
  pending(doc: Y.Doc): number {
    return pendingLocalChanges(doc, this.acked, this.clients);
  }
}

function readJson<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}
