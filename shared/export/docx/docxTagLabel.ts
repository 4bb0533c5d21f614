import { AlignmentType, FrameAnchorType, FrameWrap, Paragraph, TextRun } from 'docx';
import type { Node as PMNode } from '@tiptap/pm/model';
import { blockTags } from '../documentPlan.ts';
import type { DocxContext } from './docxContext.ts';
import { mmToTwip } from './docxStyles.ts';

/**
 * A block's objective tags as a small label in the left margin: a framed paragraph (w:framePr)
 * anchored to the text it precedes, so it moves with that text and never enters the text flow.
 */
export function tagLabelParagraph(node: PMNode, ctx: DocxContext): Paragraph | null {
  if (node.type.name !== 'heading' && node.type.name !== 'paragraph') return null;
  const tags = blockTags(node);
  if (tags.length === 0) return null;
  const left = ctx.options.margins.left;
  return new Paragraph({
    style: 'TagLabel',
    alignment: AlignmentType.RIGHT,
    frame: {
      type: 'absolute',
      position: { x: mmToTwip(3), y: 0 },
      width: mmToTwip(Math.max(10, left - 7)),
      anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.TEXT },
      wrap: FrameWrap.AROUND,
    },
    children: [new TextRun(tags.join(' '))],
  });
}
