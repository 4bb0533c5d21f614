import { imageAttrs } from '../../../shared/schema/image.ts';
import { defaultSize } from '../editor/images/imageCommands.ts';
import type { Acceptance } from './acceptImage.ts';
import { isWebImage, MAX_REMOTE_IMAGES } from './remoteImages.ts';

/** What became of the images in pasted HTML. */
export interface PastedImages {
  /** The HTML with each kept image as a reference to its stored blob. */
  html: string;
  /** Images left out because they would have to be fetched from an address (web, file, mail part). */
  leftOut: number;
  /** The web (http, https) ones among them, each address once, at most MAX_REMOTE_IMAGES: the member may choose to download them. */
  web: { src: string; alt: string }[];
  /** Embedded images that failed the checks (damaged, too large...). */
  refused: Extract<Acceptance, { ok: false }>[];
}

/** Whether pasted HTML holds any image with a source (embedded or an address) that needs this step. */
export function hasSourcedImages(html: string): boolean {
  return /<img\b[^>]*\ssrc\s*=/i.test(html);
}

/** The bytes of a `data:image/...;base64,` URL, or null for any other source. */
function dataUrlBytes(src: string): Uint8Array | null {
  const match = /^data:image\/[a-z0-9.+-]+;base64,([a-z0-9+/=\s]+)$/i.exec(src.trim());
  if (!match) return null;
  try {
    return Uint8Array.from(atob(match[1]!.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/**
 * Takes the images out of pasted HTML (Word, Google Docs, web pages) before the editor sees it:
 * embedded `data:` images are checked and stored, and become references; images at an address
 * (http, https, file...) are removed and counted, never fetched: loading one could tell its owner
 * who opened the document (the web ones are listed, for the member to download if they choose).
 * Parsing is inert (DOMParser loads nothing).
 */
export async function embedPastedImages(
  html: string,
  accept: (bytes: Uint8Array) => Promise<Acceptance>,
): Promise<PastedImages> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let leftOut = 0;
  const web: PastedImages['web'] = [];
  const refused: PastedImages['refused'] = [];
  for (const img of [...doc.querySelectorAll('img')]) {
    const src = img.getAttribute('src') ?? '';
    const bytes = dataUrlBytes(src);
    if (!bytes) {
      if (img.hasAttribute('src')) leftOut++;
      if (isWebImage(src) && web.length < MAX_REMOTE_IMAGES && !web.some((w) => w.src === src))
        web.push({ src, alt: img.getAttribute('alt') ?? '' });
      img.remove();
      continue;
    }
    const accepted = await accept(bytes);
    if (!accepted.ok) {
      refused.push(accepted);
      img.remove();
      continue;
    }
    const { image } = accepted;
    const a = imageAttrs({ ...image, blob: image.hash, size: defaultSize(image.width), alt: img.getAttribute('alt') });
    const ref = doc.createElement('img');
    ref.setAttribute('data-blob', image.hash);
    ref.setAttribute('data-type', a.type);
    ref.setAttribute('data-width', String(a.width));
    ref.setAttribute('data-height', String(a.height));
    ref.setAttribute('data-size', String(a.size));
    ref.setAttribute('alt', a.alt);
    img.replaceWith(ref);
  }
  return { html: doc.body.innerHTML, leftOut, web, refused };
}
