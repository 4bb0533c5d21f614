import type { DropCounter, DroppedKind } from '../importTypes.ts';
import { rewriteFormatChange, runClose } from './formatChange.ts';
import { ParagraphMarks } from './paragraphMarks.ts';
import { MARK } from './sentinels.ts';
import { wordAttribute as attr } from './wordXml.ts';

/** A tracked change found in a Word part. */
export interface WordRevision {
  kind: 'insertion' | 'deletion';
  author: string;
  date: string;
  /** Revisions sharing a group are one suggestion: the two halves of a move ("move:<name>"). */
  group?: string;
}

/** What the parts of one file share while they are rewritten. */
export interface MarkingContext {
  /** Every revision found so far; markers carry their index in this list. */
  revisions: WordRevision[];
  /** Ids of the comments that have a range (a start or an end) somewhere in the file. */
  ranged: ReadonlySet<string>;
  /** Review markup Concord cannot keep, by kind, for the import report. */
  dropped: DropCounter;
}

const TAG =
  /<(\/?)w:(ins|del|moveTo|moveFrom|moveFromRangeStart|moveToRangeStart|moveFromRangeEnd|moveToRangeEnd|delText|t|r|p|pPr|rPr|trPr|commentRangeStart|commentRangeEnd|commentReference|rPrChange|pPrChange|trPrChange|tcPrChange|tblPrChange|tblGridChange|sectPrChange|numberingChange|cellIns|cellDel|cellMerge)\b([^>]*?)(\/?)>/g;
const KIND: Record<string, WordRevision['kind']> = {
  ins: 'insertion',
  moveTo: 'insertion',
  del: 'deletion',
  moveFrom: 'deletion',
};
// Revisions of properties Concord does not hold, by the kind the report names.
const UNKEPT: Record<string, DroppedKind> = Object.fromEntries([
  ...['pPrChange', 'trPrChange', 'tcPrChange', 'tblPrChange', 'tblGridChange', 'sectPrChange', 'numberingChange'].map(
    (n) => [n, 'tracked formatting change'],
  ),
  ...['cellIns', 'cellDel', 'cellMerge'].map((n) => [n, 'tracked table cell']),
]);

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const marker = (kind: string, arg: string | number) => `${kind}${arg}${MARK.endArg}`;

/**
 * Rewrites a Word part (document.xml, footnotes.xml, endnotes.xml) so that mammoth keeps what it
 * would drop: tracked insertions and deletions (w:ins, w:del and moves) and comment ranges become
 * marker runs, deleted text (w:delText) becomes ordinary text between deletion markers, a comment
 * reference without a range becomes a point marker, and a tracked formatting change Concord can
 * show becomes a deletion of the old run and an insertion of the new one. Revisions in properties
 * (a paragraph mark, a table row) are left in place, and those Concord cannot keep are counted.
 * Comment range markers between paragraphs move into the neighbouring paragraph.
 */
