import { AlignmentType, Bookmark, ImageRun, Paragraph, SimpleField, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Node as PMNode } from '@tiptap/pm/model';
import { imageAttrs } from '../../schema/image.ts';
import { CAPTION_LABELS, MISSING_REFERENCE } from '../../schema/captionNumbers.ts';
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
      children: [new TextRun({ text: `[${a.alt || 'image'}: not available on this computer when exported]` })],
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

/**
 * A caption in Word's own Caption style, its number a SEQ field (with the number as its current
 * value), so Word's "Insert Table of Figures" and cross-references recognise it; bookmarked for
 * Concord's cross-references.
 */
export function captionParagraph(node: PMNode, ctx: DocxContext, inline: ParagraphChild[]): Paragraph | null {
  const next = ctx.captions.next();
  if (!next) return null;
  const word = CAPTION_LABELS[next.entry.kind];
  const label = [
    new TextRun(`${word} `),
    new SimpleField(`SEQ ${word} \\* ARABIC`, String(next.entry.number)),
    new TextRun('. '),
  ];
  return new Paragraph({
    style: 'Caption',
    keepNext: next.entry.kind === 'table',
    children: [new Bookmark({ id: next.anchor.replace('-', '_'), children: label }), ...inline],
  });
}

/** A cross-reference: the caption's current label ("Figure 3"). */
export function crossRefRun(node: PMNode, ctx: DocxContext): TextRun {
  return new TextRun(ctx.captions.numbers.get(String(node.attrs.target))?.label ?? MISSING_REFERENCE);
}
