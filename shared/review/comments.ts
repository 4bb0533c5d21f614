// README-model: comment threads live in the Y.Map `comments`: threadId -> Y.Map {
//   id, anchorFrom, anchorTo (Y.relativePositionToJSON of positions in the body, see schema/anchors.ts),
//   quote (the anchored text when the thread was opened), authorId, authorName, createdAt (ISO),
//   resolved (bool), resolvedBy (name), resolvedAt (ISO), messages: Y.Array of Y.Map {
//     id, authorId, authorName, text, createdAt, editedAt (ISO | null), deleted (bool), mentions: string[] } }
// Each field is its own Y.Map entry, so concurrent replies, edits and resolutions merge. Threads are
// never removed; a deleted message keeps its place with `deleted: true` and empty text.
import * as Y from 'yjs';
import { newId } from '../ids.ts';
import { COMMENTS_FIELD, LIMITS } from './schema/fields.ts';
import type { Author } from './suggestionMeta.ts';
import { LocalizedError } from '../i18n/LocalizedError.ts';

/** What a new message says. */
export interface MessageInput {
  text: string;
  /** `org:<member id>` for a member organisation, `person:<identity id>` for a person. */
  mentions?: readonly string[];
}

/** A new thread: where it is anchored and its first message. */
export interface ThreadInput extends MessageInput {
  anchorFrom: unknown;
  anchorTo: unknown;
  quote: string;
}

/** The Y.Map of all threads. */
export function commentsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(COMMENTS_FIELD);
}

function mentionsOf(input: MessageInput): string[] {
  return [...new Set(input.mentions ?? [])].filter((m) => m.length <= LIMITS.mention).slice(0, LIMITS.mentions);
}

function messageMap(author: Author, input: MessageInput, at: Date): Y.Map<unknown> {
  const text = input.text.trim();
  if (!text) throw new LocalizedError('error.review.emptyComment');
  if (text.length > LIMITS.messageText) throw new LocalizedError('error.review.commentTooLong');
  return new Y.Map<unknown>([
    ['id', newId()],
    ['authorId', author.id],
    ['authorName', author.name],
    ['text', text],
    ['createdAt', at.toISOString()],
    ['editedAt', null],
    ['deleted', false],
    ['mentions', mentionsOf(input)],
  ]);
}

/** Opens a thread on a range of text and returns its id. */
export function createThread(doc: Y.Doc, author: Author, input: ThreadInput, at: Date = new Date()): string {
  const id = newId();
  const messages = new Y.Array<Y.Map<unknown>>();
  messages.push([messageMap(author, input, at)]);
  const thread = new Y.Map<unknown>([
    ['id', id],
    ['anchorFrom', input.anchorFrom],
    ['anchorTo', input.anchorTo],
    ['quote', input.quote.slice(0, LIMITS.quote)],
    ['authorId', author.id],
    ['authorName', author.name],
    ['createdAt', at.toISOString()],
    ['resolved', false],
    ['resolvedBy', null],
    ['resolvedAt', null],
    ['messages', messages],
  ]);
  commentsMap(doc).set(id, thread);
  return id;
}

function thread(doc: Y.Doc, threadId: string): Y.Map<unknown> {
  const found = commentsMap(doc).get(threadId);
  if (!(found instanceof Y.Map)) throw new LocalizedError('error.review.threadGone');
  return found;
}

function messages(doc: Y.Doc, threadId: string): Y.Array<Y.Map<unknown>> {
  const list = thread(doc, threadId).get('messages');
  if (!(list instanceof Y.Array)) throw new LocalizedError('error.review.threadDamaged');
  return list as Y.Array<Y.Map<unknown>>;
}

function ownMessage(doc: Y.Doc, threadId: string, messageId: string, author: Author): Y.Map<unknown> {
  const message = messages(doc, threadId)
    .toArray()
    .find((m) => m.get('id') === messageId);
  if (!message) throw new LocalizedError('error.review.commentGone');
  if (message.get('authorId') !== author.id) throw new LocalizedError('error.review.notYours');
  return message;
}

/** Adds a reply to a thread. */
export function reply(doc: Y.Doc, threadId: string, author: Author, input: MessageInput, at: Date = new Date()): void {
  const list = messages(doc, threadId);
  if (list.length >= LIMITS.messagesPerThread) throw new LocalizedError('error.review.threadFull');
  list.push([messageMap(author, input, at)]);
}

/** Changes the text of one of your own messages. */
export function editMessage(
  doc: Y.Doc,
  threadId: string,
  messageId: string,
  author: Author,
  input: MessageInput,
  at: Date = new Date(),
): void {
  const message = ownMessage(doc, threadId, messageId, author);
  const text = input.text.trim();
  if (!text) throw new LocalizedError('error.review.emptyComment');
  doc.transact(() => {
    message.set('text', text.slice(0, LIMITS.messageText));
    message.set('mentions', mentionsOf(input));
    message.set('editedAt', at.toISOString());
  });
}

/** Deletes one of your own messages: it keeps its place in the thread, marked deleted. */
export function deleteMessage(doc: Y.Doc, threadId: string, messageId: string, author: Author): void {
  const message = ownMessage(doc, threadId, messageId, author);
  doc.transact(() => {
    message.set('deleted', true);
    message.set('text', '');
    message.set('mentions', []);
  });
}

/** Resolves a thread (`resolved: true`) or reopens it. */
export function setResolved(
  doc: Y.Doc,
  threadId: string,
  resolved: boolean,
  author: Author,
  at: Date = new Date(),
): void {
  const t = thread(doc, threadId);
  doc.transact(() => {
    t.set('resolved', resolved);
    t.set('resolvedBy', resolved ? author.name : null);
    t.set('resolvedAt', resolved ? at.toISOString() : null);
  });
}
