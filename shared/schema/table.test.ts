import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { documentSchema } from './schema.ts';
import { touchesTable } from './table.ts';

const schema = documentSchema();
const p = (text: string) => schema.node('paragraph', null, text ? schema.text(text) : undefined);
const cell = (text: string) => schema.node('tableCell', null, p(text));
const table = (...rows: string[][]) =>
  schema.node(
    'table',
    null,
    rows.map((r) => schema.node('tableRow', null, r.map(cell))),
  );
const stateOf = (...blocks: PMNode[]) => EditorState.create({ schema, doc: schema.node('doc', null, blocks) });

describe('touchesTable', () => {
  // Paragraph "Before." (0-9), the table (9-…), paragraph "After.".
  const state = stateOf(p('Before.'), table(['a', 'b'], ['c', 'd']), p('After.'));
  const tableEnd = 9 + state.doc.child(1).nodeSize;

  it('says no for typing, a mark or a new paragraph away from any table', () => {
    expect(touchesTable(state.tr.insertText('X', 2))).toBe(false);
    expect(touchesTable(state.tr.addMark(1, 4, schema.marks.bold!.create()))).toBe(false);
    expect(touchesTable(state.tr.insertText('X', tableEnd + 3))).toBe(false);
    expect(touchesTable(state.tr.setSelection(state.selection))).toBe(false);
  });

  it('says yes for typing in a cell, a new table, a change of a table, and a change right beside one', () => {
    expect(touchesTable(state.tr.insertText('X', 13))).toBe(true);
    expect(touchesTable(state.tr.insert(0, table(['new'])))).toBe(true);
    expect(touchesTable(state.tr.setNodeMarkup(9, undefined, {}))).toBe(true);
    // A row removed: the cells left are in the same table.
    const row = state.doc.child(1).child(0);
    expect(touchesTable(state.tr.delete(10, 10 + row.nodeSize))).toBe(true);
    // The paragraph between two tables deleted: they are side by side (a join would follow).
    const two = stateOf(table(['a']), p('Between.'), table(['b']));
    const from = two.doc.child(0).nodeSize;
    expect(touchesTable(two.tr.delete(from, from + two.doc.child(1).nodeSize))).toBe(true);
  });

  it('counts a step that moves nothing at the node it names: a cell spanning two columns', () => {
    // The table opens at 9, its first row at 10, the row's first cell at 11.
    expect(state.doc.nodeAt(11)!.type.name).toBe('tableCell');
    expect(touchesTable(state.tr.setNodeAttribute(11, 'colspan', 2))).toBe(true);
    const headed = stateOf(schema.node('heading', { level: 2 }, schema.text('Objective 5')), table(['a']));
    expect(touchesTable(headed.tr.setNodeAttribute(0, 'budget', 300))).toBe(false);
  });

  it('counts a step followed by others, mapped through them', () => {
    const tr = state.tr.insertText('X', 13).insertText('Long text before it all. ', 1);
    expect(touchesTable(tr)).toBe(true);
  });
});
