import { AlignmentType, Bookmark, ImageRun, Paragraph, SimpleField, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Node as PMNode } from '@tiptap/pm/model';
import { imageAttrs } from '../../schema/image.ts';
import { fill } from '../exportWording.ts';
import { columnPx } from '../exportFigures.ts';
import { PAPER_SIZES_MM } from '../exportOptions.ts';
import type { DocxContext } from './docxContext.ts';

const ALIGNMENT = { start: AlignmentType.START, center: AlignmentType.CENTER, end: AlignmentType.END } as const;
const RUN_TYPE = { png: 'png', jpeg: 'jpg', gif: 'gif' } as const;

/**
 * An image as a Word picture in its own paragraph: the file's own bytes (no recompression), its
 * shown width of the text column, its alignment, and its alt text as the picture's description
 * (`descr`), which Word reads out. Kept with the caption that follows it.
 */
export function imageParagraph(node: PMNode, ctx: DocxContext, captioned: boolean): Paragraph {
  const a = imageAttrs(node.attrs);
  const image = a.blob ? ctx.images.get(a.blob) : undefined;
  const alignment = ALIGNMENT[a.align];
  if (!image)
    return new Paragraph({
      alignment,
      children: [
        new TextRun({ text: fill(ctx.captions.words.imageMissing, { alt: a.alt || ctx.captions.words.image }) }),
      ],
    });
  const paper = PAPER_SIZES_MM[ctx.options.paper];
  const width = Math.max(
    1,
    Math.round((columnPx(paper.width, ctx.options.margins.left, ctx.options.margins.right) * a.size) / 100),
  );
  const height = Math.max(1, Math.round((width * a.height) / a.width));
  const n = ++ctx.pictures;
  return new Paragraph({
    alignment,
    keepNext: captioned,
    children: [
      new ImageRun({
        type: RUN_TYPE[image.type],
        data: image.bytes,
        transformation: { width, height },
        altText: { name: `Picture ${n}`, description: a.alt, title: a.alt },
      }),
    ],
  });
}

/** Word's sequence names: fixed, whatever the language, so its tables of figures (`TOC \\c`) find them. */
const SEQUENCE = { figure: 'Figure', table: 'Table' } as const;

/** A caption's bookmark name (Word's names take no hyphen). */
function bookmarkName(anchor: string): string {
  return anchor.replace('-', '_');
}

/**
 * A caption in Word's own Caption style: its label in the document's language and its number a SEQ
 * field (with the number as its current value), so Word's "Insert Table of Figures" and
 * cross-references recognise it; the label and number are bookmarked, which the cross-references'
 * REF fields show.
 */
export function captionParagraph(node: PMNode, ctx: DocxContext, inline: ParagraphChild[]): Paragraph | null {
  const next = ctx.captions.next();
  if (!next) return null;
  const label = [
    new TextRun(`${ctx.captions.words[next.entry.kind]} `),
    new SimpleField(`SEQ ${SEQUENCE[next.entry.kind]} \\* ARABIC`, String(next.entry.number)),
  ];
  return new Paragraph({
    style: 'Caption',
    keepNext: next.entry.kind === 'table',
    children: [new Bookmark({ id: bookmarkName(next.anchor), children: label }), new TextRun('. '), ...inline],
  });
}

/**
 * A cross-reference: a REF field to its caption's bookmark, showing the caption's current label
 * ("Figure 3") until Word updates it (F9, or on opening); a reference whose caption is gone is plain text.
 */
export function crossRefRun(node: PMNode, ctx: DocxContext): ParagraphChild {
  const anchor = ctx.captions.anchorOf(node.attrs.target);
  const label = ctx.captions.labelOf(node.attrs.target);
  return anchor ? new SimpleField(`REF ${bookmarkName(anchor)} \\h`, label) : new TextRun(label);
}
