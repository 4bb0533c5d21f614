import type * as Y from 'yjs';
import type { Node as PMNode } from '@tiptap/pm/model';
import { readMeta } from './documentMeta.ts';
import { bodyStats } from './documentText.ts';
import { yjsBodyStats } from './yjsBodyStats.ts';
import { getEntry, upsertEntry, type IndexEntry } from './workspaceIndex.ts';

/** The fields of a library entry that the document itself decides (the rest is the library's: trash, last edited). */
export type DocumentFacts = Pick<
  IndexEntry,
  'title' | 'createdAt' | 'wordCount' | 'templateId' | 'milestoneId' | 'status' | 'deadline' | 'language'
>;

/**
 * What the library shows about a document, read from the document: its metadata and the word count
 * of its body. `body` is the body as an open editor holds it (its blocks' counts are remembered);
 * without it the words are counted from the Yjs text, unless `words` gives the count to keep.
 */
export function documentFacts(doc: Y.Doc, body?: PMNode, words?: number): DocumentFacts {
  const meta = readMeta(doc);
  return {
    title: meta.title,
    createdAt: meta.createdAt,
    wordCount: body ? bodyStats(body).words : (words ?? yjsBodyStats(doc).words),
    templateId: meta.templateId,
    milestoneId: meta.milestoneId,
    status: meta.status,
    deadline: meta.deadline,
    language: meta.language,
  };
}

/** Why a document is (re)listed, beyond bringing its entry in line with it. */
export interface ListingChange {
  /** Now, as an ISO date: stamps a new entry, and "last edited" when `edited`. */
  now: string;
  /** The text changed: "last edited" becomes `now`. */
  edited?: boolean;
  /** Takes the entry out of the trash (the document was opened from a file, or built anew). */
  untrash?: boolean;
  body?: PMNode;
  /**
   * The words are not counted now: the entry keeps the count it has (a new one: 0) until the next
   * listing counts them. For a document about to be shown, whose editor lists it with its body.
   */
  uncounted?: boolean;
}

/**
 * Brings the workspace index entry of document `id` in line with the document, adding it when it
 * is missing: the one way a document's facts reach the library, so the two never disagree. Fields
 * that did not change are not rewritten, so an unchanged document writes nothing.
 */
export function listDocument(workspace: Y.Doc, id: string, doc: Y.Doc, change: ListingChange): void {
  const existing = getEntry(workspace, id);
  const facts = documentFacts(doc, change.body, change.uncounted ? (existing?.wordCount ?? 0) : undefined);
  upsertEntry(workspace, id, {
    ...facts,
    createdAt: facts.createdAt || existing?.createdAt || change.now,
    ...(change.edited || !existing ? { updatedAt: change.now } : {}),
    ...(change.untrash || !existing ? { trashedAt: null } : {}),
  });
}
