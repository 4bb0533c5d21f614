import * as Y from 'yjs';
import { absolutePositionToRelativePosition, initProseMirrorDoc } from '@tiptap/y-tiptap';
import { documentSchema } from '../../schema/schema.ts';
import { BODY_FIELD } from '../../schema/extensions.ts';
import { newId } from '../../ids.ts';
import { COMMENTS_FIELD, SUGGESTIONS_FIELD, LIMITS } from '../../review/schema/fields.ts';
import type { ImportedReview } from '../importTypes.ts';

/** A stable colour per author name (the review UI may choose its own; this only fills the field). */
function colourFor(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  const hue = h % 360;
  const f = (n: number) => {
    const k = (n + hue / 30) % 12;
    const v = 0.45 - 0.35 * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

const authorId = (name: string) => `word:${name}`.slice(0, LIMITS.name);
const authorName = (name: string) => name.slice(0, LIMITS.name);

/**
 * Writes imported comments and suggestion details into a new document whose body is already in
 * place, in the review model's shape: `suggestions` (id -> { authorId, authorName, colour,
 * createdAt }) and `comments` (threadId -> Y.Map with Yjs relative-position anchors and a
 * `messages` Y.Array), within the model's limits (shared/review/schema/fields.ts), so the app shows
 * everything written here. Authors from Word get ids "word:<name>", as they are not members.
 */
export function writeImportedReview(doc: Y.Doc, review: ImportedReview): void {
  const fragment = doc.getXmlFragment(BODY_FIELD);
  const { mapping } = initProseMirrorDoc(fragment, documentSchema());
  const anchor = (pos: number) => Y.relativePositionToJSON(absolutePositionToRelativePosition(pos, fragment, mapping));
  doc.transact(() => {
    const suggestions = doc.getMap<unknown>(SUGGESTIONS_FIELD);
    for (const [id, s] of Object.entries(review.suggestions)) {
      suggestions.set(id, {
        authorId: authorId(s.authorName),
        authorName: authorName(s.authorName),
        colour: colourFor(s.authorName),
        createdAt: s.createdAt,
      });
    }
    const comments = doc.getMap<unknown>(COMMENTS_FIELD);
    for (const t of review.threads) {
      const id = newId();
      const first = t.messages[0]!;
      const thread = new Y.Map<unknown>();
      const fields: Record<string, unknown> = {
        id,
        anchorFrom: anchor(t.from),
        anchorTo: anchor(t.to),
        quote: t.quote.slice(0, LIMITS.quote),
        authorId: authorId(first.authorName),
        authorName: authorName(first.authorName),
        createdAt: first.createdAt,
        resolved: t.resolved,
        // Word does not say who resolved a thread; the app shows this name.
        resolvedBy: t.resolved ? authorName(first.authorName) : null,
        resolvedAt: null,
      };
      for (const [k, v] of Object.entries(fields)) thread.set(k, v);
      const messages = t.messages.slice(0, LIMITS.messagesPerThread).map((m) => {
        const entry = {
          id: newId(),
          authorId: authorId(m.authorName),
          authorName: authorName(m.authorName),
          text: m.text.slice(0, LIMITS.messageText),
          createdAt: m.createdAt,
          editedAt: null,
          deleted: false,
          mentions: [],
        };
        return new Y.Map<unknown>(Object.entries(entry));
      });
      thread.set('messages', Y.Array.from(messages));
      comments.set(id, thread);
    }
  });
}
