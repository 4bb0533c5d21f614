import {
  applySuggestion,
  applySuggestions,
  revertSuggestion,
  revertSuggestions,
  suggestChangesKey,
} from '@handlewithcare/prosemirror-suggest-changes';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';

/** Accepting makes suggested text ordinary text; rejecting removes it (and restores what it deleted). */
export type Verdict = 'accept' | 'reject';

const ZWSP = /\u200B/g;

/**
 * Textblocks whose whole content is text that the review removes (deleted text when accepting,
 * inserted text when rejecting): a suggested new list item or a deleted paragraph, for example.
 */
function blocksToEmpty(doc: PMNode, ids: readonly string[] | null, verdict: Verdict): number[] {
  const removed = verdict === 'accept' ? 'deletion' : 'insertion';
  const out: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (node.childCount === 0) return false;
    let all = true;
    node.forEach((child) => {
      const mark = child.marks.find((m) => m.type.name === removed);
      if (!mark || (ids !== null && !ids.includes(String(mark.attrs.id)))) all = false;
    });
    if (all) out.push(pos);
    return false;
  });
  return out;
}

/**
 * One transaction that accepts or rejects the given suggestions (all of them when `ids` is null),
 * or null when there is nothing to do. The library's commands change the text; blocks left empty
 * because all their text was removed go too (with their list item or list), so a rejected new
 * paragraph or an accepted deleted one leaves nothing behind. It carries the library's skip flag,
 * so suggesting mode never turns an acceptance into another suggestion.
 */
export function reviewSuggestions(
  state: EditorState,
  ids: readonly string[] | null,
  verdict: Verdict,
): Transaction | null {
  const emptied = blocksToEmpty(state.doc, ids, verdict);
  const combined = state.tr;
  if (ids === null) {
    (verdict === 'accept' ? applySuggestions : revertSuggestions)(state, (tr) =>
      tr.steps.forEach((s) => combined.step(s)),
    );
  } else {
    let current = state;
    for (const id of ids) {
      const command = verdict === 'accept' ? applySuggestion(id) : revertSuggestion(id);
      command(current, (tr) => {
        tr.steps.forEach((s) => combined.step(s));
        current = current.apply(tr);
      });
    }
  }
  const mapping = combined.mapping.slice(0);
  for (const pos of emptied.reverse()) {
    const mapped = mapping.mapResult(pos, 1);
    if (mapped.deleted) continue;
    const at = combined.mapping.slice(mapping.maps.length).map(mapped.pos, 1);
    const node = combined.doc.nodeAt(at);
    if (node?.isTextblock && node.textContent.replace(ZWSP, '') === '' && combined.doc.childCount > 1)
      combined.deleteRange(at, at + node.nodeSize);
  }
  if (!combined.docChanged) return null;
  return combined.setMeta(suggestChangesKey, { skip: true });
}
