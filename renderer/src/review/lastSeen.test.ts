import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadLastSeen, saveLastSeen } from './lastSeen';

const id = 'last-seen-test-doc';

describe('last seen state', () => {
  afterEach(() => localStorage.removeItem(`concord:last-seen:${id}`));

  it('remembers what this person saw, so later edits count as new', () => {
    const doc = new Y.Doc({ gc: false });
    doc.getText('t').insert(0, 'seen '.repeat(20_000));
    saveLastSeen(id, doc);
    const seen = loadLastSeen(id);
    expect(seen && Y.equalSnapshots(seen, Y.snapshot(doc))).toBe(true);
    doc.getText('t').insert(0, 'new');
    expect(Y.equalSnapshots(seen as Y.Snapshot, Y.snapshot(doc))).toBe(false);
  });

  it('treats a damaged entry as never seen instead of failing the summary', () => {
    localStorage.setItem(`concord:last-seen:${id}`, '%%% not base64');
    expect(loadLastSeen(id)).toBeNull();
    expect(loadLastSeen('never-opened-doc')).toBeNull();
  });
});
