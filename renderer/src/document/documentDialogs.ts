import type { FootnoteTarget } from '../editor/FootnoteDialog.tsx';
import type { TagTarget } from '../tags/tagCommands.ts';
import type { ImageRef } from '../editor/images/imageCommands.ts';

/** The dialogs of an open document; at most one is open. */
export type DocumentDialog =
  | { kind: 'footnote'; target: FootnoteTarget }
  | { kind: 'link' }
  | { kind: 'tag'; target: TagTarget }
  | { kind: 'template' }
  | { kind: 'export' }
  /** Saving a private document's file: encrypted or in the clear. */
  | { kind: 'saveFile' }
  | { kind: 'cover' }
  | { kind: 'image'; image: ImageRef; pos: number | null }
  | { kind: 'imageAlt'; pos: number }
  | { kind: 'crossRef' };

/** Opening a dialog, or closing the one that is open. */
export type DialogAction = { type: 'open'; dialog: DocumentDialog } | { type: 'close' };

/**
 * The document view's dialog state. One dialog at a time: a request while one is open (a menu
 * command, a shortcut behind a modal) is ignored rather than replacing what the user is typing in.
 */
export function dialogReducer(open: DocumentDialog | null, action: DialogAction): DocumentDialog | null {
  if (action.type === 'close') return null;
  return open ?? action.dialog;
}
