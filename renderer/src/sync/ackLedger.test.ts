import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AckLedger } from './ackLedger.ts';
import { newId } from '../../../shared/ids.ts';

describe('AckLedger', () => {
  it('counts local changes until the relay acknowledges them, across sessions', () => {
    const room = `ws://relay/${newId()}`;
    const doc = new Y.Doc();
    const ledger = new AckLedger(room);
    doc.getText('t').insert(0, 'hello');
    ledger.noteLocalClient(doc.clientID);
    expect(ledger.pending(doc)).toBe(5);

    // A reload: a new ledger for the same room still knows this device wrote those changes.
    const reloaded = new AckLedger(room);
    expect(reloaded.pending(doc)).toBe(5);
    reloaded.acknowledge(new Map([[doc.clientID, 3]]));
    expect(reloaded.pending(doc)).toBe(2);
    reloaded.acknowledge(new Map([[doc.clientID, 5]]));
    expect(new AckLedger(room).pending(doc)).toBe(0);
  });

  it("does not count a collaborator's changes as waiting", () => {
    const doc = new Y.Doc();
    const other = new Y.Doc();
    other.getText('t').insert(0, 'theirs');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(new AckLedger(`ws://relay/${newId()}`).pending(doc)).toBe(0);
  });

  it('starts afresh when its stored state is damaged', () => {
    const room = `ws://relay/${newId()}`;
    localStorage.setItem(`concord.sync.clients.${room}`, 'not json');
    localStorage.setItem(`concord.sync.acked.${room}`, '[[1]]');
    const doc = new Y.Doc();
    expect(new AckLedger(room).pending(doc)).toBe(0);
  });
});
