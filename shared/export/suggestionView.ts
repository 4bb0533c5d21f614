import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { SUGGESTION_MARKS } from '../schema/suggestionMarks.ts';
import type { ExportComment } from './reviewData/readComments.ts';

const ZWSP = '\u200B';

interface Range {
  from: number;
  to: number;
}

const hasMark = (node: PMNode, name: string) => node.marks.some((m) => m.type.name === name);
const isSuggested = (node: PMNode) =>
  node.marks.some((m) => (SUGGESTION_MARKS as readonly string[]).includes(m.type.name));

/** Zero-width spaces carrying a suggestion mark: the suggestion library's markers at block boundaries. */
function markerRanges(body: PMNode): Range[] {
  const out: Range[] = [];
  body.descendants((node, pos) => {
    if (!node.isText || !isSuggested(node)) return true;
    const text = node.text ?? '';
    for (let i = text.indexOf(ZWSP); i >= 0; i = text.indexOf(ZWSP, i + 1))
      out.push({ from: pos + i, to: pos + i + 1 });
    return true;
  });
  return out;
}

/**
 * Text marked as deleted, as ranges. A paragraph whose whole content is deleted goes with its text;
 * a deletion that ends one textblock and one that starts the next textblock become one range, so
 * that deleting it joins the blocks, as accepting a suggested join does.
 */
function deletionRanges(body: PMNode): Range[] {
  const out: Range[] = [];
  body.descendants((node, pos, parent) => {
    if (node.isTextblock && node.childCount > 0 && parent && parent.childCount > 1) {
      let all = true;
      node.forEach((child) => (all &&= child.isText && hasMark(child, 'deletion')));
      if (all) {
        out.push({ from: pos, to: pos + node.nodeSize });
        return false;
      }
    }
    if (node.isText && hasMark(node, 'deletion')) out.push({ from: pos, to: pos + node.nodeSize });
    return true;
  });
  // Like accepting in the editor: a deletion between two spaces takes one of them along.
  const size = body.content.size;
  const charAt = (pos: number) => (pos >= 0 && pos < size ? body.textBetween(pos, pos + 1, '\n', '\n') : '');
  for (const r of out) if (charAt(r.from - 1) === ' ' && charAt(r.to) === ' ' && !hasDeletionAt(body, r.to)) r.to += 1;
  const merged: Range[] = [];
  for (const r of out) {
    const last = merged[merged.length - 1];
    if (last && r.from - last.to <= 2 && onlyBoundariesBetween(body, last.to, r.from))
      last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return merged;
}

function hasDeletionAt(body: PMNode, pos: number): boolean {
  const node = body.resolve(pos).nodeAfter;
  return !!node && hasMark(node, 'deletion');
}

/** Whether nothing but block boundaries lies between two positions (no text, no inline node). */
function onlyBoundariesBetween(body: PMNode, from: number, to: number): boolean {
  if (from === to) return true;
  let inline = false;
  body.nodesBetween(from, to, (node) => {
    inline ||= node.isInline;
    return !inline;
  });
  return !inline;
}

/** A body ready for writing, and where a position of the original body went. */
export interface PreparedBody {
  body: PMNode;
  map(pos: number, assoc?: number): number;
}

/**
 * The body as a writer shows it. 'marked': suggestions stay as marks (writers underline insertions and
 * strike deletions; DOCX writes tracked changes); only the invisible block-boundary markers go.
 * 'accepted': as if every suggestion were accepted: deleted text (and wholly deleted paragraphs) go,
 * insertion and modification marks are removed, so inserted text reads as ordinary text.
 */
export function prepareBody(body: PMNode, mode: 'marked' | 'accepted'): PreparedBody {
  const tr = new Transform(body);
  const ranges =
    mode === 'accepted' ? mergeRanges([...deletionRanges(body), ...markerRanges(body)]) : markerRanges(body);
  for (let i = ranges.length - 1; i >= 0; i--) tr.delete(ranges[i]!.from, ranges[i]!.to);
  if (mode === 'accepted') {
    const schema = body.type.schema;
    for (const name of ['insertion', 'modification']) {
      const type = schema.marks[name];
      if (type) tr.removeMark(0, tr.doc.content.size, type);
    }
  }
  return { body: tr.doc, map: (pos, assoc = 1) => tr.mapping.map(pos, assoc) };
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

/** Comments moved onto a prepared body; a range whose text is gone collapses and counts as orphaned. */
export function mapComments(comments: readonly ExportComment[], prepared: PreparedBody): ExportComment[] {
  return comments.map((c) => {
    const from = prepared.map(c.from, 1);
    const to = prepared.map(c.to, -1);
    return from < to && !c.orphaned ? { ...c, from, to } : { ...c, from, to: from, orphaned: true };
  });
}
