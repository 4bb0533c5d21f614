import { describe, expect, it } from 'vitest';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { documentSchema } from '../schema/schema.ts';
import { collectSuggestions, type SuggestionEntry } from './suggestionList.ts';
import { Random } from '../binding/differential/random.ts';

const schema = documentSchema();

/** The whole-document walk as it was before it was kept per block: the reference. */
function reference(doc: PMNode): SuggestionEntry[] {
  const byId = new Map<string, SuggestionEntry>();
  const blockOf = new Map<string, PMNode>();
  doc.descendants((node, pos, parent) => {
    for (const mark of node.marks) {
      const kind = mark.type.name;
      if (kind !== 'insertion' && kind !== 'deletion' && kind !== 'modification') continue;
      const id = String(mark.attrs.id);
      let entry = byId.get(id);
      if (!entry)
        byId.set(id, (entry = { id, inserted: '', deleted: '', modified: false, from: pos, to: pos + node.nodeSize }));
      entry.to = Math.max(entry.to, pos + node.nodeSize);
      const newBlock = parent !== null && blockOf.has(id) && blockOf.get(id) !== parent;
      if (parent) blockOf.set(id, parent);
      const text = (newBlock ? '¶' : '') + (node.isText ? (node.text ?? '').replace(/\u200B/g, '') : '');
      if (kind === 'insertion') entry.inserted += text;
      else if (kind === 'deletion') entry.deleted += text;
      else entry.modified = true;
    }
    return true;
  });
  return [...byId.values()];
}

/** A seeded source as a function, so a failing seed replays. */
function random(seed: number): () => number {
  const source = new Random(seed);
  return () => source.next();
}

const p = (text: string) => schema.nodes.paragraph!.create(null, schema.text(text));
const list = (...items: string[]) =>
  schema.nodes.bulletList!.create(
    null,
    items.map((t) => schema.nodes.listItem!.create(null, p(t))),
  );

describe('the suggestion list', () => {
  it('equals a whole-document walk after every one of many random edits and suggestions', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rnd = random(seed);
      const doc = schema.nodes.doc!.create(null, [
        p('The first paragraph of the report.'),
        list('one item here', 'another item', 'a third item'),
        p('A second paragraph with more words.'),
        p('The closing paragraph.'),
      ]);
      let state = EditorState.create({ doc });
      for (let step = 0; step < 40; step++) {
        const size = state.doc.content.size;
        const at = 1 + Math.floor(rnd() * (size - 2));
        const to = Math.min(size - 1, at + 1 + Math.floor(rnd() * 25));
        const id = `s${Math.floor(rnd() * 4)}`;
        const tr = state.tr;
        try {
          const kind = rnd();
          if (kind < 0.25) tr.addMark(at, to, schema.marks.insertion!.create({ id }));
          else if (kind < 0.45) tr.addMark(at, to, schema.marks.deletion!.create({ id }));
          else if (kind < 0.5) tr.addMark(at, to, schema.marks.modification!.create({ id }));
          else if (kind < 0.7) tr.insertText('typed \u200B', at);
          else if (kind < 0.85) tr.delete(at, to);
          else tr.split(at);
        } catch {
          continue; // not a place for that edit
        }
        state = state.apply(tr);
        expect(collectSuggestions(state.doc), `seed ${seed}, step ${step}`).toEqual(reference(state.doc));
      }
      expect(collectSuggestions(state.doc).length).toBeGreaterThan(0);
    }
  });
});
