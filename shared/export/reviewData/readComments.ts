import * as Y from 'yjs';
import { z } from 'zod';
import type { Node as PMNode } from '@tiptap/pm/model';
import { relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import { plainEntries } from './plainValue.ts';

/** Root map of comment threads: threadId -> Y.Map { anchorFrom, anchorTo, quote, resolved, messages, ... }. */
export const COMMENTS_FIELD = 'comments';

/** One message of a thread, as exported (deleted messages are left out). */
export interface ExportCommentMessage {
  authorName: string;
  text: string;
  /** ISO date-time, or '' when unknown. */
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

const MessageSchema = z.object({
  authorName: z.string().max(300).catch(''),
  text: z.string().max(100_000).catch(''),
  createdAt: z.string().max(100).catch(''),
  deleted: z.boolean().catch(false),
});
const ThreadSchema = z.object({
  anchorFrom: z.unknown(),
  anchorTo: z.unknown(),
  quote: z.string().max(100_000).catch(''),
  createdAt: z.string().max(100).catch(''),
  resolved: z.boolean().catch(false),
  messages: z.array(z.unknown()).max(10_000).catch([]),
});

type Mapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

function resolve(doc: Y.Doc, fragment: Y.XmlFragment, mapping: Mapping, anchor: unknown): number | null {
  try {
    const rel =
      anchor instanceof Uint8Array ? Y.decodeRelativePosition(anchor) : Y.createRelativePositionFromJSON(anchor);
    return relativePositionToAbsolutePosition(doc, fragment, rel, mapping);
  } catch {
    return null;
  }
}

/**
 * Reads the comment threads and resolves their anchors (Yjs relative positions) to positions in
 * `body`, which must have been built from `fragment` with `mapping` (initProseMirrorDoc). A minimal
 * reader of the review model's data, for export; threads whose messages are all deleted are skipped.
 * Ordered by position, then creation.
 */
export function readComments(doc: Y.Doc, fragment: Y.XmlFragment, mapping: Mapping, body: PMNode): ExportComment[] {
  const out: Array<ExportComment & { createdAt: string }> = [];
  const size = body.content.size;
  for (const [id, value] of plainEntries(doc, COMMENTS_FIELD)) {
    const thread = ThreadSchema.safeParse(value);
    if (!thread.success) continue;
    const messages = thread.data.messages
      .map((m) => MessageSchema.safeParse(m))
      .filter((m) => m.success && !m.data.deleted && m.data.text.trim() !== '')
      .map((m) => ({ authorName: m.data!.authorName, text: m.data!.text, createdAt: m.data!.createdAt }));
    if (messages.length === 0) continue;
    const from = resolve(doc, fragment, mapping, thread.data.anchorFrom);
    const to = resolve(doc, fragment, mapping, thread.data.anchorTo);
    const anchored = from !== null && to !== null && from < to && to <= size;
    const at = Math.min(Math.max(from ?? 0, 0), size);
    out.push({
      id,
      from: anchored ? from : at,
      to: anchored ? to : at,
      orphaned: !anchored,
      quote: thread.data.quote,
      resolved: thread.data.resolved,
      messages,
      createdAt: thread.data.createdAt,
    });
  }
  out.sort((a, b) => a.from - b.from || a.createdAt.localeCompare(b.createdAt));
  return out.map(({ createdAt: _c, ...comment }) => comment);
}
