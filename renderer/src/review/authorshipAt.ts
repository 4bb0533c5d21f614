import type { EditorState } from '@tiptap/pm/state';
import { authorHighlightsKey } from './authorHighlights.ts';

/**
 * Who wrote the text at the caret (the character before it, else the one after) as "who wrote what"
 * colours it: a name, null for an unknown author, undefined when it is off or the caret touches no
 * text. The author in words, for whoever cannot tell the colours apart.
 */
export function authorshipAt(state: EditorState): string | null | undefined {
  const set = authorHighlightsKey.getState(state)?.set;
  if (!set) return undefined;
  const pos = state.selection.from;
  const near = set.find(Math.max(0, pos - 1), pos + 1);
  const run = near.find((d) => d.from < pos && d.to >= pos) ?? near.find((d) => d.from <= pos && d.to > pos);
  if (!run) return undefined;
  const author: unknown = run.spec.author;
  return typeof author === 'string' ? author : null;
}
