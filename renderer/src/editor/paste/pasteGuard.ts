import type { EditorView } from '@tiptap/pm/view';

/** Clipboard content above this size is refused with a message instead of freezing the editor. */
export const MAX_PASTE_CHARS = 2_000_000;

/** A paste refused for its size, in characters, with the limit. */
export interface OversizedPaste {
  size: number;
  limit: number;
}

/**
 * A ProseMirror handlePaste that refuses oversized pastes and reports them (the caller says why and
 * what to do instead); the document is untouched.
 */
export function pasteGuard(report: (refused: OversizedPaste) => void) {
  return (_view: EditorView, event: ClipboardEvent): boolean => {
    const data = event.clipboardData;
    if (!data) return false;
    const size = Math.max(data.getData('text/html').length, data.getData('text/plain').length);
    if (size <= MAX_PASTE_CHARS) return false;
    report({ size, limit: MAX_PASTE_CHARS });
    return true;
  };
}
