import { strToU8, zipSync } from 'fflate';
import { documentSchema } from '../../schema/schema.ts';
import { newId } from '../../ids.ts';
import type { DocJson, ImportedReview } from '../importTypes.ts';
import { inflateEntry } from '../zipGuard.ts';
import type { ZipEntry } from '../zipGuard.ts';
import { checkDoc } from '../checkDoc.ts';
import { applyMarkers } from './applyMarkers.ts';
import { buildReview } from './buildReview.ts';
import { hasReviewMarkup, markReviewXml } from './markReviewXml.ts';
import type { WordRevision } from './markReviewXml.ts';
import { readWordComments, readWordCommentsEx } from './readWordComments.ts';

/** The parts of a Word file that hold comments and tracked changes (read with the checked zip). */
export const REVIEW_PARTS = ['word/document.xml', 'word/comments.xml', 'word/commentsExtended.xml'];

/** A Word file with review markup, rewritten so that mammoth carries the markup through as markers. */
export interface PreparedReview {
  /** The file to give mammoth: the same parts, document.xml rewritten (stored, not compressed). */
  zip: Uint8Array;
  finish(doc: DocJson): { doc: DocJson; review: ImportedReview; unanchored: number };
}

/**
 * Prepares the review import when document.xml holds tracked changes or comment ranges, else null
 * (the file goes to mammoth unchanged). The zip was checked by checkZip; entries inflate within
 * their declared sizes again.
 */
export function prepareReview(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  texts: Map<string, string>,
): PreparedReview | null {
  const documentXml = texts.get('word/document.xml');
  if (!documentXml || !hasReviewMarkup(documentXml)) return null;
  const { xml, revisions } = markReviewXml(documentXml);
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    if (entry.name.endsWith('/') || files[entry.name]) continue;
    files[entry.name] = entry.name === 'word/document.xml' ? strToU8(xml) : inflateEntry(bytes, entry);
  }
  const comments = readWordComments(texts.get('word/comments.xml') ?? '');
  const extended = readWordCommentsEx(texts.get('word/commentsExtended.xml') ?? '');
  return {
    zip: zipSync(files, { level: 0 }),
    finish(doc) {
      const marked = applyMarkers(doc, (a, b) => replacement(revisions, a, b), newId);
      checkDoc(marked.doc);
      const body = documentSchema().nodeFromJSON(marked.doc);
      const { review, unanchored } = buildReview(
        body,
        { comments, extended, ranges: marked.ranges, revisions, revisionIds: marked.revisionIds },
        new Date().toISOString(),
      );
      return { doc: marked.doc, review, unanchored };
    },
  };
}

/** A deletion right before an insertion, by the same author at the same time: Word's replacement. */
function replacement(revisions: readonly WordRevision[], a: number, b: number): boolean {
  const [x, y] = [revisions[a], revisions[b]];
  return !!x && !!y && x.kind === 'deletion' && y.kind === 'insertion' && x.author === y.author && x.date === y.date;
}
