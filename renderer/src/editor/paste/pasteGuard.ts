import type { EditorView } from '@tiptap/pm/view';

/** Clipboard content above this size is refused with a message instead of freezing the editor. */
export const MAX_PASTE_CHARS = 2_000_000;

/**
 * A ProseMirror handlePaste that refuses oversized pastes and says why; the document is untouched
 * and the user is told what to do instead.
 */
export function pasteGuard(report: (message: string) => void) {
  return (_view: EditorView, event: ClipboardEvent): boolean => {
    const data = event.clipboardData;
    if (!data) return false;
    const size = Math.max(data.getData('text/html').length, data.getData('text/plain').length);
    if (size <= MAX_PASTE_CHARS) return false;
    report(
      `That paste is too large (${(size / 1_000_000).toFixed(1)} million characters; the limit is ${MAX_PASTE_CHARS / 1_000_000} million). Nothing was pasted: paste it in parts, or import the file instead.`,
    );
    return true;
  };
}
