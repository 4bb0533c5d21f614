import { strToU8 } from 'fflate';
import { documentSchema } from '../../schema/schema.ts';
import { newId } from '../../ids.ts';
import type { DocJson, ImportedReview } from '../importTypes.ts';
import { rebuildZip } from '../verifiedZip.ts';
import type { VerifiedZip } from '../verifiedZip.ts';
import { checkDoc } from '../checkDoc.ts';
import { applyMarkers } from './applyMarkers.ts';
import { buildReview } from './buildReview.ts';
import { hasReviewMarkup, markReviewXml } from './markReviewXml.ts';
import type { WordRevision } from './markReviewXml.ts';
import { readWordComments, readWordCommentsEx } from './readWordComments.ts';

/** A Word file with review markup, rewritten so that mammoth carries the markup through as markers. */
export interface PreparedReview {
  /** The file to give mammoth: the same parts, document.xml rewritten (stored, not compressed). */
  zip: Uint8Array;
  finish(doc: DocJson): { doc: DocJson; review: ImportedReview; unanchored: number };
}

/**
 * Prepares the review import when document.xml holds tracked changes or comment ranges, else null
 * (mammoth gets the checked files as they are). The zip was checked by checkZip.
 */
export function prepareReview(zip: VerifiedZip): PreparedReview | null {
  const documentXml = zip.text('word/document.xml');
  if (!documentXml || !hasReviewMarkup(documentXml)) return null;
  const { xml, revisions } = markReviewXml(documentXml);
  const files = new Map(zip.files).set('word/document.xml', strToU8(xml));
  const comments = readWordComments(zip.text('word/comments.xml') ?? '');
  const extended = readWordCommentsEx(zip.text('word/commentsExtended.xml') ?? '');
  return {
    zip: rebuildZip(files),
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
