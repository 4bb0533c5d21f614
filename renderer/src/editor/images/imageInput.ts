import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { hasSourcedImages } from '../../images/pastedImages.ts';

export interface ImageInputOptions {
  /** Image files pasted or dropped; `pos` is where they were dropped (null: at the selection). */
  onFiles(files: File[], pos: number | null): void;
  /**
   * Pasted HTML holding images with a source: the handler embeds or leaves out each, then pastes.
   * `clipboard`: the image files and RTF pasted with it (desktop Word's hold its pictures' bytes).
   */
  onHtml(html: string, clipboard: { files: File[]; rtf: string }): void;
}

/** The files of a paste or drop that are images (anything else is left to the editor). */
function imageFiles(list: FileList | undefined | null): File[] {
  return [...(list ?? [])].filter((f) => f.type.startsWith('image/'));
}

/**
 * Images pasted or dropped into the editor: files (a screenshot, a file from the desktop) and HTML
 * with images (Word, Google Docs, web pages) go to the app's image handling, which checks them,
 * asks for alt text and inserts them; nothing is inserted from an image before it passed the checks.
 */
export const ImageInput = Extension.create<ImageInputOptions>({
  name: 'imageInput',
  addOptions() {
    return { onFiles: () => undefined, onHtml: () => undefined };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        props: {
          handlePaste: (view, event) => {
            const data = event.clipboardData;
            if (!data || !view.editable) return false;
            const html = data.getData('text/html');
            if (html && hasSourcedImages(html)) {
              // Read now: the clipboard is emptied when the event ends.
              options.onHtml(html, { files: imageFiles(data.files), rtf: data.getData('text/rtf') });
              return true;
            }
            const files = imageFiles(data.files);
            if (files.length === 0 || html) return false;
            options.onFiles(files, null);
            return true;
          },
          handleDrop: (view, event, _slice, moved) => {
            const files = imageFiles(event.dataTransfer?.files);
            if (moved || files.length === 0 || !view.editable) return false;
            event.preventDefault();
            const at = view.posAtCoords({ top: event.clientY, left: event.clientX });
            options.onFiles(files, at ? at.pos : null);
            return true;
          },
        },
      }),
    ];
  },
});
