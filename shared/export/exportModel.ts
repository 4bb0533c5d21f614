import * as Y from 'yjs';
import { z } from 'zod';
import type { Node as PMNode } from '@tiptap/pm/model';
import { initProseMirrorDoc } from '@tiptap/y-tiptap';
import { documentSchema } from '../schema/schema.ts';
import { BODY_FIELD } from '../schema/extensions.ts';
import { readMeta } from '../model/documentMeta.ts';
import type { DocumentMeta } from '../model/documentMeta.ts';
import { readComments } from './reviewData/readComments.ts';
import type { ExportComment } from './reviewData/readComments.ts';
import { readSuggestions } from './reviewData/readSuggestions.ts';
import type { SuggestionInfo } from './reviewData/readSuggestions.ts';
import { endorsedOrganisations } from '../review/signatories.ts';
import { LIMITS } from '../review/schema/fields.ts';
import type { ExportImages } from './exportFigures.ts';
import { readCover } from '../model/documentCover.ts';

export type { ExportComment } from './reviewData/readComments.ts';
export type { SuggestionInfo } from './reviewData/readSuggestions.ts';

/**
 * What the document itself does not hold but its cover shows; the caller looks these up. Signatories
 * given here are added to the document's own sign-on list; only `status: 'endorsed'` is printed.
 */
const ExportExtrasSchema = z
  .object({
    coalition: z.string().max(300).optional(),
    signatories: z
      .array(z.object({ organisation: z.string().min(1).max(LIMITS.name), status: z.string().max(40) }))
      .max(2000)
      .optional(),
    milestoneTitle: z.string().max(300).optional(),
    /** Member organisations' logos for the cover (workspace images by SHA-256), in order. */
    logos: z
      .array(z.object({ organisation: z.string().min(1).max(200), blob: z.string().regex(/^[0-9a-f]{64}$/) }))
      .max(200)
      .optional(),
    /** The coalition's member organisations, listed on the cover of a document without a sign-on list. */
    members: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
    /** Shown as given ("12 May 2026"); the caller formats it in the document's language (`documentDate`). */
    date: z.string().max(100).optional(),
    /** What the document rests on that is not confirmed (see documentUncertainties); printed only on request. */
    uncertainties: z.array(z.string().min(1).max(1500)).max(50).optional(),
  })
  .strict();
export type ExportExtras = z.infer<typeof ExportExtrasSchema>;

/** One consistent, immutable view of a document, from which every format is written. */
export interface ExportModel {
  meta: DocumentMeta;
  body: PMNode;
  coalition: string;
  /** Only organisations that have endorsed: an invited or declined one must never appear as an author. */
  signatories: string[];
  /** Comment threads with their anchors in `body`, in document order (open and resolved). */
  comments: ExportComment[];
  /** Who made each suggestion (the id in the body's insertion/deletion/modification marks) and when. */
  suggestions: Record<string, SuggestionInfo>;
  milestoneTitle: string;
  /** Logos on the cover: each organisation and its image (bytes in `images`). */
  logos: { organisation: string; blob: string }[];
  /** Member organisations listed on the cover when no organisation signs on (`coverOrganisations.ts`). */
  members?: string[];
  date: string;
  /** The cover's contact line and statement of purpose (the document's own; empty: not printed). */
  contact?: string;
  purpose?: string;
  /** Notes on unconfirmed facts behind the document; printed only with `confidenceNote: 'end'`. */
  uncertainties?: string[];
  /** The bytes of the images the body shows (the caller loads them: local store, `.concord` file). */
  images: ExportImages;
}

/**
 * Takes a snapshot of `doc` for export. The state is encoded once and decoded into a private
 * Y.Doc, so edits arriving while an export runs (a collaborator typing) never mix into it.
 */
export function snapshotExportModel(doc: Y.Doc, extras: unknown = {}): ExportModel {
  const update = Y.encodeStateAsUpdate(doc);
  const copy = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(copy, update);
    return buildExportModel(copy, extras);
  } finally {
    copy.destroy();
  }
}

/** Builds the model from a document no one else is changing (a snapshot, or one just read from a file). */
export function buildExportModel(doc: Y.Doc, extras: unknown = {}): ExportModel {
  const given = ExportExtrasSchema.parse(extras ?? {});
  const fragment = doc.getXmlFragment(BODY_FIELD);
  // The mapping lets comment anchors (Yjs relative positions) resolve to positions in this body.
  const { doc: body, mapping } = initProseMirrorDoc(fragment, documentSchema());
  // The document's own cover fields win; what the caller gives (the day of export, a --coalition) fills the gaps.
  const cover = readCover(doc);
  const givenEndorsed = (given.signatories ?? [])
    .filter((s) => s.status === 'endorsed')
    .map((s) => s.organisation.trim());
  return {
    meta: readMeta(doc),
    body,
    coalition: cover.coalition || (given.coalition?.trim() ?? ''),
    signatories: [...new Set([...endorsedOrganisations(doc), ...givenEndorsed])],
    comments: readComments(doc, fragment, mapping, body),
    suggestions: readSuggestions(doc),
    milestoneTitle: given.milestoneTitle?.trim() ?? '',
    logos: given.logos ?? [],
    members: given.members ?? [],
    date: cover.date || (given.date?.trim() ?? ''),
    contact: cover.contact,
    purpose: cover.purpose,
    uncertainties: given.uncertainties ?? [],
    images: new Map(),
  };
}
