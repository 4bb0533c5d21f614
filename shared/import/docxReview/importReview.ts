import { strToU8 } from 'fflate';
import { documentSchema } from '../../schema/schema.ts';
import { newId } from '../../ids.ts';
import type { DocJson, DropCounter, ImportedReview } from '../importTypes.ts';
import { rebuildZip } from '../verifiedZip.ts';
import type { VerifiedZip } from '../verifiedZip.ts';
import { checkDoc } from '../checkDoc.ts';
import { applyMarkers } from './applyMarkers.ts';
import { buildReview } from './buildReview.ts';
import { markReviewXml } from './markReviewXml.ts';
import { hasReviewMarkup, rangedComments } from './wordXml.ts';
import type { MarkingContext } from './markReviewXml.ts';
import { readWordComments, readWordCommentsEx } from './readWordComments.ts';

/** The parts of a Word file whose text can hold comments and tracked changes. */
const TEXT_PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'];

/** A Word file with review markup, rewritten so that mammoth carries the markup through as markers. */
export interface PreparedReview {
  /** The file to give mammoth: the checked parts, text parts rewritten (stored, not compressed). */
  zip: Uint8Array;
  finish(doc: DocJson): { doc: DocJson; review: ImportedReview; unanchored: number };
}

/**
 * Prepares the review import when a text part holds tracked changes or comments, else null (mammoth
 * gets the checked files as they are). Review markup Concord cannot keep is counted in `dropped`.
 * The zip was checked by checkZip, and the archive mammoth reads is rebuilt from its checked files.
 */
export function prepareReview(zip: VerifiedZip, dropped: DropCounter): PreparedReview | null {
  const parts = TEXT_PARTS.filter((name) => hasReviewMarkup(zip.text(name) ?? ''));
  if (parts.length === 0) return null;
  const ranged = new Set(parts.flatMap((name) => rangedComments(zip.text(name)!)));
  const context: MarkingContext = { revisions: [], ranged, dropped };
  const files = new Map(zip.files);
  for (const name of parts) files.set(name, strToU8(markReviewXml(zip.text(name)!, context)));
  const comments = readWordComments(zip.text('word/comments.xml') ?? '');
  const extended = readWordCommentsEx(zip.text('word/commentsExtended.xml') ?? '');
  const { revisions } = context;
  return {
    zip: rebuildZip(files),
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
