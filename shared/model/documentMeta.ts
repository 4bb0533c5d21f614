import * as Y from 'yjs';
import { compactDecodedValues } from './compactDecodedValues.ts';
import { DEFAULT_LOCALE, isLocale } from '../i18n/locales.ts';
import type { Locale } from '../i18n/locales.ts';

/** Name of the Y.Map in a document's Y.Doc that holds its metadata. */
export const META_FIELD = 'meta';

export const DOCUMENT_STATUSES = ['draft', 'in-review', 'final', 'submitted'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

const LOCKED: readonly DocumentStatus[] = ['final', 'submitted'];

/**
 * Whether the text is read-only for everyone in this status. It lives here, not in review/status.ts,
 * so the relay's permission check does not load the review module and its translator (formatjs).
 */
export function isLocked(status: DocumentStatus): boolean {
  return LOCKED.includes(status);
}

export interface DocumentMeta {
  title: string;
  subtitle: string;
  templateId: string | null;
  milestoneId: string | null;
  status: DocumentStatus;
  deadline: string | null;
  /** UN-style numbered paragraphs in the editor and on export. */
  paragraphNumbering: boolean;
  /** Where the export lists endorsing organisations: the cover, or the end (a letter's signatories). */
  signatoriesAt?: 'cover' | 'end';
  /**
   * The language the document is written in (one of the six UN languages): the editor's `lang`
   * (spell-checking) and default direction, fonts and hyphenation in the PDF, Word's language tags.
   * Documents from before it existed read as English.
   */
  language: Locale;
  createdAt: string;
}

const DEFAULTS: DocumentMeta = {
  title: 'Untitled document',
  subtitle: '',
  templateId: null,
  milestoneId: null,
  status: 'draft',
  deadline: null,
  paragraphNumbering: false,
  signatoriesAt: 'cover',
  language: DEFAULT_LOCALE,
  createdAt: '',
};

/**
 * A new, empty document Y.Doc. History is kept (gc off) so versions and comparisons stay possible;
 * the values it reads from updates are kept in exact arrays (compactDecodedValues.ts).
 */
export function createDocumentDoc(): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  compactDecodedValues(doc);
  return doc;
}

/** A document's status alone (draft when missing or malformed): cheap enough to read on every check. */
export function readStatus(doc: Y.Doc): DocumentStatus {
  const status = doc.getMap<unknown>(META_FIELD).get('status');
  return (DOCUMENT_STATUSES as readonly unknown[]).includes(status) ? (status as DocumentStatus) : 'draft';
}

/** Reads a document's metadata, filling in defaults for anything missing or malformed. */
export function readMeta(doc: Y.Doc): DocumentMeta {
  const map = doc.getMap<unknown>(META_FIELD);
  const str = (k: keyof DocumentMeta, fallback: string | null) => {
    const v = map.get(k);
    return typeof v === 'string' ? v : fallback;
  };
  const language = map.get('language');
  return {
    title: str('title', DEFAULTS.title) || DEFAULTS.title,
    subtitle: str('subtitle', '') ?? '',
    templateId: str('templateId', null),
    milestoneId: str('milestoneId', null),
    status: readStatus(doc),
    deadline: str('deadline', null),
    paragraphNumbering: map.get('paragraphNumbering') === true,
    signatoriesAt: map.get('signatoriesAt') === 'end' ? 'end' : 'cover',
    language: isLocale(language) ? language : DEFAULT_LOCALE,
    createdAt: str('createdAt', '') ?? '',
  };
}

/** Writes some metadata fields in one transaction. */
export function writeMeta(doc: Y.Doc, patch: Partial<DocumentMeta>): void {
  const map = doc.getMap<unknown>(META_FIELD);
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (map.get(key) !== value) map.set(key, value);
    }
  });
}
