import type { Node as PMNode } from '@tiptap/pm/model';
import { imageAttrs } from '../../schema/image.ts';
import { imageRefsInBody } from '../../images/imageRefs.ts';
import type { ExportCaptions, ExportImages } from '../exportFigures.ts';
import { fill } from '../exportWording.ts';
import { escapeMarkdown, markdownInline } from './markdownInline.ts';
import type { InlineSink } from './markdownInline.ts';

/** State of one Markdown render: notes, captions in order, and where each image's file is. */
export interface MarkdownContext extends InlineSink {
  captions: ExportCaptions;
  /** Image SHA-256 to the relative link of its file beside the `.md` (`markdownImageFiles`). */
  imageLinks: ReadonlyMap<string, string>;
}

/** An image file to write beside the Markdown file: its path relative to it, and its bytes. */
export interface MarkdownImageFile {
  path: string;
  bytes: Uint8Array;
}

const EXTENSION = { png: 'png', jpeg: 'jpg', gif: 'gif' } as const;

/**
 * The image files of a Markdown export, in the folder `folder` beside the `.md` (say `report-images`):
 * each image once, its own bytes, named in document order (`image-1.png`), and the links to them.
 */
export function markdownImageFiles(
  body: PMNode,
  images: ExportImages,
  folder: string,
): { files: MarkdownImageFile[]; links: Map<string, string> } {
  const files: MarkdownImageFile[] = [];
  const links = new Map<string, string>();
  for (const hash of imageRefsInBody(body)) {
    const image = images.get(hash);
    if (!image) continue;
    const name = `image-${files.length + 1}.${EXTENSION[image.type]}`;
    files.push({ path: `${folder}/${name}`, bytes: image.bytes });
    links.set(hash, `${encodeURIComponent(folder)}/${name}`);
  }
  return { files, links };
}

/** An image as `![alt](folder/image-1.png)`, or the note that it was not on this computer. */
export function imageMarkdown(node: PMNode, ctx: MarkdownContext): string {
  const a = imageAttrs(node.attrs);
  const link = a.blob ? ctx.imageLinks.get(a.blob) : undefined;
  if (!link) return escapeMarkdown(fill(ctx.captions.words.imageMissing, { alt: a.alt || ctx.captions.words.image }));
  return `![${escapeMarkdown(a.alt)}](${link})`;
}

/** A caption with its label and number, which Markdown has no form for: "*Figure 3.* Cases by month". */
export function captionMarkdown(node: PMNode, ctx: MarkdownContext, inTable = false): string {
  const next = ctx.captions.next();
  const text = markdownInline(node, ctx, inTable);
  return next ? `*${escapeMarkdown(next.entry.label)}.* ${text}` : text;
}
