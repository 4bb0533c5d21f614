import { Table } from '@tiptap/extension-table';
import type { Plugin, Transaction } from '@tiptap/pm/state';
import type { Mapping } from '@tiptap/pm/transform';
import { tableEditingKey } from '@tiptap/pm/tables';

/**
 * Whether a transaction changed anything inside a table, or a table itself, in its resulting
 * document: each step's changed range, mapped to that document and widened by one position (a
 * change beside a table, as a join of two, counts), is searched for a table, without entering
 * textblocks. A step that moves no position (a node's attribute set, as a cell's colspan, or a mark)
 * counts at the positions it names. Proportional to the change.
 */
export function touchesTable(tr: Transaction): boolean {
  if (!tr.docChanged) return false;
  const { doc, mapping, steps } = tr;
  const size = doc.content.size;
  const holdsTable = (start: number, end: number, after: Mapping) => {
    let found = false;
    const from = Math.max(0, after.map(start, -1) - 1);
    const to = Math.min(size, after.map(end, 1) + 1);
    doc.nodesBetween(from, to, (node) => {
      if (found || node.isTextblock) return false;
      if (node.type.spec.tableRole === 'table') found = true;
      return !found;
    });
    return found;
  };
  return mapping.maps.some((map, i) => {
    const after = mapping.slice(i + 1);
    let found = false;
    let ranges = 0;
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges++;
      found ||= holdsTable(newStart, newEnd, after);
    });
    if (ranges > 0) return found;
    const named = steps[i] as unknown as { pos?: unknown; from?: unknown; to?: unknown };
    if (typeof named.pos === 'number') return holdsTable(named.pos, named.pos + 1, after);
    if (typeof named.from === 'number' && typeof named.to === 'number') return holdsTable(named.from, named.to, after);
    return false;
  });
}

/**
 * ProseMirror's table editing, whose `appendTransaction` repairs tables left irregular (by
 * concurrent edits, a paste…) after every transaction: given the state before, it compares the two
 * documents' top-level blocks one by one to find the changed ones, a walk over the whole document
 * at every keystroke (2,278 blocks at 400 pages). It is now asked only when a transaction touched a
 * table (`touchesTable`); otherwise it is given the new state as the old one, and with no change to
 * look at, it only normalises the selection, as it does after every transaction.
 */
function tablesCheckedWhenTouched(plugin: Plugin): Plugin {
  const append = plugin.spec.appendTransaction;
  if (!append) return plugin;
  plugin.spec.appendTransaction = (trs, oldState, state) =>
    append.call(plugin, trs, trs.some(touchesTable) ? oldState : state, state);
  return plugin;
}

/** Tiptap's table (as TableKit's), with its table editing plugin asked only after changes to tables. */
export const ConcordTable = Table.extend({
  addProseMirrorPlugins() {
    return (this.parent?.() ?? []).map((p) => (p.spec.key === tableEditingKey ? tablesCheckedWhenTouched(p) : p));
  },
});
