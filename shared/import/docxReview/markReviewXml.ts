import type { DropCounter } from '../importTypes.ts';
import { rewriteFormatChange, runClose } from './formatChange.ts';
import { ParagraphMarks } from './paragraphMarks.ts';
import { MARK } from './sentinels.ts';

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
const WRAPPER_KIND: Record<string, WordRevision['kind']> = {
  ins: 'insertion',
  moveTo: 'insertion',
  del: 'deletion',
  moveFrom: 'deletion',
};
const UNKEPT: Record<string, string> = {
  pPrChange: 'tracked formatting change',
  trPrChange: 'tracked formatting change',
  tcPrChange: 'tracked formatting change',
  tblPrChange: 'tracked formatting change',
  tblGridChange: 'tracked formatting change',
  sectPrChange: 'tracked formatting change',
  numberingChange: 'tracked formatting change',
  cellIns: 'tracked table cell',
  cellDel: 'tracked table cell',
  cellMerge: 'tracked table cell',
};

function attr(attrs: string, name: string): string {
  const m = new RegExp(`\\bw:${name}="([^"]*)"`).exec(attrs);
  return m ? decodeXml(m[1]!) : '';
}

/** Decodes the five XML entities and numeric references. */
export function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    const code = e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : e.startsWith('#') ? Number(e.slice(1)) : -1;
    if (code >= 0) return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e] ?? '';
  });
}

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const marker = (kind: string, arg: string | number) => `${kind}${arg}${MARK.endArg}`;

/** The ids of the comments with a range start or end in `xml` (the others are anchored at a point). */
export function rangedComments(xml: string): string[] {
  return [...xml.matchAll(/<w:commentRange(?:Start|End)\b[^>]*?\bw:id="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/\D/g, ''),
  );
}

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
    const kind = WRAPPER_KIND[name];
    if (kind && (props.includes('trPr') || props.includes('pPr'))) {
      // A revision of a table row or a paragraph mark (the break after it). It is taken out, as
      // mammoth would drop a deleted row and join a paragraph whose mark is deleted: their text is
      // marked as deleted, so accepting or rejecting it decides.
      if (opening && props.includes('trPr')) dropped.add('tracked table row');
      else if (opening) paragraphs.mark(kind);
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

/** Whether a part holds review markup at all (the common case skips the rewrite). */
export function hasReviewMarkup(xml: string): boolean {
  return /<w:(?:ins|del|moveTo|moveFrom|commentRangeStart|commentRangeEnd|commentReference|[a-zA-Z]*PrChange|tblGridChange|numberingChange|cellIns|cellDel|cellMerge)\b/.test(
    xml,
  );
}
