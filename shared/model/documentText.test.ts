import { describe, expect, it, vi } from 'vitest';
import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { generateReport } from '../../test/fixtures/reportFixture.ts';
import { documentSchema } from '../schema/schema.ts';
import { bodyStats } from './documentText.ts';
import { countWords } from './wordCount.ts';
import { Random } from '../binding/differential/random.ts';

const schema = documentSchema();

/** The whole-document count as it was before it was kept per block: the reference. */
function recount(doc: PMNode): { words: number; characters: number } {
  const parts: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'footnote' || node.type.name === 'guidance') return false;
    if (node.isText) parts.push(node.text ?? '');
    else if (node.isBlock && parts.length > 0) parts.push('\n');
    return true;
  });
  const text = parts.join('');
  return { words: countWords(text), characters: text.replace(/\n/g, '').length };
}

/** A seeded source as a function, so a failing seed replays. */
function random(seed: number): () => number {
  const source = new Random(seed);
  return () => source.next();
}

describe('body word and character counts', () => {
  it('equal a whole-document recount after every one of many random edits', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const rnd = random(seed);
      let state = EditorState.create({ doc: schema.nodeFromJSON(generateReport({ pages: 2, seed }).doc) });
      expect(bodyStats(state.doc)).toEqual(recount(state.doc));
      for (let step = 0; step < 60; step++) {
        const size = state.doc.content.size;
        const at = 1 + Math.floor(rnd() * (size - 2));
        const tr = state.tr;
        try {
          const kind = rnd();
          if (kind < 0.5) tr.insertText(rnd() < 0.3 ? ' ' : 'word-ish', at);
          else if (kind < 0.8) tr.delete(at, Math.min(size - 1, at + 1 + Math.floor(rnd() * 30)));
          else tr.split(at);
        } catch {
          continue; // not a place for that edit (inside an atom, a table's structure)
        }
        state = state.apply(tr);
        expect(bodyStats(state.doc), `seed ${seed}, step ${step}`).toEqual(recount(state.doc));
      }
    }
  });

  it('recounts only the block that changed, however long the document', () => {
    const doc = schema.nodeFromJSON(generateReport({ pages: 20, seed: 3 }).doc);
    let state = EditorState.create({ doc });
    bodyStats(state.doc);
    let at = 0;
    state.doc.descendants((node, pos) => void (at ||= node.type.name === 'paragraph' ? pos + 1 : 0));
    state = state.apply(state.tr.insertText('more words here ', at));
    const walked = vi.spyOn(Fragment.prototype, 'forEach');
    const stats = bodyStats(state.doc);
    // One call lists the top-level blocks; the changed paragraph's text is listed once more.
    expect(walked.mock.calls.length).toBeLessThan(5);
    walked.mockRestore();
    expect(stats).toEqual(recount(state.doc));
  });
});
