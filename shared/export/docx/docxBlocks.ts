import { BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { FileChild } from 'docx';
import type { Node as PMNode } from '@tiptap/pm/model';
import { headingLevel, isNumberedParagraph } from '../documentPlan.ts';
import type { DocxContext } from './docxContext.ts';
import { docxInline } from './docxInline.ts';
import { BULLETS, ORDERED, PARAGRAPHS } from './docxStyles.ts';
import { tagLabelParagraph } from './docxTagLabel.ts';
import { captionParagraph, imageParagraph } from './docxFigures.ts';
import { blockScope, takesDirection } from '../../model/blockLanguage.ts';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** Where a block sits: inside which lists (for numbering levels) and whether in a quotation. */
interface Place {
  list: { reference: string; instance: number; level: number } | null;
  quote: boolean;
}

const TOP: Place = { list: null, quote: false };

function paragraphBlock(
  node: PMNode,
  parent: PMNode | null,
  ctx: DocxContext,
  place: Place,
  firstInItem: boolean,
): Paragraph {
  const children = docxInline(node, ctx);
  // w:bidi lays the paragraph out right to left and mirrors its indents and number (Word reads w:ind/@w:left as the start).
  const bidi = ctx.scope.dir === 'rtl' ? { bidirectional: true } : {};
  if (place.list) {
    const { reference, instance, level } = place.list;
    if (firstInItem) return new Paragraph({ ...bidi, children, numbering: { reference, level, instance } });
    return new Paragraph({ ...bidi, children, indent: { left: 454 * (level + 1) } });
  }
  if (place.quote) return new Paragraph({ ...bidi, children, style: 'Quote' });
  if (ctx.options.paragraphNumbers && isNumberedParagraph(node, parent)) {
    ctx.counters.nextParagraph();
    return new Paragraph({ ...bidi, children, numbering: { reference: PARAGRAPHS, level: 0 } });
  }
  return new Paragraph({ ...bidi, children });
}

/** Writes a block in its own direction and language (from its text, else those of the block around it). */
function inScope<T>(node: PMNode, ctx: DocxContext, write: () => T): T {
  if (!takesDirection(node)) return write();
  const outer = ctx.scope;
  ctx.scope = blockScope(node, outer);
  try {
    return write();
  } finally {
    ctx.scope = outer;
  }
}

function tableBlock(node: PMNode, ctx: DocxContext): Table {
  const rows: TableRow[] = [];
  let leadingHeader = true;
  node.forEach((row) => {
    let allHeader = row.childCount > 0;
    const cells: TableCell[] = [];
    row.forEach((cell) => {
      allHeader &&= cell.type.name === 'tableHeader';
      const content = inScope(cell, ctx, () => blocksOf(cell, ctx, TOP)).filter(
        (c): c is Paragraph | Table => c instanceof Paragraph || c instanceof Table,
      );
      cells.push(
        new TableCell({
          children: content.length ? content : [new Paragraph('')],
          columnSpan: Number(cell.attrs.colspan) > 1 ? Number(cell.attrs.colspan) : undefined,
          rowSpan: Number(cell.attrs.rowspan) > 1 ? Number(cell.attrs.rowspan) : undefined,
          shading: cell.type.name === 'tableHeader' ? { fill: 'E8ECF1' } : undefined,
        }),
      );
    });
    leadingHeader &&= allHeader;
    // Header rows repeat at the top of every page the table continues on; rows never split.
    rows.push(new TableRow({ children: cells, tableHeader: leadingHeader || undefined, cantSplit: true }));
  });
  // A right-to-left table puts its first column on the right (w:bidiVisual).
  return new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(ctx.scope.dir === 'rtl' ? { visuallyRightToLeft: true } : {}),
  });
}

function listBlocks(node: PMNode, ctx: DocxContext, place: Place): FileChild[] {
  const ordered = node.type.name === 'orderedList';
  const level = place.list ? Math.min(place.list.level + 1, 5) : 0;
  const list = { reference: ordered ? ORDERED : BULLETS, instance: ordered ? ctx.nextListInstance() : 0, level };
  const out: FileChild[] = [];
  node.forEach((item) =>
    inScope(item, ctx, () => {
      let first = true;
      item.forEach((child) => {
        if (child.type.name === 'paragraph')
          out.push(inScope(child, ctx, () => paragraphBlock(child, item, ctx, { list, quote: place.quote }, first)));
        else out.push(...blockOf(child, item, ctx, { list, quote: place.quote }));
        first = false;
      });
    }),
  );
  return out;
}

function blockOf(node: PMNode, parent: PMNode | null, ctx: DocxContext, place: Place): FileChild[] {
  return inScope(node, ctx, () => blockInScope(node, parent, ctx, place));
}

function blockInScope(node: PMNode, parent: PMNode | null, ctx: DocxContext, place: Place): FileChild[] {
  const label = ctx.options.tags === 'margin' ? tagLabelParagraph(node, ctx) : null;
  const withLabel = (blocks: FileChild[]) => (label ? [label, ...blocks] : blocks);
  switch (node.type.name) {
    case 'paragraph':
      return withLabel([paragraphBlock(node, parent, ctx, place, true)]);
    case 'heading':
      ctx.counters.nextHeading();
      return withLabel([
        new Paragraph({
          heading: HEADINGS[headingLevel(node) - 1],
          children: docxInline(node, ctx),
          ...(ctx.scope.dir === 'rtl' ? { bidirectional: true } : {}),
        }),
      ]);
    case 'blockquote':
      return blocksOf(node, ctx, { ...place, quote: true });
    case 'bulletList':
    case 'orderedList':
      return listBlocks(node, ctx, place);
    case 'table':
      return [tableBlock(node, ctx)];
    case 'image':
      return [imageParagraph(node, ctx, nextIsCaption(node, parent))];
    case 'caption': {
      const caption = captionParagraph(node, ctx, docxInline(node, ctx));
      return caption ? [caption] : [];
    }
    case 'horizontalRule':
      return [
        new Paragraph({
          children: [],
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '888888', space: 1 } },
        }),
      ];
    default:
      return [];
  }
}

/** Whether the block after `node` in `parent` is a caption (the image keeps with it). */
function nextIsCaption(node: PMNode, parent: PMNode | null): boolean {
  let seen = false;
  let next: PMNode | null = null;
  parent?.forEach((child) => {
    if (seen && next === null) next = child;
    if (child === node) seen = true;
  });
  return (next as PMNode | null)?.type.name === 'caption';
}

/** The children of a block node as Word paragraphs and tables, in document order. */
export function blocksOf(node: PMNode, ctx: DocxContext, place: Place = TOP): FileChild[] {
  const out: FileChild[] = [];
  node.forEach((child) => out.push(...blockOf(child, node, ctx, place)));
  return out;
}
