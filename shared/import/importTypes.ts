import type { FileBlob } from '../file/fileBlobs.ts';
import type { Locale } from '../i18n/locales.ts';
import { LocalizedError } from '../i18n/LocalizedError.ts';

/** ProseMirror JSON as the importers build it; documentSchema() checks it before it becomes a document. */
export interface DocJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocJson[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

/** A comment message brought in from a Word file. */
export interface ImportedMessage {
  authorName: string;
  text: string;
  /** ISO date-time. */
  createdAt: string;
}

/** A Word comment thread (a comment and its replies), anchored by ProseMirror positions in `doc`. */
export interface ImportedThread {
  from: number;
  to: number;
  quote: string;
  resolved: boolean;
  messages: ImportedMessage[];
}

/** Comments and tracked changes brought in from a Word file. */
export interface ImportedReview {
  threads: ImportedThread[];
  /** Suggestion id (in the insertion/deletion marks of `doc`) -> who made it and when. */
  suggestions: Record<string, { authorName: string; createdAt: string }>;
}

/** The kinds of content an import leaves out and counts; the interface words each (`import.dropped.*`). */
export const DROPPED_KINDS = [
  'image',
  'drawing',
  'chart',
  'equation',
  'video',
  'audio',
  'embedded frame',
  'embedded object',
  'text box',
  'script',
  'style sheet',
  'form',
  'form field',
  'template',
  'unsafe link',
  'nested table layout',
  'HTML block',
  'inline HTML tag',
  'comment',
  'tracked table row',
  'tracked table cell',
  'tracked formatting change',
  'tracked paragraph break',
  'tracked footnote edit',
  'linked image file',
  'missing image file',
  'EMF image',
  'WMF image',
  'TIFF image',
  'WebP image',
] as const;
export type DroppedKind = (typeof DROPPED_KINDS)[number];

/** Images left out for their format alone, which the user can save in another one in Word. */
export const FORMAT_DROPPED_KINDS = ['EMF image', 'WMF image', 'TIFF image', 'WebP image'] as const;
export type FormatDroppedKind = (typeof FORMAT_DROPPED_KINDS)[number];

/** What an import produced: a checked document body plus what had to be left out. */
export interface ImportedDocument {
  title: string;
  subtitle: string;
  paragraphNumbering: boolean;
  /** The language it is written in, from its text and its own tags; null when nothing tells (the caller chooses). */
  language: Locale | null;
  /** A `doc` node valid for documentSchema(). */
  doc: DocJson;
  /** Counts by kind of what was dropped ("image": 3, "text box": 1). */
  dropped: Partial<Record<DroppedKind, number>>;
  /** Word comments and tracked changes, when the file had any. */
  review?: ImportedReview;
  /** The images the document refers to (by SHA-256), each once. */
  images?: FileBlob[];
}

/**
 * Why a file could not be imported, in words a user can act on (a catalogue message: `error.import.*`).
 * Nothing is created when it is thrown.
 */
export class ImportError extends LocalizedError {
  override name = 'ImportError';
}

/** Tallies dropped content by kind. */
export class DropCounter {
  readonly counts: Partial<Record<DroppedKind, number>> = {};

  /** Records `n` dropped items of one kind. */
  add(kind: DroppedKind, n = 1): void {
    if (n > 0) this.counts[kind] = (this.counts[kind] ?? 0) + n;
  }
}

/** The short report in English (the command line): "Dropped 3 images, 1 text box." or "Nothing was dropped." */
export function describeDropped(dropped: Partial<Record<DroppedKind, number>>): string {
  const parts = Object.entries(dropped)
    .filter((entry): entry is [string, number] => (entry[1] ?? 0) > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, n]) => `${n} ${n === 1 ? kind : pluralise(kind)}`);
  if (!parts.length) return 'Nothing was dropped.';
  const formats = FORMAT_DROPPED_KINDS.filter((kind) => (dropped[kind] ?? 0) > 0).map((kind) => kind.split(' ')[0]);
  const what = formats.length
    ? ` Images in ${formats.join(', ')} format cannot be kept: in Word, save each one as a PNG picture, put it in its place and import again.`
    : '';
  return `Dropped ${parts.join(', ')}.${what}`;
}

function pluralise(kind: string): string {
  if (/(s|x|ch|sh)$/.test(kind)) return `${kind}es`;
  if (/[^aeiou]y$/.test(kind)) return `${kind.slice(0, -1)}ies`;
  return `${kind}s`;
}
