import * as Y from 'yjs';
import { z } from 'zod';
import { commentsMap } from './comments.ts';

const iso = z.string().max(40);

const MessageSchema = z.object({
  id: z.string().min(1).max(100),
  authorId: z.string().max(200),
  authorName: z.string().max(200),
  text: z.string().max(20_000),
  createdAt: iso,
  editedAt: iso.nullable().catch(null),
  deleted: z.boolean().catch(false),
  mentions: z.array(z.string().max(300)).max(50).catch([]),
});
export type CommentMessage = z.infer<typeof MessageSchema>;

const ThreadSchema = z.object({
  id: z.string().min(1).max(100),
  anchorFrom: z.unknown(),
  anchorTo: z.unknown(),
  quote: z.string().max(2000).catch(''),
  authorId: z.string().max(200),
  authorName: z.string().max(200),
  createdAt: iso,
  resolved: z.boolean().catch(false),
  resolvedBy: z.string().max(200).nullable().catch(null),
  resolvedAt: iso.nullable().catch(null),
  messages: z.array(MessageSchema),
});
/** A comment thread as plain data, validated (a collaborator's malformed entry is skipped, not trusted). */
export type CommentThread = z.infer<typeof ThreadSchema>;

function plain(map: Y.Map<unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  map.forEach((value, key) => {
    out[key] =
      value instanceof Y.Array ? value.toArray().map((m: unknown) => (m instanceof Y.Map ? m.toJSON() : m)) : value;
  });
  return out;
}

/** Every thread, oldest first. Messages that fail validation are dropped; so is a thread without a valid shape. */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const out: CommentThread[] = [];
  commentsMap(doc).forEach((map) => {
    if (!(map instanceof Y.Map)) return;
    const raw = plain(map);
    const messages = Array.isArray(raw.messages)
      ? raw.messages.flatMap((m) => {
          const parsed = MessageSchema.safeParse(m);
          return parsed.success ? [parsed.data] : [];
        })
      : [];
    const parsed = ThreadSchema.safeParse({ ...raw, messages });
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
