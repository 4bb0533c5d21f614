import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateReport, reportToYDoc } from '../../test/fixtures/reportFixture.ts';
import { BODY_FIELD } from '../schema/extensions.ts';
import { createDocumentDoc } from './documentMeta.ts';
import { readBody, writeBody } from './body.ts';
import { bodyStats } from './documentText.ts';
import { yjsBodyStats } from './yjsBodyStats.ts';
import { Random } from '../binding/differential/random.ts';

/** The reference: the body read as the editor reads it, counted as the status bar counts it. */
const reference = (doc: Y.Doc) => bodyStats(readBody(doc));

/** Every Y.XmlText of the body, in document order. */
function texts(doc: Y.Doc): Y.XmlText[] {
  const out: Y.XmlText[] = [];
  const walk = (el: Y.XmlElement | Y.XmlFragment) =>
    el.toArray().forEach((c) => (c instanceof Y.XmlText ? out.push(c) : c instanceof Y.XmlElement && walk(c)));
  walk(doc.getXmlFragment(BODY_FIELD));
  return out;
}

describe('yjsBodyStats', () => {
  it('counts generated reports (lists, tables, footnotes) as the body read into ProseMirror counts them', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const doc = reportToYDoc(generateReport({ pages: 3, seed }));
      expect(yjsBodyStats(doc)).toEqual(reference(doc));
    }
  });

  it('leaves out guidance and footnotes and counts nested blocks apart, empty ones included', () => {
    const doc = createDocumentDoc();
    const p = (text?: string) => ({ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) });
    writeBody(doc, {
      type: 'doc',
      content: [
        { type: 'guidance', attrs: { text: 'Say what the State promised' } },
        p('one'),
        p(),
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p('two'), p('three')] },
            { type: 'listItem', content: [p(), p('four')] },
          ],
        },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'five' },
            { type: 'footnote', attrs: { id: 'n1' }, content: [{ type: 'text', text: 'not counted' }] },
            { type: 'text', text: 'six', marks: [{ type: 'bold' }] },
          ],
        },
      ],
    });
    expect(yjsBodyStats(doc)).toEqual(reference(doc));
    expect(yjsBodyStats(doc).words).toBe(5);
  });

  it('agrees after random typing, deletions and formatting in the Yjs text (deleted and format items)', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const rnd = new Random(seed);
      const doc = reportToYDoc(generateReport({ pages: 1, seed }));
      for (let step = 0; step < 80; step++) {
        const all = texts(doc);
        const text = all[Math.floor(rnd.next() * all.length)]!;
        const at = Math.floor(rnd.next() * (text.length + 1));
        const kind = rnd.next();
        if (kind < 0.4) text.insert(at, rnd.next() < 0.3 ? ' x-y ' : 'word');
        else if (kind < 0.7) text.delete(at, Math.min(5, text.length - at));
        else text.format(at, Math.min(6, text.length - at), { bold: {} });
        expect(yjsBodyStats(doc), `seed ${seed}, step ${step}`).toEqual(reference(doc));
      }
    }
  });
});
