import { strToU8, zipSync } from 'fflate';
import { documentSchema } from '../../schema/schema.ts';
import { newId } from '../../ids.ts';
import type { DocJson, DropCounter, ImportedReview } from '../importTypes.ts';
import { inflateEntry } from '../zipGuard.ts';
import type { ZipEntry } from '../zipGuard.ts';
import { checkDoc } from '../checkDoc.ts';
import { applyMarkers } from './applyMarkers.ts';
import { buildReview } from './buildReview.ts';
import { markReviewXml } from './markReviewXml.ts';
import { hasReviewMarkup, rangedComments } from './wordXml.ts';
import type { MarkingContext } from './markReviewXml.ts';
import { readWordComments, readWordCommentsEx } from './readWordComments.ts';

/** The parts of a Word file whose text can hold comments and tracked changes. */
const TEXT_PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'];

/** The parts of a Word file that hold comments and tracked changes (read with the checked zip). */
export const REVIEW_PARTS = [...TEXT_PARTS, 'word/comments.xml', 'word/commentsExtended.xml'];

/** A Word file with review markup, rewritten so that mammoth carries the markup through as markers. */
export interface PreparedReview {
  /** The file to give mammoth: the same parts, text parts rewritten (stored, not compressed). */
  zip: Uint8Array;
  finish(doc: DocJson): { doc: DocJson; review: ImportedReview; unanchored: number };
}

/**
 * Prepares the review import when a text part holds tracked changes or comments, else null (the
 * file goes to mammoth unchanged). Review markup Concord cannot keep is counted in `dropped`. The
 * zip was checked by checkZip; entries inflate within their declared sizes again.
 */
export function prepareReview(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  texts: Map<string, string>,
  dropped: DropCounter,
): PreparedReview | null {
  const parts = TEXT_PARTS.filter((name) => hasReviewMarkup(texts.get(name) ?? ''));
  if (parts.length === 0) return null;
  const ranged = new Set(parts.flatMap((name) => rangedComments(texts.get(name)!)));
  const context: MarkingContext = { revisions: [], ranged, dropped };
  const rewritten = new Map(parts.map((name) => [name, markReviewXml(texts.get(name)!, context)]));
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    if (entry.name.endsWith('/') || files[entry.name]) continue;
    const xml = rewritten.get(entry.name);
    files[entry.name] = xml === undefined ? inflateEntry(bytes, entry) : strToU8(xml);
  }
  const comments = readWordComments(texts.get('word/comments.xml') ?? '');
  const extended = readWordCommentsEx(texts.get('word/commentsExtended.xml') ?? '');
  const { revisions } = context;
  return {
    zip: zipSync(files, { level: 0 }),
    finish(doc) {
      const marked = applyMarkers(doc, revisions, newId);
      checkDoc(marked.doc);
      const body = documentSchema().nodeFromJSON(marked.doc);
      const { review, unanchored } = buildReview(
        body,
        { comments, extended, ranges: marked.ranges, revisions, revisionIds: marked.revisionIds },
        new Date().toISOString(),
      );
      dropped.add('tracked footnote edit', marked.unkeptFootnoteEdits);
      return { doc: marked.doc, review, unanchored };
    },
  };
}
