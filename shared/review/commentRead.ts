import * as Y from 'yjs';
import type { z } from 'zod';
import { commentsMap } from './comments.ts';
import { CommentMessageSchema, CommentThreadSchema, LIMITS } from './schema/fields.ts';

export type CommentMessage = z.infer<typeof CommentMessageSchema>;
/** A comment thread as plain data, validated (a collaborator's malformed entry is skipped, not trusted). */
export type CommentThread = z.infer<typeof CommentThreadSchema>;

function plain(map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  map.forEach((value, key) => {
    out[key] =
      value instanceof Y.Array
        ? value.slice(0, LIMITS.messagesPerThread).map((m: unknown) => (m instanceof Y.Map ? m.toJSON() : m))
        : value;
  });
  return out;
}

/**
 * Every thread, oldest first: what the app shows and the export prints. Messages that fail
 * validation are dropped; so is a thread without a valid shape.
 */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const out: CommentThread[] = [];
  commentsMap(doc).forEach((map) => {
    if (!(map instanceof Y.Map)) return;
    const raw = plain(map);
    const messages = Array.isArray(raw.messages)
      ? raw.messages.flatMap((m) => {
          const parsed = CommentMessageSchema.safeParse(m);
          return parsed.success ? [parsed.data] : [];
        })
      : [];
    const parsed = CommentThreadSchema.safeParse({ ...raw, messages });
    if (parsed.success) out.push(parsed.data);
  });
  return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** Calls `listener` after any change to any thread; returns the unsubscribe function. */
export function observeThreads(doc: Y.Doc, listener: () => void): () => void {
  const map = commentsMap(doc);
  map.observeDeep(listener);
  return () => map.unobserveDeep(listener);
}
