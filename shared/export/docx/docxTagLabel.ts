import { AlignmentType, FrameAnchorType, FrameWrap, Paragraph, TextRun } from 'docx';
import type { Node as PMNode } from '@tiptap/pm/model';
import { blockTags } from '../documentPlan.ts';
import type { DocxContext } from './docxContext.ts';
import { mmToTwip } from './docxStyles.ts';
import { PAPER_SIZES_MM } from '../exportOptions.ts';

/**
 * A block's objective tags as a small label in the margin on the document's start side (left; right
 * in a right-to-left document): a framed paragraph (w:framePr) anchored to the text it precedes, so
 * it moves with that text and never enters the text flow.
 */
export function tagLabelParagraph(node: PMNode, ctx: DocxContext): Paragraph | null {
  if (node.type.name !== 'heading' && node.type.name !== 'paragraph') return null;
  const tags = blockTags(node);
  if (tags.length === 0) return null;
  const rtl = ctx.document.dir === 'rtl';
  const margin = rtl ? ctx.options.margins.right : ctx.options.margins.left;
  const width = Math.max(10, margin - 7);
  // Measured from the page's left edge: the left margin's outer part, or the right margin's.
  const x = rtl ? PAPER_SIZES_MM[ctx.options.paper].width - margin + 4 : 3;
  return new Paragraph({
    style: 'TagLabel',
    alignment: rtl ? AlignmentType.LEFT : AlignmentType.RIGHT,
    frame: {
      type: 'absolute',
      position: { x: mmToTwip(x), y: 0 },
      width: mmToTwip(width),
      anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.TEXT },
      wrap: FrameWrap.AROUND,
    },
    children: [new TextRun(tags.join(' '))],
  });
}
