import { documentSchema } from '../../schema/schema.ts';
import type { DocJson } from '../importTypes.ts';
import { MARK, MARKER } from './sentinels.ts';

type MarkJson = NonNullable<DocJson['marks']>[number];

/** What the markers in the converted text said, with positions in the final document. */
export interface MarkerResult {
  doc: DocJson;
  /** Word comment id -> range (ProseMirror positions). A range without an end ends where it starts. */
  ranges: Map<string, { from: number; to: number }>;
  /** Suggestion id given to each Word revision (by index); replacements share one id. */
  revisionIds: Map<number, string>;
}

/**
 * Turns the markers mammoth carried through (see markReviewXml) into `insertion` and `deletion`
 * marks and comment positions, counting ProseMirror positions as it goes (one for each node
 * boundary and leaf, one for each character). `newId` names each suggestion.
 */
export function applyMarkers(
  doc: DocJson,
  sameChange: (a: number, b: number) => boolean,
  newId: () => string,
): MarkerResult {
  const schema = documentSchema();
  const ranges = new Map<string, { from: number; to: number }>();
  const revisionIds = new Map<number, string>();
  let pos = 0;
  let lastRevision: { index: number; endedAt: number } | null = null;

  const idFor = (index: number): string => {
    const known = revisionIds.get(index);
    if (known) return known;
    // A deletion followed at once by an insertion of the same author and time is one replacement.
    const reuse =
      lastRevision && lastRevision.endedAt === pos && sameChange(lastRevision.index, index)
        ? revisionIds.get(lastRevision.index)
        : undefined;
    const id = reuse ?? newId();
    revisionIds.set(index, id);
    return id;
  };

  const inline = (content: DocJson[]): DocJson[] => {
    const out: DocJson[] = [];
    const open: Array<{ kind: 'insertion' | 'deletion'; index: number }> = [];
    for (const node of content) {
      if (node.type !== 'text') {
        out.push(visit(node));
        continue;
      }
      const text = node.text ?? '';
      let at = 0;
      const emit = (piece: string) => {
        if (!piece) return;
        const top = open[open.length - 1];
        const base = (node.marks ?? []).filter((m) => m.type !== 'insertion' && m.type !== 'deletion');
        const marks: MarkJson[] = top ? [...base, { type: top.kind, attrs: { id: idFor(top.index) } }] : base;
        out.push(marks.length ? { type: 'text', text: piece, marks } : { type: 'text', text: piece });
        pos += piece.length;
      };
      for (const m of text.matchAll(MARKER)) {
        emit(text.slice(at, m.index));
        at = m.index + m[0].length;
        const [, kind, arg = ''] = m;
        if (kind === undefined) {
          const closed = open.pop();
          if (closed) lastRevision = { index: closed.index, endedAt: pos };
        } else if (kind === MARK.insertion || kind === MARK.deletion) {
          const index = Number(arg);
          if (Number.isInteger(index)) open.push({ kind: kind === MARK.insertion ? 'insertion' : 'deletion', index });
        } else {
          const range = ranges.get(arg) ?? { from: pos, to: pos };
          if (kind === MARK.commentStart) range.from = range.to = pos;
          else range.to = Math.max(range.from, pos);
          ranges.set(arg, range);
        }
      }
      emit(text.slice(at));
    }
    return out;
  };

  const visit = (node: DocJson): DocJson => {
    const type = schema.nodes[node.type];
    if (node.type === 'text' || !type) return node;
    if (type.isLeaf) {
      pos += 1;
      return node;
    }
    pos += 1;
    const content = node.content ? (type.inlineContent ? inline(node.content) : node.content.map(visit)) : undefined;
    pos += 1;
    return content ? { ...node, content } : node;
  };

  const content = (doc.content ?? []).map(visit);
  return { doc: { ...doc, content }, ranges, revisionIds };
}
