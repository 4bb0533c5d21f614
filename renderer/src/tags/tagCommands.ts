import type { Editor } from '@tiptap/core';
import { parseTagList } from '../../../shared/schema/tagList.ts';
import { settleNow } from '../hooks/settle.ts';

/** What the tag picker will tag: the heading the cursor is in (its whole section), or a run of text. */
export type TagTarget =
  { kind: 'section'; pos: number; current: string[] } | { kind: 'text'; from: number; to: number; current: string[] };

/** Works out the target from the selection: a selection tags its text; a cursor in a heading tags the section; a cursor elsewhere tags its paragraph. */
export function tagTarget(editor: Editor): TagTarget | null {
  const { selection, doc } = editor.state;
  const $from = selection.$from;
  const block = $from.parent;
  if (selection.empty && block.type.name === 'heading') {
    return { kind: 'section', pos: $from.before(), current: parseTagList(block.attrs.tags) };
  }
  const [from, to] = selection.empty ? [$from.start(), $from.end()] : [selection.from, selection.to];
  if (from === to) return null;
  const current = new Set<string>();
  doc.nodesBetween(from, to, (node) => {
    node.marks
      .filter((m) => m.type.name === 'tag')
      .forEach((m) => parseTagList(m.attrs.tags).forEach((t) => current.add(t)));
  });
  return { kind: 'text', from, to, current: [...current] };
}

/**
 * Applies the chosen tags. A section gets exactly the chosen set. Text gets one new mark carrying the
 * tags it lacked (marks never exclude each other, so concurrent tagging by others survives); tags
 * unticked in the picker are removed from every tag mark in the range.
 */
export function applyTags(editor: Editor, target: TagTarget, chosen: string[]): void {
  const tags = parseTagList(chosen);
  const { state } = editor;
  const tr = state.tr;
  if (target.kind === 'section') {
    tr.setNodeAttribute(target.pos, 'tags', tags);
  } else {
    const type = state.schema.marks.tag!;
    const removed = target.current.filter((t) => !tags.includes(t));
    if (removed.length) {
      state.doc.nodesBetween(target.from, target.to, (node, pos) => {
        for (const mark of node.marks.filter((m) => m.type === type)) {
          const from = Math.max(pos, target.from);
          const to = Math.min(pos + node.nodeSize, target.to);
          tr.removeMark(from, to, mark);
          const kept = parseTagList(mark.attrs.tags).filter((t) => !removed.includes(t));
          if (kept.length) tr.addMark(from, to, type.create({ tags: kept }));
        }
      });
    }
    const added = tags.filter((t) => !target.current.includes(t));
    if (added.length) tr.addMark(target.from, target.to, type.create({ tags: added }));
  }
  editor.view.dispatch(settleNow(tr));
}
