import { imageAttrs } from '../../../shared/schema/image.ts';
import type { ImageRefusal } from '../../../shared/images/imageLimits.ts';
import { DEFAULT_RTF_LIMITS, rtfPictures } from '../../../shared/images/rtfPictures.ts';
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
  /**
   * Images at a file on the copying computer (desktop Word's `file:///.../clip_image001.png`) whose
   * bytes the clipboard did not hold, or not in a form that could be matched to them.
   */
  localLeftOut: number;
}

/** How a paste's images are taken, and what the clipboard held beside its HTML. */
export interface PasteSources {
  /** Checks and stores one image (a file's size is checked before it is read). */
  accept(source: Blob | Uint8Array): Promise<Acceptance>;
  /** What a refused pasted image is called in the message. */
  name: string;
  /** The image size limit, in bytes: no picture read from the RTF keeps more. */
  maxBytes: number;
  /** Image files on the clipboard (a picture copied alone from desktop Word, on some systems). */
  files?: readonly Blob[];
  /** The clipboard's RTF: desktop Word's holds the bytes of the pictures its HTML points at as files. */
  rtf?: string;
}

/** Whether an image's source is a file on the copying computer (what desktop Word's HTML holds). */
function isLocalFile(src: string): boolean {
  return /^\s*file:/i.test(src);
}

/**
 * Where the bytes of `count` images at local files come from, in document order: the clipboard's
 * image files when there is one for each, else the RTF's pictures when there is one for each (a
 * picture in a format Concord does not hold, or over the size limit, is a refusal); null when
 * neither lines up with the images, since an image in the wrong place is worse than none.
 */
function localSources(count: number, sources: PasteSources): (Blob | Uint8Array | ImageRefusal)[] | null {
  if (count === 0) return [];
  if (sources.files?.length === count) return [...sources.files];
  if (!sources.rtf) return null;
  const { pictures } = rtfPictures(sources.rtf, { ...DEFAULT_RTF_LIMITS, maxPictureBytes: sources.maxBytes });
  if (pictures.length !== count) return null;
  return pictures.map((p): Blob | Uint8Array | ImageRefusal => {
    if (p.bytes) return p.bytes;
    if (p.format !== 'other') return { kind: 'too-large', bytes: p.size, maxBytes: sources.maxBytes };
    return { kind: 'unsupported' };
  });
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
 * embedded `data:` images are checked and stored, and become references; so are desktop Word's
 * images at temporary files, whose bytes come from the clipboard's image files or RTF
 * (`localSources`), never from the file. Images at an address (http, https, mail parts...) are
 * removed and counted, never fetched: loading one could tell its owner who opened the document (the
 * web ones are listed, for the member to download if they choose). Each image keeps the width it
 * was shown at. Parsing is inert (DOMParser loads nothing).
 */
export async function embedPastedImages(html: string, sources: PasteSources): Promise<PastedImages> {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let leftOut = 0;
  let localLeftOut = 0;
  const web: PastedImages['web'] = [];
  const refused: PastedImages['refused'] = [];
  const images = [...doc.querySelectorAll('img')];
  const local = localSources(images.filter((img) => isLocalFile(img.getAttribute('src') ?? '')).length, sources);
  let localIndex = 0;
  for (const img of images) {
    const src = img.getAttribute('src') ?? '';
    const source = isLocalFile(src) ? local?.[localIndex++] : dataUrlBytes(src);
    if (!source) {
      if (isLocalFile(src)) localLeftOut++;
      else if (img.hasAttribute('src')) leftOut++;
      if (isWebImage(src) && web.length < MAX_REMOTE_IMAGES && !web.some((w) => w.src === src))
        web.push({ src, alt: img.getAttribute('alt') ?? '' });
      img.remove();
      continue;
    }
    const accepted =
      source instanceof Blob || source instanceof Uint8Array
        ? await sources.accept(source)
        : { ok: false as const, name: sources.name, refusal: source };
    if (!accepted.ok) {
      refused.push(accepted);
      img.remove();
      continue;
    }
    const { image } = accepted;
    const shown = Number(img.getAttribute('width')) || image.width;
    const a = imageAttrs({ ...image, blob: image.hash, size: defaultSize(shown), alt: img.getAttribute('alt') });
    const ref = doc.createElement('img');
    ref.setAttribute('data-blob', image.hash);
    ref.setAttribute('data-type', a.type);
    ref.setAttribute('data-width', String(a.width));
    ref.setAttribute('data-height', String(a.height));
    ref.setAttribute('data-size', String(a.size));
    ref.setAttribute('alt', a.alt);
    img.replaceWith(ref);
  }
  return { html: doc.body.innerHTML, leftOut, localLeftOut, web, refused };
}
