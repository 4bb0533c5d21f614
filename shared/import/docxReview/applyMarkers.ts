import { documentSchema } from '../../schema/schema.ts';
import type { DocJson } from '../importTypes.ts';
import { readFootnoteMarkers } from './footnoteMarkers.ts';
import type { WordRevision } from './markReviewXml.ts';
import { pointRange } from './pointAnchor.ts';
import { MARK, MARKER } from './sentinels.ts';
import { SuggestionIds } from './suggestionIds.ts';

type MarkJson = NonNullable<DocJson['marks']>[number];
type Range = { from: number; to: number };

/** What the markers in the converted text said, with positions in the final document. */
export interface MarkerResult {
  doc: DocJson;
  /** Word comment id -> range (ProseMirror positions). A range without an end ends where it starts. */
  ranges: Map<string, Range>;
  /** Suggestion id given to each Word revision (by index); replacements and moves share one id. */
  revisionIds: Map<number, string>;
  /** Tracked changes in or of footnotes, which Concord cannot hold as suggestions. */
  unkeptFootnoteEdits: number;
}

const LEAF = '\uFFFC';
const withoutSuggestion = (marks: DocJson['marks']) =>
  (marks ?? []).filter((m) => m.type !== 'insertion' && m.type !== 'deletion');
const footnoteText = (node: DocJson) => (node.content ?? []).map((c) => c.text ?? '').join('');

/**
 * Turns the markers mammoth carried through (see markReviewXml) into `insertion` and `deletion`
 * marks and comment positions, counting ProseMirror positions as it goes (one for each node
 * boundary and leaf, one for each character). `newId` names each suggestion.
 */
export function applyMarkers(doc: DocJson, revisions: readonly WordRevision[], newId: () => string): MarkerResult {
  const schema = documentSchema();
  const ranges = new Map<string, Range>();
  const ids = new SuggestionIds(revisions, newId);
  let pos = 0;
  let unkeptFootnoteEdits = 0;

  const inline = (content: DocJson[]): DocJson[] => {
    const out: DocJson[] = [];
    const open: Array<{ kind: 'insertion' | 'deletion'; index: number }> = [];
    const start = pos;
    // The block's text so far, one character per position, for anchoring point comments.
    let text = '';
    const points: Array<{ id: string; offset: number }> = [];
    const openMark = (): MarkJson | null => {
      const top = open[open.length - 1];
      return top ? { type: top.kind, attrs: { id: ids.idFor(top.index, pos) } } : null;
    };
    // A footnote holds plain text, and Yjs keeps no marks on it: its tracked changes cannot be
    // suggestions. It keeps its text as it is now, and each change is counted for the report.
    const footnote = (node: DocJson) => {
      const from = pos;
      const f = readFootnoteMarkers(footnoteText(node));
      if (open.length > 0) unkeptFootnoteEdits += 1;
      else if (f.before !== f.after) unkeptFootnoteEdits += f.revisions.length;
      pos += 2 + f.after.length;
      const { content: _old, ...rest } = node;
      out.push(f.after ? { ...rest, content: [{ type: 'text', text: f.after }] } : rest);
      for (const c of f.comments) if (!ranges.has(c)) ranges.set(c, { from, to: pos });
      text += LEAF.repeat(pos - from);
    };
    for (const node of content) {
      if (node.type === 'footnote') {
        footnote(node);
        continue;
      }
      if (node.type !== 'text') {
        const from = pos;
        out.push(visit(node));
        text += LEAF.repeat(pos - from);
        continue;
      }
      const source = node.text ?? '';
      let at = 0;
      const emit = (piece: string) => {
        if (!piece) return;
        const mark = openMark();
        const marks = [...withoutSuggestion(node.marks), ...(mark ? [mark] : [])];
        out.push(marks.length ? { type: 'text', text: piece, marks } : { type: 'text', text: piece });
        pos += piece.length;
        text += piece;
      };
      for (const m of source.matchAll(MARKER)) {
        emit(source.slice(at, m.index));
        at = m.index + m[0].length;
        const [, kind, arg = ''] = m;
        if (kind === undefined) {
          const closed = open.pop();
          if (closed) ids.closed(closed.index, pos);
        } else if (kind === MARK.insertion || kind === MARK.deletion) {
          const index = Number(arg);
          if (Number.isInteger(index)) open.push({ kind: kind === MARK.insertion ? 'insertion' : 'deletion', index });
        } else if (kind === MARK.commentPoint) points.push({ id: arg, offset: pos - start });
        else {
          const range = ranges.get(arg) ?? { from: pos, to: pos };
          if (kind === MARK.commentStart) range.from = range.to = pos;
          else range.to = Math.max(range.from, pos);
          ranges.set(arg, range);
        }
      }
      emit(source.slice(at));
    }
    for (const p of points) if (!ranges.has(p.id)) ranges.set(p.id, pointRange(text, p.offset, start));
    return out;
  };

  const visit = (node: DocJson): DocJson => {
    const type = schema.nodes[node.type];
    if (node.type === 'text' || !type) return node;
    pos += 1;
    if (type.isLeaf) return node;
    const content = node.content ? (type.inlineContent ? inline(node.content) : node.content.map(visit)) : undefined;
    pos += 1;
    return content ? { ...node, content } : node;
  };

  const content = (doc.content ?? []).map(visit);
  return { doc: { ...doc, content }, ranges, revisionIds: ids.byIndex, unkeptFootnoteEdits };
}
