import * as Y from 'yjs';
import { mergeAcked, type AckedState } from '../../../shared/protocol/ack.ts';

/** Edits remembered per room (the oldest are forgotten first; they are long acknowledged by then). */
const MAX_EDITS = 2000;
/** Local transactions this close together are one edit: a sentence typed, not each keystroke. */
const EDIT_GAP_MS = 1500;
/**
 * Writes that only make the stored ledger lag behind in the safe direction (a burst of typing going
 * on, acknowledgements) wait this long and go to storage together: localStorage writes are
 * synchronous, and one on every keystroke cost up to a millisecond of the keystroke's time.
 */
const SAVE_DELAY_MS = 500;

/** One edit: the Yjs client that made it and its clock once it was made. */
type Edit = [client: number, clock: number];

const changed = new EventTarget();

/** Calls `listener` whenever any ledger in this window changes (an edit, an ack, a decline); returns the unsubscribe. */
export function onLedgerChange(listener: () => void): () => void {
  changed.addEventListener('change', listener);
  return () => changed.removeEventListener('change', listener);
}

/**
 * Remembers, per room and across sessions, the edits made on this device and how far the relay has
 * acknowledged (or declined) each Yjs client's changes, so "N changes waiting" counts edits a person
 * made (a burst of typing is one), survives a reload and settles only when the relay answered. Only
 * insertions move a clock: an edit that only deletes is stored like any other but is not counted.
 */
export class AckLedger {
  private readonly editsKey: string;
  private readonly ackedKey: string;
  private readonly declinedKey: string;
  private edits: Edit[];
  private readonly acked: AckedState;
  private readonly declined: AckedState;
  private lastEditAt = 0;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** Whether acknowledgements or declines arrived since the ledger was last stored. */
  private answersChanged = false;

  constructor(room: string) {
    this.editsKey = `concord.sync.edits.${room}`;
    this.ackedKey = `concord.sync.acked.${room}`;
    this.declinedKey = `concord.sync.declined.${room}`;
    this.edits = readPairs(this.editsKey);
    this.acked = new Map(readPairs(this.ackedKey));
    this.declined = new Map(readPairs(this.declinedKey));
  }

  /**
   * Notes a local change of `doc` (after its transaction): a new edit, stored at once, or the
   * continuation of the last one, stored with the next write. What is stored never says less is
   * waiting than there is: the continued edit is stored as waiting already, and the
   * acknowledgements that could settle it are stored with it (`flush`).
   */
  noteEdit(doc: Y.Doc, now = Date.now()): void {
    const clock = Y.getState(doc.store, doc.clientID);
    if (clock <= this.settled(doc.clientID)) return;
    const last = this.edits.at(-1);
    const continued = last && last[0] === doc.clientID && now - this.lastEditAt < EDIT_GAP_MS;
    this.lastEditAt = now;
    if (continued) {
      last[1] = clock;
      return this.saveSoon();
    }
    this.edits = [...this.edits, [doc.clientID, clock] as Edit].slice(-MAX_EDITS);
    this.saveAll();
  }

  /**
   * Takes over what an older version of the app remembered (the Yjs clients this device wrote
   * with): each one's unacknowledged changes count as one edit, so an upgrade never claims "saved"
   * too early.
   */
  adoptOlder(doc: Y.Doc, room: string): void {
    const key = `concord.sync.clients.${room}`;
    const clients = readNumbers(key);
    if (clients === null) return;
    for (const client of clients) {
      const clock = Y.getState(doc.store, client);
      if (clock > this.settled(client)) this.edits.push([client, clock]);
    }
    localStorage.removeItem(key);
    this.saveAll();
  }

  /**
   * Counts what `doc` holds that this relay has never confirmed as waiting, one edit per Yjs client: a
   * document drafted before the workspace had a relay (or under another one) is not "saved" until the
   * relay has acknowledged it, and what others wrote settles with the relay's first acknowledgement.
   */
  noteUnconfirmed(doc: Y.Doc): void {
    const before = this.edits.length;
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
      const noted = this.edits.some(([c, k]) => c === client && k >= clock);
      if (clock > this.settled(client) && !noted) this.edits.push([client, clock]);
    }
    if (this.edits.length !== before) this.saveAll();
  }

  /** Folds in an acknowledgement from the relay (stored with the next write: until then, storage says more is waiting). */
  acknowledge(ack: AckedState): void {
    mergeAcked(this.acked, ack);
    this.answersChanged = true;
    this.prune();
    this.saveSoon();
  }

  /** Folds in changes the relay declined for this member's role: settled, but not shared. */
  decline(declined: AckedState): void {
    mergeAcked(this.declined, declined);
    this.answersChanged = true;
    this.prune();
    this.saveSoon();
  }

  /** Forgets the edits made here (they were set aside after a refusal and will never be sent). */
  forgetEdits(): void {
    this.edits = [];
    this.saveAll();
  }

  /** Stores a write still waiting now (the connection closes, the page goes away). */
  flush(): void {
    if (this.saveTimer !== null) this.saveAll();
  }

  /** Edits made here that the relay has neither stored nor declined. */
  pending(): number {
    return this.edits.filter(([client, clock]) => clock > this.settled(client)).length;
  }

  private settled(client: number): number {
    return Math.max(this.acked.get(client) ?? 0, this.declined.get(client) ?? 0);
  }

  private prune(): void {
    this.edits = this.edits.filter(([client, clock]) => clock > this.settled(client));
  }

  private saveSoon(): void {
    if (this.saveTimer !== null) return;
    this.saveTimer = setTimeout(() => this.saveAll(), SAVE_DELAY_MS);
    window.addEventListener('pagehide', this.onPageHide);
  }

  private readonly onPageHide = () => this.flush();

  /** Stores the ledger (the edits, then the relay's answers if any came), and tells the listeners. */
  private saveAll(): void {
    if (this.saveTimer !== null) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    window.removeEventListener('pagehide', this.onPageHide);
    save(this.editsKey, this.edits);
    if (this.answersChanged) {
      save(this.ackedKey, [...this.acked]);
      save(this.declinedKey, [...this.declined]);
      this.answersChanged = false;
    }
    changed.dispatchEvent(new Event('change'));
  }
}

function save(key: string, pairs: readonly (readonly [number, number])[]): void {
  try {
    if (pairs.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(pairs));
  } catch {
    // Storage full: the count is then right for this session only.
  }
}

/** Whether a room has edits made here that the relay has not answered yet (read without opening the document). */
export function hasPendingEdits(room: string): boolean {
  return new AckLedger(room).pending() > 0;
}

function readNumbers(key: string): number[] | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    return Array.isArray(value) ? value.filter((n): n is number => Number.isSafeInteger(n)) : null;
  } catch {
    return null;
  }
}

function readPairs(key: string): Edit[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    if (!Array.isArray(value)) return [];
    return value.filter(
      (p): p is Edit => Array.isArray(p) && p.length === 2 && Number.isSafeInteger(p[0]) && Number.isSafeInteger(p[1]),
    );
  } catch {
    return [];
  }
}
