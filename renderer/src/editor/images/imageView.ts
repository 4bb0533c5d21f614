import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';
import { ImageNode, imageAttrs, type ImageAttrs } from '../../../../shared/schema/image.ts';
import type { ImageServices } from './imageServices.ts';
import { startResize } from './imageResize.ts';

export interface ImageEditingOptions {
  services: ImageServices | null;
}

/**
 * The image as the writer sees it: the picture from the local store at its shown size and alignment,
 * or, while its bytes are still on their way from the relay, a placeholder of the same proportions
 * (never a broken document). A handle resizes it keeping its aspect ratio.
 */
export const ImageEditing = ImageNode.extend<ImageEditingOptions>({
  addOptions() {
    return { services: null };
  },
  addNodeView() {
    return ({ node, getPos, view }) => {
      const services = this.options.services;
      const dom = document.createElement('figure');
      dom.className = 'image-block';
      dom.contentEditable = 'false';
      const frame = dom.appendChild(document.createElement('div'));
      frame.className = 'image-frame';
      const handle = dom.appendChild(document.createElement('span'));
      handle.className = 'image-resize';
      let attrs = imageAttrs(node.attrs);
      let release = () => undefined as void;
      const show = (a: ImageAttrs, previous: ImageAttrs | null) => {
        dom.dataset.align = a.align;
        dom.style.width = `${a.size}%`;
        frame.style.aspectRatio = `${a.width} / ${a.height}`;
        dom.classList.toggle('image-no-alt', a.alt === '');
        const t = services?.t;
        if (t) {
          handle.title = t('image.resize');
          dom.title = a.alt ? t('image.described', { alt: a.alt }) : t('image.noAlt');
          dom.dataset.noAlt = t('image.noAlt');
        }
        const img = frame.querySelector('img');
        if (img) img.alt = a.alt;
        if (previous?.blob === a.blob) return;
        release();
        release = load(a);
      };
      const load = (a: ImageAttrs): (() => void) => {
        frame.replaceChildren(placeholder(services?.t('image.onItsWay') ?? ''));
        if (!services || !a.blob) return () => undefined;
        const hash = a.blob;
        let stopWanting: (() => void) | null = null;
        const stopWaiting = services.blobs.whenPresent(hash, () => {
          stopWanting?.();
          stopWanting = null;
          void services.blobs.objectUrl(hash).then((url) => {
            if (!url || attrs.blob !== hash) return;
            const img = document.createElement('img');
            img.src = url;
            img.alt = attrs.alt;
            img.draggable = false;
            frame.replaceChildren(img);
          });
        });
        void services.blobs.has(hash).then((here) => {
          if (!here && attrs.blob === hash) stopWanting = services.want(hash);
        });
        return () => {
          stopWaiting();
          stopWanting?.();
        };
      };
      show(attrs, null);
      handle.addEventListener('pointerdown', (event) =>
        startResize(event, dom, attrs.align, (size) => setSize(view, getPos(), size)),
      );
      return {
        dom,
        update: (updated: PMNode) => {
          if (updated.type.name !== 'image') return false;
          const next = imageAttrs(updated.attrs);
          const previous = attrs;
          attrs = next;
          show(next, previous);
          return true;
        },
        ignoreMutation: () => true,
        stopEvent: (event: Event) => event.target === handle,
        destroy: () => release(),
      };
    };
  },
});

function placeholder(text: string): HTMLElement {
  const el = document.createElement('span');
  el.className = 'image-placeholder';
  el.textContent = text;
  return el;
}

function setSize(view: EditorView, pos: number | undefined, size: number): void {
  if (typeof pos !== 'number' || !view.editable) return;
  const node = view.state.doc.nodeAt(pos);
  if (node?.type.name !== 'image') return;
  view.dispatch(view.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, size: imageAttrs({ size }).size }));
}
