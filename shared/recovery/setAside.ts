// When the relay refuses a change, the app sets it aside: it shows the person what it was (and lets
// them copy it), returns the document to what the relay accepted, and never sends the change again.
// This file says what was set aside, in terms a person recognises.
import * as Y from 'yjs';
import { META_FIELD } from '../model/documentMeta.ts';
import { BODY_FIELD } from '../schema/extensions.ts';
import {
  COMMENTS_FIELD,
  PEOPLE_FIELD,
  STATUS_LOG_FIELD,
  USERS_FIELD,
  VERSIONS_FIELD,
} from '../review/schema/fields.ts';

/** One thing set aside, as the person made it. */
export type SetAsideItem =
  | { kind: 'title'; text: string }
  | { kind: 'setting'; name: string; value: string }
  | { kind: 'text'; text: string }
  | { kind: 'removed'; text: string }
  | { kind: 'comment'; text: string; kept: boolean }
  | { kind: 'other'; name: string };

/** Characters kept of one piece of text set aside (the rest is cut with an ellipsis). */
const MAX_TEXT = 5000;
/** Items listed at most (a refused offline afternoon can be long; the copy says how many were left out). */
const MAX_ITEMS = 200;

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

/** The text of every top-level block of the body (inserted and deleted suggestions alike). */
function blocks(doc: Y.Doc): string[] {
  const textOf = (node: Y.XmlElement | Y.XmlText): string =>
    node instanceof Y.XmlText
      ? (node.toDelta() as { insert: unknown }[]).map((d) => (typeof d.insert === 'string' ? d.insert : '')).join('')
      : node
          .toArray()
          .map((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText ? textOf(child) : ''))
          .join(' ');
  return doc
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .map((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText ? textOf(child) : ''))
    .map((text) => text.replace(/\u200B/g, '').trim())
    .filter(Boolean);
}

/** Every message of every thread: thread id + message id -> text. */
function messages(doc: Y.Doc): Map<string, string> {
  const out = new Map<string, string>();
  doc.getMap<unknown>(COMMENTS_FIELD).forEach((thread, threadId) => {
    const list = thread instanceof Y.Map ? thread.get('messages') : null;
    if (!(list instanceof Y.Array)) return;
    for (const message of list.toArray())
      if (message instanceof Y.Map)
        out.set(`${threadId}/${String(message.get('id'))}`, String(message.get('text') ?? ''));
  });
  return out;
}

/** A root's content as JSON, read as the type the review model gives it. */
function contentOf(doc: Y.Doc, name: string): unknown {
  return name === VERSIONS_FIELD || name === STATUS_LOG_FIELD ? doc.getArray(name).toJSON() : doc.getMap(name).toJSON();
}

/** `relay` with `local`'s changes merged in: the document as the person had it. */
export function mergedCopy(local: Y.Doc, relay: Y.Doc): Y.Doc {
  const merged = new Y.Doc({ gc: false });
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(relay));
  Y.applyUpdate(merged, Y.encodeStateAsUpdate(local, Y.encodeStateVector(relay)));
  return merged;
}

/**
 * What `local` has that the relay's copy (`relay`) does not: its title and settings, the text added
 * and removed (by block), comments (`kept` when they are sent again: `rebuild.ts`), and the other
 * parts of the document it changed.
 */
export function describeSetAside(
  local: Y.Doc,
  relay: Y.Doc,
  keptComments: ReadonlySet<string> = new Set(),
): SetAsideItem[] {
  const merged = mergedCopy(local, relay);
  const items: SetAsideItem[] = [];
  const mine = merged.getMap<unknown>(META_FIELD);
  const theirs = relay.getMap<unknown>(META_FIELD);
  mine.forEach((value, key) => {
    if (JSON.stringify(value) === JSON.stringify(theirs.get(key))) return;
    if (key === 'title') items.push({ kind: 'title', text: clip(String(value)) });
    else items.push({ kind: 'setting', name: key, value: clip(JSON.stringify(value) ?? '') });
  });
  const before = blocks(relay);
  const after = blocks(merged);
  const had = new Set(before);
  const has = new Set(after);
  for (const text of after) if (!had.has(text)) items.push({ kind: 'text', text: clip(text) });
  for (const text of before) if (!has.has(text)) items.push({ kind: 'removed', text: clip(text) });
  const known = messages(relay);
  for (const [key, text] of messages(merged))
    if (known.get(key) !== text && text) items.push({ kind: 'comment', text: clip(text), kept: keptComments.has(key) });
  // Attribution is written again by the app whenever it opens the document: not worth listing.
  const described = new Set([META_FIELD, BODY_FIELD, COMMENTS_FIELD, USERS_FIELD, PEOPLE_FIELD]);
  // Other roots the local copy changed: named, not spelled out (versions, sign-on, status log…).
  for (const name of merged.share.keys()) {
    if (described.has(name)) continue;
    let same = false;
    try {
      same = JSON.stringify(contentOf(merged, name)) === JSON.stringify(contentOf(relay, name));
    } catch {
      // A root of another type than the app's: changed, whatever it holds.
    }
    if (!same) items.push({ kind: 'other', name });
  }
  merged.destroy();
  return items.slice(0, MAX_ITEMS);
}
