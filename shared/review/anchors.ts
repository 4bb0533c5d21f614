// README-model: a thread's `anchorFrom` / `anchorTo` are Y.relativePositionToJSON of relative
// positions in the body XmlFragment (normally inside a Y.XmlText). `anchorFrom` associates with the
// character after it (the first of the range), `anchorTo` with the character before it (the last),
// so the range follows its text through concurrent edits and text typed at its edges stays out.
import * as Y from 'yjs';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';

/** y-tiptap's map from Yjs types to the ProseMirror nodes rendering them (an editor's binding has one). */
export type ProsemirrorMapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

/** Relative positions (as JSON, for the `comments` map) anchoring a ProseMirror range of the body. */
export function anchorRange(
  fragment: Y.XmlFragment,
  mapping: ProsemirrorMapping,
  from: number,
  to: number,
): { anchorFrom: unknown; anchorTo: unknown } {
  const doc = fragment.doc;
  if (!doc) throw new Error('the body is not part of a document');
  let start = absolutePositionToRelativePosition(from, fragment, mapping) as Y.RelativePosition;
  const abs = Y.createAbsolutePositionFromRelativePosition(start, doc);
  if (abs && abs.type instanceof Y.XmlText) start = Y.createRelativePositionFromTypeIndex(abs.type, abs.index, 0);
  const end = absolutePositionToRelativePosition(to, fragment, mapping) as Y.RelativePosition;
  return { anchorFrom: Y.relativePositionToJSON(start), anchorTo: Y.relativePositionToJSON(end) };
}

function isRemoved(type: { _item: Y.Item | null }): boolean {
  for (let item = type._item; item; item = (item.parent as { _item: Y.Item | null })._item)
    if (item.deleted) return true;
  return false;
}

function toPosition(doc: Y.Doc, fragment: Y.XmlFragment, mapping: ProsemirrorMapping, json: unknown): number | null {
  if (typeof json !== 'object' || json === null) return null;
  let rel: Y.RelativePosition;
  try {
    rel = Y.createRelativePositionFromJSON(json);
  } catch {
    return null;
  }
  const abs = Y.createAbsolutePositionFromRelativePosition(rel, doc);
  if (!abs || isRemoved(abs.type)) return null;
  return relativePositionToAbsolutePosition(doc, fragment, rel, mapping);
}

/**
 * Where an anchor's text is now, in ProseMirror positions, or null when it is orphaned: its text
 * (or the paragraph holding it) was deleted, or the anchor does not resolve.
 */
export function resolveAnchor(
  fragment: Y.XmlFragment,
  mapping: ProsemirrorMapping,
  anchor: { anchorFrom: unknown; anchorTo: unknown },
): { from: number; to: number } | null {
  const doc = fragment.doc;
  if (!doc) return null;
  const from = toPosition(doc, fragment, mapping, anchor.anchorFrom);
  const to = toPosition(doc, fragment, mapping, anchor.anchorTo);
  if (from === null || to === null || from >= to) return null;
  return { from, to };
}
