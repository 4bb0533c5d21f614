import * as Y from 'yjs';
import { SUGGESTION_MARKS } from '../../schema/suggestionMarks.ts';
import { mapValueIn, stableJson } from './views.ts';
import { NODE_MARKS_ATTRIBUTE } from '../../binding/nodeMarks.ts';
import type { TypeLike, View } from './views.ts';

/**
 * The "base text" of a stretch of the body: the document as it reads with every suggestion
 * rejected. A commenter's update is acceptable for the body exactly when it leaves this unchanged.
 *
 * Pieces, in document order: text (with its formatting other than suggestion marks, and whether it
 * carries an `insertion` mark), element openings (name and attributes) and closings, and opaque
 * atoms for anything else (identified by their Yjs id, so adding or removing one always shows).
 */
type Piece =
  | { kind: 'text'; text: string; format: string; inserted: boolean }
  | { kind: 'open'; key: string }
  | { kind: 'close' }
  | { kind: 'atom'; key: string };

const ZWSP = '\u200B';
const SUGGESTION_NAMES: ReadonlySet<string> = new Set(SUGGESTION_MARKS);

/** `insertion`, or `insertion--hash` as y-tiptap names overlapping marks, is a suggestion mark. */
function isSuggestionKey(key: string): boolean {
  return SUGGESTION_NAMES.has(key.replace(/--[A-Za-z0-9+/=]{8}$/, ''));
}

function isInsertionKey(key: string): boolean {
  return key.replace(/--[A-Za-z0-9+/=]{8}$/, '') === 'insertion';
}

/** The marks stored on an element (`shared/binding/nodeMarks.ts`) as they stand with every suggestion rejected. */
function baseNodeMarks(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const kept = value.filter((mark) => !isSuggestionKey(String((mark as { type?: unknown } | null)?.type ?? '')));
  return kept.length > 0 ? kept : undefined;
}

/** Whether an element's stored marks say it is suggested as inserted (so it is not in the base text). */
function suggestedInsertion(type: TypeLike, view: View, tr: Y.Transaction | null): boolean {
  const value = mapValueIn(type, NODE_MARKS_ATTRIBUTE, view, tr);
  return (
    Array.isArray(value) && value.some((mark) => isInsertionKey(String((mark as { type?: unknown } | null)?.type)))
  );
}

function attributesOf(type: TypeLike, view: View, tr: Y.Transaction | null): string {
  const out: Record<string, unknown> = {};
  for (const key of type._map.keys()) {
    if (isSuggestionKey(key)) continue;
    let value = mapValueIn(type, key, view, tr);
    if (key === NODE_MARKS_ATTRIBUTE) value = baseNodeMarks(value);
    if (value !== undefined && value !== null) out[key] = value;
  }
  return stableJson(out);
}

function textPieces(text: Y.XmlText, view: View, tr: Y.Transaction | null, out: Piece[]): void {
  const attrs = attributesOf(text, view, tr);
  if (attrs !== '{}') out.push({ kind: 'atom', key: `text-attributes:${attrs}` });
  const current = new Map<string, unknown>();
  for (let item = text._start; item !== null; item = item.right) {
    if (!view(item)) continue;
    const content = item.content;
    if (content instanceof Y.ContentFormat) {
      if (content.value === null) current.delete(content.key);
      else current.set(content.key, content.value);
      continue;
    }
    if (!(content instanceof Y.ContentString)) {
      out.push({ kind: 'atom', key: `${item.id.client}:${item.id.clock}:${item.length}` });
      continue;
    }
    const format: Record<string, unknown> = {};
    let suggested = false;
    let inserted = false;
    for (const [key, value] of current) {
      if (isSuggestionKey(key)) {
        suggested = true;
        inserted ||= isInsertionKey(key);
      } else format[key] = value;
    }
    // Zero-width spaces carrying a suggestion mark are the suggestion library's block-boundary markers.
    const str = suggested ? content.str.split(ZWSP).join('') : content.str;
    if (str.length > 0 || inserted)
      out.push({ kind: 'text', text: inserted ? '' : str, format: stableJson(format), inserted });
  }
}

function listPieces(type: TypeLike, view: View, tr: Y.Transaction | null, out: Piece[]): void {
  for (let item = type._start; item !== null; item = item.right) if (view(item)) itemPieces(item, view, tr, out);
}

/** Pieces of one child of an XmlFragment or XmlElement. */
function itemPieces(item: Y.Item, view: View, tr: Y.Transaction | null, out: Piece[]): void {
  const content = item.content;
  const type = content instanceof Y.ContentType ? content.type : null;
  if (type instanceof Y.XmlElement) {
    // A footnote suggested as inserted is not in the base text (like inserted text).
    if (suggestedInsertion(type, view, tr)) return;
    out.push({ kind: 'open', key: `${type.nodeName}${attributesOf(type, view, tr)}` });
    listPieces(type, view, tr, out);
    out.push({ kind: 'close' });
  } else if (type instanceof Y.XmlText) {
    textPieces(type, view, tr, out);
  } else {
    out.push({ kind: 'atom', key: `${item.id.client}:${item.id.clock}:${item.length}` });
  }
}

/**
 * Reduces pieces to comparable tokens. A block boundary (closings then openings) that sits between
 * two inserted pieces belongs to the suggestion (a suggested paragraph split is written as a new boundary flanked by
 * inserted markers), so they are dropped with the inserted text; adjacent text with the same
 * formatting is merged, so the way Yjs happens to split runs does not matter.
 */
function baseTokens(pieces: readonly Piece[]): string[] {
  const keep = pieces.map((p) => !(p.kind === 'text' && p.inserted));
  for (let i = 0; i < pieces.length;) {
    if (pieces[i]!.kind !== 'open' && pieces[i]!.kind !== 'close') {
      i++;
      continue;
    }
    let j = i;
    while (j < pieces.length && (pieces[j]!.kind === 'open' || pieces[j]!.kind === 'close')) j++;
    const before = pieces[i - 1];
    const after = pieces[j];
    // Only a boundary (closings, then openings) counts, not an element such as a hard break.
    const kinds = pieces.slice(i, j).map((p) => (p.kind === 'close' ? ')' : '('));
    const boundary = /^\)+\(+$/.test(kinds.join(''));
    if (boundary && before?.kind === 'text' && before.inserted && after?.kind === 'text' && after.inserted)
      for (let k = i; k < j; k++) keep[k] = false;
    i = j;
  }
  const tokens: string[] = [];
  let text: { format: string; text: string } | null = null;
  const flush = () => {
    if (text && text.text) tokens.push(`t${text.format}|${text.text}`);
    text = null;
  };
  pieces.forEach((p, i) => {
    if (!keep[i]) return;
    if (p.kind === 'text') {
      if (text?.format !== p.format) flush();
      text ??= { format: p.format, text: '' };
      text.text += p.text;
      return;
    }
    flush();
    tokens.push(p.kind === 'close' ? ')' : `${p.kind === 'open' ? '(' : '#'}${p.key}`);
  });
  flush();
  return tokens;
}

/** The base tokens of a run of body children in one view. */
export function baseTextOf(items: readonly Y.Item[], view: View, tr: Y.Transaction | null): string[] {
  const pieces: Piece[] = [];
  for (const item of items) itemPieces(item, view, tr, pieces);
  return baseTokens(pieces);
}
