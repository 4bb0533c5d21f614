import type * as Y from 'yjs';
import type { Node as PMNode } from '@tiptap/pm/model';
import { readThreads } from '../../review/commentRead.ts';
import { orphanPosition, resolveAnchor, type ProsemirrorMapping } from '../../review/schema/anchors.ts';

/** One message of a thread, as exported (deleted messages are left out). */
export interface ExportCommentMessage {
  authorName: string;
  text: string;
  /** ISO date-time. */
  createdAt: string;
}

/** A comment thread anchored in the exported body. */
export interface ExportComment {
  id: string;
  /** Range in the model's body; from === to when the text it was on is gone (orphaned). */
  from: number;
  to: number;
  orphaned: boolean;
  quote: string;
  resolved: boolean;
  messages: ExportCommentMessage[];
}

/**
 * The comment threads the app shows (the review model's own reader and anchor resolver), placed in
 * `body`, which must have been built from `fragment` with `mapping` (initProseMirrorDoc). Threads
 * whose messages are all deleted are left out; an orphaned thread sits where its text was. Ordered
 * by position, then creation.
 */
export function readComments(
  doc: Y.Doc,
  fragment: Y.XmlFragment,
  mapping: ProsemirrorMapping,
  body: PMNode,
): ExportComment[] {
  const out: Array<ExportComment & { createdAt: string }> = [];
  const size = body.content.size;
  for (const thread of readThreads(doc)) {
    const messages = thread.messages
      .filter((m) => !m.deleted && m.text.trim() !== '')
      .map((m) => ({ authorName: m.authorName, text: m.text, createdAt: m.createdAt }));
    if (messages.length === 0) continue;
    const range = resolveAnchor(fragment, mapping, thread);
    const anchored = range !== null && range.to <= size;
    const at = Math.min(Math.max(orphanPosition(fragment, mapping, thread) ?? 0, 0), size);
    out.push({
      id: thread.id,
      from: anchored ? range.from : at,
      to: anchored ? range.to : at,
      orphaned: !anchored,
      quote: thread.quote,
      resolved: thread.resolved,
      messages,
      createdAt: thread.createdAt,
    });
  }
  out.sort((a, b) => a.from - b.from || a.createdAt.localeCompare(b.createdAt));
  return out.map(({ createdAt: _c, ...comment }) => comment);
}
