import * as Y from 'yjs';
import type { JSONContent } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { isVisible } from '@tiptap/y-tiptap';
import { BODY_FIELD } from '../schema/extensions.ts';

/** One stretch of text added or removed between two states, and who did it (identity id, if known). */
export interface TextChange {
  kind: 'added' | 'removed';
  text: string;
  authorId: string | null;
  /** Where it is (added) or was (removed) in the current text, as a ProseMirror position. */
  at: number;
}

/** Both states merged into one body: removed text kept and marked, added text marked (`reviewChange`). */
export interface Comparison {
  content: JSONContent;
  changes: TextChange[];
}

export interface CompareOptions {
  schema: Schema;
  pud: Y.PermanentUserData | null;
  /** Names and colours for the marks in `content`, by identity id. */
  people?: ReadonlyMap<string, { name: string; colour: string }>;
  /** The later state (default: the document now). */
  cur?: Y.Snapshot;
}

interface YChange {
  type: 'added' | 'removed';
  user: string | null;
}

interface DeltaOp {
  insert: unknown;
  attributes?: Record<string, unknown>;
}

function sameFormatting(a: DeltaOp, b: DeltaOp): boolean {
  const strip = (op: DeltaOp) =>
    JSON.stringify(
      Object.entries(op.attributes ?? {})
        .filter(([k]) => k !== 'ychange')
        .sort(),
    );
  return strip(a) === strip(b);
}

/** Text removed and the same text added back in the same place (a restore, a paste over itself) is no change. */
function cancelRetyped(raw: DeltaOp[]): DeltaOp[] {
  // Yjs splits ops per item when a change object is new; join equal neighbours first.
  const ops: DeltaOp[] = [];
  for (const op of raw) {
    const last = ops[ops.length - 1];
    if (
      last &&
      typeof last.insert === 'string' &&
      typeof op.insert === 'string' &&
      JSON.stringify(last.attributes ?? {}) === JSON.stringify(op.attributes ?? {})
    )
      last.insert += op.insert;
    else ops.push({ ...op });
  }
  const out: DeltaOp[] = [];
  for (let i = 0; i < ops.length; i++) {
    const a = ops[i]!;
    const b = ops[i + 1];
    const kinds = [
      (a.attributes?.ychange as YChange | undefined)?.type,
      (b?.attributes?.ychange as YChange | undefined)?.type,
    ];
    if (
      b &&
      typeof a.insert === 'string' &&
      a.insert === b.insert &&
      kinds.includes('added') &&
      kinds.includes('removed') &&
      sameFormatting(a, b)
    ) {
      const { ychange: _drop, ...attributes } = a.attributes ?? {};
      out.push({ insert: a.insert, attributes });
      i++;
    } else out.push(a);
  }
  return out;
}

type YList = Parameters<typeof Y.typeListToArraySnapshot>[0];

function marksOf(attributes: Record<string, unknown> | undefined, schema: Schema): JSONContent['marks'] {
  const marks: NonNullable<JSONContent['marks']> = [];
  for (const [key, value] of Object.entries(attributes ?? {})) {
    const name = key.split('--')[0]!;
    if (name === 'ychange' || !schema.marks[name]) continue;
    marks.push(
      typeof value === 'object' && value !== null
        ? { type: name, attrs: value as Record<string, unknown> }
        : { type: name },
    );
  }
  return marks;
}

/**
 * Compares the body at `prev` with the body at `cur` (default: now), Yjs item by item, so every
 * change is attributed through the permanent user data (insertions by client id, deletions by the
 * deleter's recorded delete sets). Needs the document's history (gc off).
 */
export function compareSnapshots(doc: Y.Doc, prev: Y.Snapshot, options: CompareOptions): Comparison {
  const { pud, schema, people } = options;
  const cur = options.cur ?? Y.snapshot(doc);
  // Split items deleted by different people, so each deletion is attributed to its own deleter.
  if (pud) doc.transact((tr) => pud.dss.forEach((ds) => Y.iterateDeletedStructs(tr, ds, () => {})));
  const computeYChange = (type: 'added' | 'removed', id: Y.ID): YChange => ({
    type,
    user:
      ((type === 'added' ? pud?.getUserByClientId(id.client) : pud?.getUserByDeletedId(id)) as
        string | null | undefined) ?? null,
  });
  const changes: TextChange[] = [];
  let at = 0;
  const note = (kind: TextChange['kind'], text: string, authorId: string | null) => {
    const last = changes[changes.length - 1];
    if (
      last &&
      last.kind === kind &&
      last.authorId === authorId &&
      last.at + (kind === 'added' ? last.text.length : 0) === at
    )
      last.text += text;
    else changes.push({ kind, text, authorId, at });
  };
  const union = new Y.Snapshot(prev.ds, cur.sv);
  const children = (type: YList, forced: YChange | null): JSONContent[] => {
    const out: JSONContent[] = [];
    for (const child of Y.typeListToArraySnapshot(type, union) as unknown[]) {
      const item = (child as { _item: Y.Item })._item;
      const now = isVisible(item, cur);
      const before = isVisible(item, prev);
      if (!now && !before) continue;
      const change =
        forced ?? (!now ? computeYChange('removed', item.id) : !before ? computeYChange('added', item.id) : null);
      if (child instanceof Y.XmlText) out.push(...text(child, forced));
      else if (child instanceof Y.XmlElement) {
        const nodeType = schema.nodes[child.nodeName];
        if (!nodeType) continue;
        const counts = now && change?.type !== 'removed';
        const node: JSONContent = {
          type: child.nodeName,
          attrs: child.getAttributes(now ? cur : prev) as Record<string, unknown>,
        };
        if (nodeType.isLeaf) at += counts ? 1 : 0;
        else {
          at += counts ? 1 : 0;
          node.content = children(child, change?.type === 'removed' ? change : forced);
          at += counts ? 1 : 0;
        }
        out.push(node);
      }
    }
    return out;
  };
  const text = (ytext: Y.XmlText, forced: YChange | null): JSONContent[] => {
    const delta = cancelRetyped(ytext.toDelta(cur, prev, computeYChange) as DeltaOp[]);
    return delta.flatMap((op) => {
      if (typeof op.insert !== 'string' || !op.insert) return [];
      const change =
        (op.attributes?.ychange as YChange | undefined) ?? (forced?.type === 'removed' ? forced : undefined);
      const marks = marksOf(op.attributes, schema) ?? [];
      if (change) {
        note(change.type, op.insert, change.user);
        const person = change.user ? people?.get(change.user) : undefined;
        marks.push({
          type: 'reviewChange',
          attrs: { kind: change.type, author: person?.name ?? '', colour: person?.colour ?? '#888888' },
        });
      }
      if (change?.type !== 'removed') at += op.insert.length;
      return [{ type: 'text', text: op.insert, ...(marks.length ? { marks } : {}) }];
    });
  };
  const content: JSONContent = { type: 'doc', content: children(doc.getXmlFragment(BODY_FIELD), null) };
  return { content, changes };
}
