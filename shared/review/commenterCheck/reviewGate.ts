import * as Y from 'yjs';
import { BODY_FIELD } from '../../schema/extensions.ts';
import { META_FIELD, createDocumentDoc, readMeta } from '../../model/documentMeta.ts';
import { ROOT_RULES, STATUS_LOG_FIELD, VERSIONS_FIELD } from '../schema/fields.ts';
import type { Refusal } from '../../protocol/refusal.ts';
import { inspectTransaction, type Writer } from './inspectTransaction.ts';

/** The roots whose entries the inspection reads by key (the others are arrays). */
const MAP_ROOTS = [
  META_FIELD,
  ...[...ROOT_RULES.keys()].filter((name) => name !== VERSIONS_FIELD && name !== STATUS_LOG_FIELD),
];

/** When the room has changed this much since the last commenter update, the copy is rebuilt instead of caught up. */
const BACKLOG_LIMIT = { updates: 2000, bytes: 8 * 1024 * 1024 };

const INSPECT = Symbol('review-inspect');

/**
 * Checks commenters' updates for one document: a relay room's, or in a private workspace the
 * document as its sealed log makes it (shared/sealedSync/logReplica.ts). It keeps a private copy (the "shadow") of the room's
 * document, made at the first commenter update and caught up lazily with what editors wrote since
 * (the room's updates are only queued by reference meanwhile). An update is applied to the copy,
 * the transaction is inspected, and:
 * - allowed: the room applies the same update (`apply`); the copy already holds it.
 * - refused: the copy is thrown away (it now holds the refused change) and rebuilt when next needed.
 * Editors' updates are never checked (they only pass through `apply`); a room no commenter writes to
 * never builds a copy.
 */
export class ReviewGate {
  private shadow: Y.Doc | null = null;
  private backlog: Uint8Array[] = [];
  private backlogBytes = 0;
  private skipOwnApply = false;
  private verdict: Refusal | null = null;
  private writer: Writer | null = null;
  /** The update `check` allowed last: the copy already holds it. */
  private allowed: Uint8Array | null = null;

  constructor(private readonly doc: Y.Doc) {}

  /**
   * Null when `who` (a commenter: their role and member id) may apply `update`, otherwise why not.
   * The room's document is not touched. The document's status is read before the update.
   */
  check(update: Uint8Array, who: Omit<Writer, 'status'>): Refusal | null {
    const shadow = this.current();
    this.verdict = null;
    this.writer = { ...who, status: readMeta(shadow).status };
    try {
      Y.applyUpdate(shadow, update, INSPECT);
    } catch (err) {
      this.drop();
      throw err;
    }
    const { pendingStructs, pendingDs } = shadow.store;
    const refusal: Refusal | null =
      pendingStructs || pendingDs
        ? { kind: 'invalid', detail: 'depends on changes the relay does not have' }
        : this.verdict;
    if (refusal) this.drop();
    else this.allowed = update;
    return refusal;
  }

  /**
   * Applies an update to the room's document (every role's accepted update goes through here). The
   * copy receives it later, except the update `check` just allowed, which the copy already holds.
   */
  apply(update: Uint8Array, origin: unknown): void {
    const { pendingStructs, pendingDs } = this.doc.store;
    const own = this.allowed === update;
    this.allowed = null;
    // With structs pending in the room, this update may release them: let the copy receive the room's update.
    this.skipOwnApply = own && this.shadow !== null && !pendingStructs && !pendingDs;
    try {
      Y.applyUpdate(this.doc, update, origin);
    } finally {
      this.skipOwnApply = false;
    }
  }

  /** Frees the copy (the room is unloading). */
  dispose(): void {
    this.drop();
  }

  private readonly onRoomUpdate = (update: Uint8Array): void => {
    if (this.skipOwnApply) return;
    this.backlog.push(update);
    this.backlogBytes += update.length;
    if (this.backlog.length > BACKLOG_LIMIT.updates || this.backlogBytes > BACKLOG_LIMIT.bytes) this.drop();
  };

  private current(): Y.Doc {
    if (this.shadow) {
      if (this.backlog.length > 0)
        Y.applyUpdate(this.shadow, this.backlog.length === 1 ? this.backlog[0]! : Y.mergeUpdates(this.backlog));
      this.backlog = [];
      this.backlogBytes = 0;
      return this.shadow;
    }
    const shadow = createDocumentDoc();
    // Typed roots, so that the inspection sees the body as the XmlFragment it is.
    shadow.getXmlFragment(BODY_FIELD);
    for (const name of MAP_ROOTS) shadow.getMap(name);
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.doc));
    shadow.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.origin !== INSPECT || !this.writer) return;
      try {
        this.verdict = inspectTransaction(tr, shadow, this.writer);
      } catch (err) {
        this.verdict = { kind: 'invalid', detail: `could not be checked (${String(err)})` };
      }
    });
    this.doc.on('update', this.onRoomUpdate);
    this.shadow = shadow;
    return shadow;
  }

  private drop(): void {
    if (!this.shadow) return;
    this.doc.off('update', this.onRoomUpdate);
    this.shadow.destroy();
    this.shadow = null;
    this.backlog = [];
    this.backlogBytes = 0;
  }
}
