import { describe, expect, it } from 'vitest';
import { IgnoredRecords } from './ignoredRecords.ts';

describe('records ignored in a private document', () => {
  it('counts per document and per reason a person can act on, leaving out a key not yet received and a record sent twice', () => {
    const ignored = new IgnoredRecords();
    const heard: string[] = [];
    ignored.subscribe((id) => heard.push(id));
    for (const f of ['not authentic', 'reordered', 'rolled back', 'old epoch'] as const) ignored.note('doc-one', f);
    ignored.note('doc-one', 'replayed');
    ignored.note('doc-one', 'not allowed');
    ignored.note('doc-two', 'unknown version');
    ignored.note('doc-two', 'unknown epoch');
    expect(ignored.of('doc-one')).toEqual({ altered: 4, 'not-allowed': 1, 'newer-version': 0 });
    expect(ignored.of('doc-two')).toEqual({ altered: 0, 'not-allowed': 0, 'newer-version': 1 });
    expect(ignored.of('doc-three')).toEqual({ altered: 0, 'not-allowed': 0, 'newer-version': 0 });
    expect(heard).toEqual(['doc-one', 'doc-one', 'doc-one', 'doc-one', 'doc-one', 'doc-two']);
  });
});
