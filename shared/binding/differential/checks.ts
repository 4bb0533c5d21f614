import * as Y from 'yjs';
import type { Node as PMNode } from '@tiptap/pm/model';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { BODY_FIELD } from '../../schema/extensions.ts';
import { documentSchema } from '../../schema/schema.ts';
import { readBody } from '../../model/body.ts';
import type { Replica } from './replica.ts';

/**
 * The full-rebuild reference: the whole body read afresh by y-tiptap's own converter (what the stock
 * binding renders after every change). That converter merges adjacent texts the reading client wrote
 * (a Yjs edit), so it reads under a client id nobody uses; a read that still changed the document
 * (content the schema cannot hold) is reported. An empty body renders as ProseMirror's empty document.
 */
export function rebuilt(doc: Y.Doc): PMNode {
  const own = doc.clientID;
  const before = Y.encodeSnapshot(Y.snapshot(doc));
  doc.clientID = 0x7fffffff;
  let node: PMNode;
  try {
    node = yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(BODY_FIELD), documentSchema());
  } finally {
    doc.clientID = own;
  }
  const after = Y.encodeSnapshot(Y.snapshot(doc));
  if (before.length !== after.length || before.some((b, i) => b !== after[i]))
    throw new Error('the reference reader had to change the document: the binding left unreadable content');
  return node.childCount === 0 ? node.type.createAndFill()! : node;
}

type Json = { type: string; text?: string; marks?: unknown; content?: Json[] };

/**
 * Marks in one order whatever order they were added in: several marks of one type that may overlap
 * (objective tags O13 and P4 on the same words) carry no order, and a replica reading them from Yjs
 * lists them as the formatting attributes come while the editor that added them lists them as added
 * (seed 5030 found exactly that).
 */
function canonicalMarks(marks: unknown): unknown {
  if (!Array.isArray(marks)) return marks;
  const keyed = marks.map((m) => [JSON.stringify(m), m] as const);
  return keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, m]) => m);
}

/**
 * Adjacent texts with the same marks as one: ProseMirror keeps "Las" [O1, P6] and "t " [P6, O1]
 * apart (overlapping tags listed in the order each was added) where a replica reading Yjs makes
 * "Last " of them; canonical marks make the two one text (seed 3766).
 */
function joinTexts(content: Json[]): Json[] {
  const out: Json[] = [];
  for (const j of content) {
    const last = out.at(-1);
    if (last?.type === 'text' && j.type === 'text' && JSON.stringify(last.marks) === JSON.stringify(j.marks))
      out[out.length - 1] = { ...last, text: `${last.text ?? ''}${j.text ?? ''}` };
    else out.push(j);
  }
  return out;
}

/**
 * The document as JSON to compare replicas by, marks in a canonical order. Without `nodeMarks`,
 * marks on non-text nodes are left out: y-tiptap's reader (the reference) does not read them (the
 * binding keeps them in a `marks` attribute, `shared/binding/nodeMarks.ts`).
 */
export function comparable(node: PMNode, { nodeMarks = false } = {}): string {
  const strip = (j: Json): Json => {
    const { marks, content, ...rest } = j;
    return {
      ...rest,
      ...((j.type === 'text' || nodeMarks) && marks ? { marks: canonicalMarks(marks) } : {}),
      ...(content ? { content: joinTexts(content.map(strip)) } : {}),
    };
  };
  return JSON.stringify(strip(node.toJSON() as Json));
}

/** Why a replica's editor disagrees with its Yjs body or its binding's bookkeeping is off; null when all is well. */
export function disagreement(r: Replica): string | null {
  const actual = r.state.doc;
  const expected = rebuilt(r.doc);
  if (!actual.eq(expected) && comparable(actual) !== comparable(expected)) {
    let i = 0;
    while (i < actual.childCount && actual.maybeChild(i)?.eq(expected.maybeChild(i)!)) i++;
    const at = (n: PMNode) => (n.maybeChild(i) ? comparable(n.child(i)) : 'nothing');
    return `replica ${r.id}, block ${i} of ${actual.childCount}/${expected.childCount}: editor ${at(actual)}\n  Yjs rebuilt ${at(expected)}`;
  }
  // Marks on footnotes: the reference reader skips them, the binding's reader (as the editor reads) does not.
  const withMarks = comparable(readBody(r.doc), { nodeMarks: true });
  if (withMarks !== comparable(actual, { nodeMarks: true }))
    return `replica ${r.id}: editor differs from its Yjs body in marks on nodes\n  editor ${comparable(actual, { nodeMarks: true })}\n  Yjs    ${withMarks}`;
  const b = r.binding;
  const live = r.doc.getXmlFragment(BODY_FIELD).toArray();
  if (live.length !== b.blocks.length || live.some((el, i) => el !== b.blocks[i]))
    return `replica ${r.id}: binding blocks out of step with the body (${b.blocks.length} vs ${live.length})`;
  if (b.blocks.length === actual.childCount)
    for (let i = 0; i < b.blocks.length; i++) {
      const mapped = b.mapping.get(b.blocks[i]!) as PMNode | undefined;
      if (!mapped || mapped.nodeSize !== actual.child(i).nodeSize)
        return `replica ${r.id}: mapping of block ${i} has size ${mapped?.nodeSize} instead of ${actual.child(i).nodeSize}`;
    }
  return null;
}

/** Why replicas that have exchanged everything differ; null when they converged. */
export function divergence(all: Replica[]): string | null {
  const [first, ...rest] = all;
  const json = JSON.stringify(first!.doc.getXmlFragment(BODY_FIELD).toJSON());
  for (const r of rest) {
    const other = JSON.stringify(r.doc.getXmlFragment(BODY_FIELD).toJSON());
    if (other !== json)
      return `replica ${r.id}: Yjs body differs from replica 0\n${json}\n${other}\n${JSON.stringify([...Y.encodeStateVector(first!.doc)])} ${JSON.stringify([...Y.encodeStateVector(r.doc)])} inboxes ${all.map((x) => x.inbox.length)}`;
    if (comparable(r.state.doc, { nodeMarks: true }) !== comparable(first!.state.doc, { nodeMarks: true }))
      return `replica ${r.id}: editor differs from replica 0`;
  }
  return null;
}
