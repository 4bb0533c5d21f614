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

/** Where one anchor is; with `live`, null when its text or the paragraph holding it was deleted. */
function toPosition(fragment: Y.XmlFragment, mapping: ProsemirrorMapping, json: unknown, live: boolean): number | null {
  const doc = fragment.doc;
  if (!doc || typeof json !== 'object' || json === null) return null;
  try {
    const rel = Y.createRelativePositionFromJSON(json);
    // Not following undone deletions: only the replica that undid a deletion knows which new text
    // replaced the deleted one (Yjs keeps that link locally), so following it would anchor a comment
    // there and orphan it everywhere else.
    const abs = Y.createAbsolutePositionFromRelativePosition(rel, doc, false);
    // y-tiptap places an anchor in a deleted paragraph where that paragraph was: live, it is orphaned.
    if (!abs || (live && isRemoved(abs.type))) return null;
    // The same place as a position on live content, which y-tiptap's conversion reads alike everywhere.
    const stable = isRemoved(abs.type) ? rel : Y.createRelativePositionFromTypeIndex(abs.type, abs.index, rel.assoc);
    return relativePositionToAbsolutePosition(doc, fragment, stable, mapping);
  } catch {
    // A collaborator's malformed anchor orphans its thread; it never breaks the editor or an export.
    return null;
  }
}

/**
 * Where an anchor's text is now, in ProseMirror positions of the body that `mapping` maps (an
 * editor's binding, or initProseMirrorDoc for an export), or null when it is orphaned: its text (or
 * the paragraph holding it) was deleted, or the anchor does not resolve. The editor and the export
 * both place comments with this, so a comment never shows in one where the other has none.
 */
export function resolveAnchor(
  fragment: Y.XmlFragment,
  mapping: ProsemirrorMapping,
  anchor: { anchorFrom: unknown; anchorTo: unknown },
): { from: number; to: number } | null {
  const from = toPosition(fragment, mapping, anchor.anchorFrom, true);
  const to = toPosition(fragment, mapping, anchor.anchorTo, true);
  if (from === null || to === null || from >= to) return null;
  return { from, to };
}

/** Where an orphaned thread's text was (or its paragraph), for an export to mark the place; null when unknown. */
export function orphanPosition(
  fragment: Y.XmlFragment,
  mapping: ProsemirrorMapping,
  anchor: { anchorFrom: unknown },
): number | null {
  return toPosition(fragment, mapping, anchor.anchorFrom, false);
}
