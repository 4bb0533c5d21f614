import { MARK, MARKER } from './sentinels.ts';

/** A footnote's text read through its markers. */
export interface FootnoteChanges {
  /** The text as it was before its tracked changes (deleted text kept, inserted text left out). */
  before: string;
  /** The text as it is now. */
  after: string;
  /** The revisions (marker indexes) inside the footnote. */
  revisions: number[];
  /** The Word comments with a start, an end or a point inside the footnote. */
  comments: string[];
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Reads a footnote's text with its markers: its text before and after its tracked changes, and what it holds. */
export function readFootnoteMarkers(text: string): FootnoteChanges {
  let before = '';
  let after = '';
  const open: Array<'insertion' | 'deletion'> = [];
  const revisions: number[] = [];
  const comments = new Set<string>();
  const emit = (piece: string) => {
    const top = open[open.length - 1];
    if (top !== 'insertion') before += piece;
    if (top !== 'deletion') after += piece;
  };
  let at = 0;
  for (const m of text.matchAll(MARKER)) {
    emit(text.slice(at, m.index));
    at = m.index + m[0].length;
    const [, kind, arg = ''] = m;
    if (kind === undefined) open.pop();
    else if (kind === MARK.insertion || kind === MARK.deletion) {
      open.push(kind === MARK.insertion ? 'insertion' : 'deletion');
      if (/^\d+$/.test(arg)) revisions.push(Number(arg));
    } else comments.add(arg);
  }
  emit(text.slice(at));
  return { before: tidy(before), after: tidy(after), revisions, comments: [...comments] };
}
