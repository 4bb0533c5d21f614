import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { AddMarkStep, RemoveMarkStep, type Mapping, type Step } from '@tiptap/pm/transform';
import type { Transaction } from '@tiptap/pm/state';

const TRACKED = new Set(['insertion', 'deletion']);

/** The range of the final document that a transaction's steps touched, or null when none. */
function touchedRange(tr: Transaction): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  tr.steps.forEach((step: Step, i: number) => {
    const rest: Mapping = tr.mapping.slice(i + 1);
    const widen = (a: number, b: number) => {
      from = Math.min(from, rest.map(a, -1));
      to = Math.max(to, rest.map(b, 1));
    };
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) widen(step.from, step.to);
    else step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => widen(newStart, newEnd));
  });
  if (from > to) return null;
  return { from: Math.max(0, from), to: Math.min(tr.doc.content.size, to) };
}

function trackedMark(marks: readonly Mark[]): Mark | null {
  return marks.find((m) => TRACKED.has(m.type.name)) ?? null;
}

/**
 * The suggestion library joins a new edit to an adjacent suggestion by reusing its id, whoever made
 * it, and renames a neighbouring suggestion to merge them. Between two authors that would hand one
 * person's words to the other. This re-marks what the transaction touched so that: content that
 * already carried a suggestion from someone else keeps its id, and content newly inserted or newly
 * marked by this author carries one of this author's ids (`fresh` when the library borrowed
 * someone else's). Returns the ids of this author's that the touched range now carries.
 */
export function claimSuggestions(
  tr: Transaction,
  before: PMNode,
  isMine: (id: string) => boolean,
  fresh: string,
): Set<string> {
  const used = new Set<string>();
  const range = touchedRange(tr);
  if (!range) return used;
  const back = tr.mapping.invert();
  const fixes: { from: number; to: number; mark: Mark }[] = [];
  tr.doc.nodesBetween(range.from, range.to, (node, pos) => {
    if (!node.isInline) return true;
    const mark = trackedMark(node.marks);
    if (!mark) return false;
    const id = String(mark.attrs.id);
    const start = Math.max(pos, range.from);
    const end = Math.min(pos + node.nodeSize, range.to);
    for (let p = start; p < end; p++) {
      const expected = expectedId(p, mark, id);
      if (isMine(expected)) used.add(expected);
      if (expected === id) continue;
      const last = fixes[fixes.length - 1];
      if (last && last.to === p && last.mark.attrs.id === expected && last.mark.type === mark.type) last.to = p + 1;
      else fixes.push({ from: p, to: p + 1, mark: mark.type.create({ ...mark.attrs, id: expected }) });
    }
    return false;
  });
  for (const fix of fixes) tr.addMark(fix.from, fix.to, fix.mark);
  return used;

  function expectedId(p: number, mark: Mark, id: string): string {
    const a = back.mapResult(p, 1);
    const b = back.mapResult(p + 1, -1);
    const existed = !a.deleted && !b.deleted && b.pos - a.pos === 1;
    const old = existed ? before.nodeAt(a.pos) : null;
    const oldMark = old?.isInline ? old.marks.find((m) => m.type === mark.type) : undefined;
    if (oldMark) {
      const oldId = String(oldMark.attrs.id);
      // The library may merge two of this author's suggestions; never someone else's.
      return isMine(oldId) && isMine(id) ? id : oldId;
    }
    return isMine(id) ? id : fresh;
  }
}
