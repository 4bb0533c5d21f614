// README-model: the document carries a Y.PermanentUserData on the Y.Map `users` (its default name):
// user description = identity id -> the Yjs client ids that person has used, and the deletions
// they made in the body. With `people` (people.ts) it names who inserted and who deleted any text,
// for "who wrote what", version comparison and the summary of changes since you last looked.
import * as Y from 'yjs';
import type { Schema } from '@tiptap/pm/model';
import { BODY_FIELD } from '../schema/extensions.ts';
import { recordPerson } from './people.ts';
import { USERS_FIELD } from './schema/fields.ts';
import type { Author } from './suggestionMeta.ts';

const attached = new WeakMap<Y.Doc, Y.PermanentUserData>();
const mapped = new WeakMap<Y.Doc, string>();

/** The document's permanent user data (one instance per Y.Doc). */
export function permanentUserData(doc: Y.Doc): Y.PermanentUserData {
  let pud = attached.get(doc);
  if (!pud) attached.set(doc, (pud = new Y.PermanentUserData(doc, doc.getMap(USERS_FIELD))));
  return pud;
}

function inBody(type: { _item: Y.Item | null }, body: Y.XmlFragment): boolean {
  for (
    let t: { _item: Y.Item | null } | null = type;
    t;
    t = t._item ? (t._item.parent as { _item: Y.Item | null }) : null
  )
    if (t === body) return true;
  return false;
}

/**
 * Maps this Y.Doc's client id to `author`, once per document and client, and records their name.
 * Only deletions in the body are written to `users` (comments and metadata churn would only bloat it).
 */
export function attachAuthor(doc: Y.Doc, author: Author): Y.PermanentUserData {
  const pud = permanentUserData(doc);
  recordPerson(doc, author);
  if (mapped.get(doc) === author.id) return pud;
  mapped.set(doc, author.id);
  const body = doc.getXmlFragment(BODY_FIELD);
  pud.setUserMapping(doc, doc.clientID, author.id, {
    filter: (tr) => [...tr.changed.keys()].some((t) => inBody(t, body)),
  });
  return pud;
}

/** A stretch of text inserted by one Yjs client, in positions relative to the start of its block. */
export interface ClientRun {
  from: number;
  to: number;
  client: number;
}

/**
 * Which Yjs client inserted each stretch of text of one top-level block (a Y.XmlElement), in
 * ProseMirror positions relative to the block's start, by walking its Yjs items once.
 */
export function blockClientRuns(block: Y.XmlElement, schema: Schema): ClientRun[] {
  const runs: ClientRun[] = [];
  const walk = (type: { _start: Y.Item | null }, start: number): number => {
    let pos = start;
    for (let item = type._start; item; item = item.right) {
      if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
      const child = item.content.type;
      if (child instanceof Y.XmlText) {
        for (let t = child._start; t; t = t.right) {
          if (t.deleted || !t.countable) continue;
          const last = runs[runs.length - 1];
          if (t.content instanceof Y.ContentString) {
            if (last && last.to === pos && last.client === t.id.client) last.to += t.length;
            else runs.push({ from: pos, to: pos + t.length, client: t.id.client });
          }
          pos += t.length;
        }
      } else if (child instanceof Y.XmlElement) {
        const nodeType = schema.nodes[child.nodeName];
        if (!nodeType) continue;
        pos = nodeType.isLeaf ? pos + 1 : walk(child, pos + 1) + 1;
      }
    }
    return pos;
  };
  if (!schema.nodes[block.nodeName]?.isLeaf) walk(block, 1);
  return runs;
}

/** A stretch of the current body written by one person (null: unknown, e.g. imported text). */
export interface AuthorRun {
  from: number;
  to: number;
  authorId: string | null;
}

/** The identity id a Yjs client id belongs to, if the permanent user data knows it. */
export function authorOfClient(pud: Y.PermanentUserData, client: number): string | null {
  const user: unknown = pud.getUserByClientId(client);
  return typeof user === 'string' ? user : null;
}

/** Who wrote each stretch of the body, in ProseMirror positions of the current text (one pass, O(document)). */
export function authorRuns(doc: Y.Doc, pud: Y.PermanentUserData, schema: Schema): AuthorRun[] {
  const runs: AuthorRun[] = [];
  let pos = 0;
  for (const block of doc.getXmlFragment(BODY_FIELD).toArray()) {
    if (!(block instanceof Y.XmlElement) || !schema.nodes[block.nodeName]) continue;
    for (const r of blockClientRuns(block, schema)) {
      const authorId = authorOfClient(pud, r.client);
      const last = runs[runs.length - 1];
      if (last && last.to === pos + r.from && last.authorId === authorId) last.to = pos + r.to;
      else runs.push({ from: pos + r.from, to: pos + r.to, authorId });
    }
    pos += schema.nodes[block.nodeName]!.isLeaf ? 1 : blockSize(block, schema);
  }
  return runs;
}

/** The ProseMirror size of a block, from its Yjs content. */
function blockSize(block: Y.XmlElement, schema: Schema): number {
  const size = (type: Y.XmlElement): number =>
    type.toArray().reduce((sum, child) => {
      if (child instanceof Y.XmlText) return sum + child.length;
      if (!(child instanceof Y.XmlElement) || !schema.nodes[child.nodeName]) return sum;
      return sum + (schema.nodes[child.nodeName]!.isLeaf ? 1 : size(child));
    }, 2);
  return size(block);
}
