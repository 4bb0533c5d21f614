import * as Y from 'yjs';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { bindElement, readElement, type BindingMapping, type OnUnreadable, type YType } from './readYjs.ts';
import { replaceMinimal } from './minimalReplace.ts';

/** What the binding knows of the body: its top-level Yjs elements, in the order of the document's children. */
export interface BodyState {
  fragment: Y.XmlFragment;
  blocks: Y.XmlElement[];
  mapping: BindingMapping;
  /**
   * Start positions of the first `valid` top-level blocks of `doc`, the document the last remote
   * change made: a collaborator typing in one block finds its position here, not by adding up the
   * sizes of every block before it at each keystroke.
   */
  starts?: { doc: PMNode; positions: number[]; valid: number };
}

interface Window {
  oldFrom: number;
  oldTo: number;
  newFrom: number;
  newTo: number;
}

/** The body's top-level child holding `type`, forgetting the nodes of `type` and its ancestors on the way. */
function topLevelOf(type: YType, body: BodyState): Y.XmlElement | null {
  let current: YType | null = type;
  while (current && current !== body.fragment) {
    body.mapping.delete(current);
    const parent = (current._item?.parent ?? null) as YType | null;
    if (parent === body.fragment) return current instanceof Y.XmlElement ? current : null;
    current = parent;
  }
  return null;
}

/** The range of `before` and `after` that differs, by identity, as a window (null when identical). */
function structuralWindow(before: Y.XmlElement[], after: Y.XmlElement[]): Window | null {
  const min = Math.min(before.length, after.length);
  let start = 0;
  while (start < min && before[start] === after[start]) start++;
  let end = 0;
  while (end < min - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  if (start === before.length - end && start === after.length - end) return null;
  return { oldFrom: start, oldTo: before.length - end, newFrom: start, newTo: after.length - end };
}

/**
 * Turns one Yjs transaction on the body into ProseMirror steps over the changed ranges only: the
 * top-level blocks that changed (or were inserted or deleted) are read from Yjs, reusing every
 * unchanged subtree, and each is written into `tr` as the smallest replacement. Updates `body`
 * (blocks and mapping) to match. Returns false when it cannot (the document and the binding disagree
 * on the number of blocks, or content had to be dropped): the caller then re-renders everything.
 */
export function applyYjsChanges(
  body: BodyState,
  events: readonly Y.YEvent<YType>[],
  transaction: Y.Transaction,
  tr: Transaction,
  onUnreadable: OnUnreadable,
): boolean {
  const doc = tr.doc;
  if (doc.childCount !== body.blocks.length) return false;
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (struct instanceof Y.Item && struct.content instanceof Y.ContentType) body.mapping.delete(struct.content.type);
  });
  const dirty = new Set<Y.XmlElement>();
  for (const event of events) {
    if (event.target === body.fragment) continue;
    const top = topLevelOf(event.target, body);
    if (top && !top._item?.deleted) dirty.add(top);
  }
  const before = body.blocks;
  let after = before;
  const windows: Window[] = [];
  let shift = 0;
  let structural: Window | null = null;
  if (transaction.changed.has(body.fragment as unknown as YType)) {
    after = body.fragment.toArray().filter((t): t is Y.XmlElement => t instanceof Y.XmlElement);
    structural = structuralWindow(before, after);
    if (structural) {
      windows.push(structural);
      shift = structural.newTo - structural.newFrom - (structural.oldTo - structural.oldFrom);
    }
  }
  const indexOf = dirty.size > 8 ? new Map(before.map((el, i) => [el, i])) : null;
  for (const el of dirty) {
    const i = indexOf ? (indexOf.get(el) ?? -1) : before.indexOf(el);
    if (i < 0) continue;
    if (structural && i >= structural.oldFrom && i < structural.oldTo) continue;
    const j = structural && i >= structural.oldTo ? i + shift : i;
    windows.push({ oldFrom: i, oldTo: i + 1, newFrom: j, newTo: j + 1 });
  }
  if (windows.length === 0) return true;
  // From the end, so earlier positions hold; a replacement before an insertion at the same index.
  windows.sort((a, b) => b.oldFrom - a.oldFrom || b.oldTo - a.oldTo);
  const positions = startPositions(body, doc, windows[0]!.oldTo);
  body.starts = undefined;
  let dropped = false;
  const report: OnUnreadable = (item) => {
    dropped = true;
    onUnreadable(item);
  };
  const built: { window: Window; nodes: PMNode[] }[] = [];
  for (const w of windows) {
    const nodes: PMNode[] = [];
    for (let k = w.newFrom; k < w.newTo; k++) {
      const node = readElement(after[k]!, doc.type.schema, body.mapping, report);
      if (node) nodes.push(node);
    }
    const old: PMNode[] = [];
    for (let k = w.oldFrom; k < w.oldTo; k++) old.push(doc.child(k));
    replaceMinimal(tr, positions[w.oldFrom]!, old, nodes);
    built.push({ window: w, nodes });
  }
  body.blocks = after;
  if (dropped || tr.doc.childCount !== after.length) return false;
  // The blocks before the first change are the same, at the same positions.
  body.starts = { doc: tr.doc, positions, valid: windows[windows.length - 1]!.oldFrom + 1 };
  for (const { window, nodes } of built)
    for (let k = window.newFrom; k < window.newTo; k++) {
      const actual = tr.doc.child(k);
      if (actual !== nodes[k - window.newFrom]) bindElement(after[k]!, actual, body.mapping);
    }
  return true;
}

/**
 * Start positions of the document's first `count + 1` children (index `count`: the end of child
 * count - 1), from those `body.starts` knows of `doc` on.
 */
function startPositions(body: BodyState, doc: PMNode, count: number): number[] {
  const known = body.starts?.doc === doc ? body.starts : null;
  const out = known ? known.positions : [0];
  if (known) out.length = Math.min(out.length, known.valid);
  for (let i = out.length - 1; i < count; i++) out.push(out[i]! + doc.child(i).nodeSize);
  return out;
}
