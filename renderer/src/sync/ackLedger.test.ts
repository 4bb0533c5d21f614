import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AckLedger, hasPendingEdits } from './ackLedger.ts';
import { newId } from '../../../shared/ids.ts';

const type = (doc: Y.Doc, text: string) => doc.getText('t').insert(doc.getText('t').length, text);

describe('AckLedger', () => {
  it('counts a document drafted before the relay knew it as waiting until the relay acknowledges it', () => {
    const room = `ws://relay/${newId()}`;
    const doc = new Y.Doc();
    type(doc, 'Written with no connection at all.'); // no ledger saw this: there was no relay
    const ledger = new AckLedger(room);
    ledger.noteUnconfirmed(doc);
    ledger.noteUnconfirmed(doc); // opening it again adds nothing
    expect(ledger.pending()).toBe(1);
    ledger.acknowledge(new Map([[doc.clientID, 0]])); // the relay's answer to the first sync: it has none of it
    expect(ledger.pending()).toBe(1);
    ledger.acknowledge(new Map([[doc.clientID, Y.getState(doc.store, doc.clientID)]]));
    expect(ledger.pending()).toBe(0);
    ledger.flush(); // the acknowledgement reaches storage (the connection closes)
    new AckLedger(room).noteUnconfirmed(doc);
    expect(hasPendingEdits(room)).toBe(false);
  });

  it('counts edits, not keystrokes, until the relay acknowledges them, across sessions', () => {
    const room = `ws://relay/${newId()}`;
    const doc = new Y.Doc();
    const ledger = new AckLedger(room);
    for (const [i, ch] of [...'hello'].entries()) {
      type(doc, ch);
      ledger.noteEdit(doc, 1000 + i * 100); // typed in one go: one edit
    }
    type(doc, ' world');
    ledger.noteEdit(doc, 10_000); // after a pause: a second edit
    expect(ledger.pending()).toBe(2);
    expect(hasPendingEdits(room)).toBe(true);

    // A reload: a new ledger for the same room still knows this device made those edits.
    const reloaded = new AckLedger(room);
    expect(reloaded.pending()).toBe(2);
    reloaded.acknowledge(new Map([[doc.clientID, 5]]));
    expect(reloaded.pending()).toBe(1);
    reloaded.acknowledge(new Map([[doc.clientID, 11]]));
    expect(reloaded.pending()).toBe(0);
    expect(new AckLedger(room).pending()).toBe(2); // stored a moment later, never too early
    reloaded.flush();
    expect(new AckLedger(room).pending()).toBe(0);
    expect(hasPendingEdits(room)).toBe(false);
  });

  it('stores a burst of typing once, and never says less is waiting than there is', async () => {
    const room = `ws://relay/${newId()}`;
    const doc = new Y.Doc();
    const ledger = new AckLedger(room);
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key.includes(room)) writes++;
      return setItem.call(this, key, value);
    };
    try {
      for (let i = 0; i < 40; i++) {
        type(doc, 'x');
        ledger.noteEdit(doc, 1000 + i * 50);
        // The relay acknowledges the keystrokes before this one as they arrive.
        if (i > 0) ledger.acknowledge(new Map([[doc.clientID, Y.getState(doc.store, doc.clientID) - 1]]));
        expect(ledger.pending()).toBe(1);
        expect(hasPendingEdits(room)).toBe(true);
      }
      expect(writes).toBeLessThanOrEqual(2);
      ledger.acknowledge(new Map([[doc.clientID, Y.getState(doc.store, doc.clientID)]]));
      expect(hasPendingEdits(room)).toBe(true); // not stored yet: still counted as waiting
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(hasPendingEdits(room)).toBe(false); // stored within half a second
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it("settles edits the relay declined for this member's role", () => {
    const room = `ws://relay/${newId()}`;
    const doc = new Y.Doc();
    const ledger = new AckLedger(room);
    type(doc, 'a title a commenter may not set');
    ledger.noteEdit(doc);
    expect(ledger.pending()).toBe(1);
    ledger.decline(new Map([[doc.clientID, Y.getState(doc.store, doc.clientID)]]));
    expect(ledger.pending()).toBe(0);
  });

  it('forgets edits set aside after a refusal, for good', () => {
    const room = `ws://relay/${newId()}`;
    const doc = new Y.Doc();
    const ledger = new AckLedger(room);
    type(doc, 'a refused rename');
    ledger.noteEdit(doc);
    new AckLedger(room).forgetEdits();
    expect(new AckLedger(room).pending()).toBe(0);
    expect(hasPendingEdits(room)).toBe(false);
  });

  it("does not count a collaborator's changes", () => {
    const doc = new Y.Doc();
    const other = new Y.Doc();
    type(other, 'theirs');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    const ledger = new AckLedger(`ws://relay/${newId()}`);
    ledger.noteEdit(doc);
    expect(ledger.pending()).toBe(0);
  });

  it('starts afresh when its stored state is damaged', () => {
    const room = `ws://relay/${newId()}`;
    localStorage.setItem(`concord.sync.edits.${room}`, 'not json');
    localStorage.setItem(`concord.sync.acked.${room}`, '[[1]]');
    expect(new AckLedger(room).pending()).toBe(0);
  });
});
