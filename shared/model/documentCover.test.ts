import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createDocumentDoc } from './documentMeta.ts';
import { readCover, writeCover } from './documentCover.ts';

describe('a document’s cover fields', () => {
  it('are empty in a new document, and read back as written, trimmed and cut to their limits', () => {
    const doc = createDocumentDoc();
    expect(readCover(doc)).toEqual({ coalition: '', date: '', contact: '', purpose: '' });
    writeCover(doc, {
      coalition: ' Migrant Rights Coalition ',
      contact: 'info@example.org',
      purpose: 'x'.repeat(2000),
    });
    expect(readCover(doc)).toMatchObject({
      coalition: 'Migrant Rights Coalition',
      contact: 'info@example.org',
      date: '',
    });
    expect(readCover(doc).purpose).toHaveLength(1500);
  });

  it('merge field by field when two members edit the cover at once', () => {
    const [a, b] = [createDocumentDoc(), createDocumentDoc()];
    writeCover(a, { coalition: 'Coalition A' });
    writeCover(b, { date: 'May 2030' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readCover(a)).toEqual(readCover(b));
    expect(readCover(a)).toMatchObject({ coalition: 'Coalition A', date: 'May 2030' });
  });

  it('read a value a peer wrote with the wrong type as empty', () => {
    const doc = createDocumentDoc();
    doc.getMap('meta').set('coverContact', 42);
    expect(readCover(doc).contact).toBe('');
  });
});