export function markReviewXml(xml: string, context: MarkingContext): string {
  const { revisions, ranged, dropped } = context;
  const out: string[] = [];
  const props: string[] = [];
  const wrappers: WordRevision['kind'][] = [];
  const paragraphs = new ParagraphMarks();
  let depth = 0;
  let pendingStarts = '';
  let lastParagraphEnd = -1;
  let move = '';
  let at = 0;
  const addRevision = (kind: WordRevision['kind'], r: Omit<WordRevision, 'kind'>) => revisions.push({ kind, ...r }) - 1;
  // The file's own private-use characters in the marker range could forge markers: drop them.
  const source = xml.replace(/[\uE000-\uE006]/g, '');
  for (const m of source.matchAll(TAG)) {
    if (m.index < at) continue;
    const [whole, closing, name = '', attrs = '', selfClosing] = m;
    out.push(source.slice(at, m.index));
    at = m.index + whole.length;
    const opening = !closing;
    if (name === 'p') {
      if (selfClosing) {
        out.push(pendingStarts ? `<w:p${attrs}>${run(pendingStarts)}</w:p>` : whole);
        paragraphs.start();
        paragraphs.end();
      } else if (closing) {
        depth = Math.max(0, depth - 1);
        lastParagraphEnd = out.length;
        out.push(whole);
        paragraphs.end();
      } else {
        depth += 1;
        out.push(whole + (pendingStarts ? run(pendingStarts) : ''));
        paragraphs.start();
      }
      if (opening) pendingStarts = '';
      continue;
    }
    if (name === 'pPr' || name === 'rPr' || name === 'trPr') {
      if (closing) props.pop();
      else if (!selfClosing) props.push(name);
      out.push(whole);
      continue;
    }
    if ((name === 't' || name === 'delText') && opening && !selfClosing)
      paragraphs.text(wrappers[wrappers.length - 1] ?? 'plain');
    if (name === 'delText') {
      out.push(whole.replace('w:delText', 'w:t'));
      continue;
    }
    if (name === 'r' && opening && !selfClosing && depth > 0 && props.length === 0 && wrappers.length === 0) {
      const end = runClose(source, at);
      const rewritten =
        end > 0 && source.slice(at, end).includes('<w:rPrChange')
          ? rewriteFormatChange(source, m.index, (kind, change) => addRevision(kind, change))
          : null;
      if (rewritten) {
        out.push(rewritten.xml);
        at = rewritten.end;
        paragraphs.text('insertion');
        paragraphs.text('deletion');
        continue;
      }
    }
    if (name === 'commentRangeStart' || name === 'commentRangeEnd') {
      const kind = name === 'commentRangeStart' ? MARK.commentStart : MARK.commentEnd;
      const text = marker(kind, attr(attrs, 'id').replace(/\D/g, ''));
      if (depth > 0) out.push(run(text));
      else if (name === 'commentRangeStart') pendingStarts += text;
      else if (lastParagraphEnd >= 0) {
        out.splice(lastParagraphEnd, 0, run(text));
        lastParagraphEnd += 1;
      }
      continue;
    }
    if (name === 'commentReference') {
      const id = attr(attrs, 'id').replace(/\D/g, '');
      const point = depth > 0 && !ranged.has(id);
      out.push(point ? `<w:t xml:space="preserve">${marker(MARK.commentPoint, id)}</w:t>` : whole);
      continue;
    }
    if (name === 'moveFromRangeStart' || name === 'moveToRangeStart') move = attr(attrs, 'name');
    if (name === 'moveFromRangeEnd' || name === 'moveToRangeEnd') move = '';
    const kind = KIND[name];
    if (kind && props.length > 0) {
      // A revision in properties: of a table row, or of a paragraph mark (the break after it). It
      // is taken out, as mammoth would drop a deleted row and join a paragraph whose mark is
      // deleted: their text is marked as deleted, so accepting or rejecting it decides.
      if (opening && props.includes('trPr')) dropped.add('tracked table row');
      else if (opening && props.includes('pPr')) paragraphs.mark(kind);
      continue;
    } else if (kind && depth > 0 && !selfClosing) {
      if (closing) {
        wrappers.pop();
        out.push(run(MARK.close));
      } else {
        const group = move && (name === 'moveFrom' || name === 'moveTo') ? `move:${move}` : undefined;
        const index = addRevision(kind, { author: attr(attrs, 'author'), date: attr(attrs, 'date'), group });
        wrappers.push(kind);
        out.push(run(marker(kind === 'insertion' ? MARK.insertion : MARK.deletion, index)));
      }
      continue;
    } else if (opening && name === 'rPrChange' && !props.includes('pPr') && wrappers.length === 0)
      dropped.add('tracked formatting change');
    else if (opening && UNKEPT[name]) dropped.add(UNKEPT[name]);
    out.push(whole);
  }
  out.push(source.slice(at));
  dropped.add('tracked paragraph break', paragraphs.finish());
  return out.join('');
}
