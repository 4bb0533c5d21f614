import { describe, expect, it } from 'vitest';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { documentSchema } from '../../../shared/schema/schema.ts';
import { tagMarginPlugin } from './tagMargin.ts';

const schema = documentSchema();
const p = (text: string) => schema.nodes.paragraph!.create(null, schema.text(text));
const h = (text: string) => schema.nodes.heading!.create({ level: 2 }, schema.text(text));
const labels = (set: DecorationSet | undefined) =>
  (set?.find() ?? []).map(
    (d) =>
      `${d.from}-${d.to}:${(d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-margin-tags']}`,
  );

describe('tag margin labels', () => {
  it('follow edits anywhere as they would if rebuilt from the whole document', () => {
    const plugin = tagMarginPlugin();
    let state = EditorState.create({
      doc: schema.nodes.doc!.create(null, [p('alpha'), p('beta'), p('gamma'), p('delta'), h('Section')]),
      plugins: [plugin],
    });
    const tag = (tags: string[]) => schema.marks.tag!.create({ tags });
    const edits: ((s: EditorState) => Transaction)[] = [
      (s) => s.tr.addMark(9, 12, tag(['O1'])),
      (s) => s.tr.insertText('new words ', 2),
      (s) => s.tr.split(12),
      (s) => s.tr.addMark(2, 4, tag(['O7', 'P2'])),
      (s) => s.tr.delete(3, 15),
      (s) => s.tr.removeMark(0, s.doc.content.size, schema.marks.tag!),
      (s) => s.tr.addMark(s.doc.content.size - 4, s.doc.content.size - 1, tag(['O23'])),
      (s) => s.tr.insert(0, p('first')),
      // A section's tags, as the tag picker sets them (an attribute step, which maps no position).
      (s) => s.tr.setNodeAttribute(s.doc.content.size - s.doc.lastChild!.nodeSize, 'tags', ['O5', 'P1']),
      (s) => s.tr.insertText('Our ', s.doc.content.size - s.doc.lastChild!.nodeSize + 1),
      (s) => s.tr.setNodeAttribute(s.doc.content.size - s.doc.lastChild!.nodeSize, 'tags', []),
      (s) => s.tr.setNodeAttribute(s.doc.content.size - s.doc.lastChild!.nodeSize, 'tags', ['O2']),
      // Two blocks joined into one (the boundary between them deleted).
      (s) => s.tr.join(s.doc.firstChild!.nodeSize),
      (s) => s.tr.delete(0, s.doc.firstChild!.nodeSize),
    ];
    for (const edit of edits) {
      state = state.apply(edit(state));
      const rebuilt = EditorState.create({ doc: state.doc, plugins: [tagMarginPlugin()] });
      expect(labels(plugin.getState(state))).toEqual(labels(rebuilt.plugins[0]!.getState(rebuilt) as DecorationSet));
    }
    expect(labels(plugin.getState(state))).toEqual([expect.stringMatching(/:O2 O23$/)]);
  });
});
