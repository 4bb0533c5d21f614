import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../../shared/ids.ts';
import { dismissSetAside, loadSetAside, onSetAsideChange, saveSetAside, type SetAsideRecord } from './setAsideStore.ts';

const record = (n: number, kind: SetAsideRecord['kind'] = 'edit-text'): SetAsideRecord => ({
  at: `2026-03-0${n % 10}T10:00:00.000Z`,
  kind,
  items: [{ kind: 'text', text: `paragraph ${n}` }],
});
const stored = (id: string) => `concord.setAside.${id}`;

afterEach(() => localStorage.clear());

describe('changes set aside after a refusal', () => {
  it('are kept per document, newest first, across a reload of the app', () => {
    const doc = newId();
    saveSetAside(doc, record(1));
    saveSetAside(doc, record(2, 'edit-title'));
    expect(loadSetAside(doc).map((r) => r.items[0])).toEqual([
      { kind: 'text', text: 'paragraph 2' },
      { kind: 'text', text: 'paragraph 1' },
    ]);
    expect(loadSetAside(doc)[0]?.kind).toBe('edit-title');
    expect(loadSetAside(newId())).toEqual([]);
  });

  it('keep the ten newest refusals of a document', () => {
    const doc = newId();
    for (let n = 1; n <= 12; n++) saveSetAside(doc, { ...record(n), items: [{ kind: 'text', text: `p${n}` }] });
    const kept = loadSetAside(doc);
    expect(kept).toHaveLength(10);
    expect(kept[0]?.items[0]).toEqual({ kind: 'text', text: 'p12' });
    expect(kept[9]?.items[0]).toEqual({ kind: 'text', text: 'p3' });
  });

  it('are gone once dismissed, and whoever shows them hears of it', () => {
    const doc = newId();
    let heard = 0;
    const stop = onSetAsideChange(doc, () => heard++);
    saveSetAside(doc, record(1));
    saveSetAside(newId(), record(2)); // another document's: not heard here
    dismissSetAside(doc);
    expect(loadSetAside(doc)).toEqual([]);
    expect(heard).toBe(2);
    stop();
    saveSetAside(doc, record(3));
    expect(heard).toBe(2);
  });

  it('read as none when the stored entry is damaged, instead of breaking the document', () => {
    const doc = newId();
    localStorage.setItem(stored(doc), '{not json');
    expect(loadSetAside(doc)).toEqual([]);
    localStorage.setItem(stored(doc), JSON.stringify([{ at: 'x', kind: null, items: [{ kind: 'text' }] }]));
    expect(loadSetAside(doc)).toEqual([]);
    // A new refusal replaces the damaged entry.
    saveSetAside(doc, record(4));
    expect(loadSetAside(doc)).toHaveLength(1);
  });

  it('read a refusal kind this app does not know as none (the general reason), keeping the changes', () => {
    const doc = newId();
    localStorage.setItem(stored(doc), JSON.stringify([{ ...record(5), kind: 'edit-cover' }]));
    expect(loadSetAside(doc)).toEqual([{ ...record(5), kind: null }]);
  });
});
