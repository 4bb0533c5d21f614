import {
  AlignmentType,
  ImageRun,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { FileChild } from 'docx';
import type { ExportModel } from '../exportModel.ts';
import { readImageHeader } from '../../images/imageFormat.ts';
import { columnPx } from '../exportFigures.ts';
import { PAPER_SIZES_MM } from '../exportOptions.ts';
import type { DocxContext } from './docxContext.ts';

const RUN_TYPE = { png: 'png', jpeg: 'jpg', gif: 'gif' } as const;
/** Logos are 48 CSS pixels high (about 13 mm), at most 160 wide. */
const HEIGHT = 48;
const MAX_WIDTH = 160;
/** Logos a row holds: four when each fits a quarter of the column, else three (as the PDF cover's grid wraps them). */
const WIDE_ROW = 4;
const NARROW_ROW = 3;
/** Space kept around a logo in its cell, in CSS pixels (Word's default cell margins and a gap). */
const CELL_PADDING = 16;
/** Twips (Word's table widths) per CSS pixel. */
const TWIPS_PER_PX = 15;

/**
 * The member organisations' logos on the Word cover: a borderless table, a grid like the PDF
 * cover's, each logo a picture described by its organisation (read out by Word). Four a row when
 * they fit, three otherwise; the first column is on the right in a right-to-left document.
 */
export function logoGrid(model: ExportModel, ctx: DocxContext): FileChild[] {
  const logos = model.logos.flatMap(({ organisation, blob }) => {
    const image = model.images.get(blob);
    const header = image ? readImageHeader(image.bytes) : null;
    if (!image || !header?.ok) return [];
    const scale = Math.min(HEIGHT / header.header.height, MAX_WIDTH / header.header.width);
    const width = Math.max(1, Math.round(header.header.width * scale));
    const height = Math.max(1, Math.round(header.header.height * scale));
    return [{ organisation, image, width, height }];
  });
  if (logos.length === 0) return [];
  const paper = PAPER_SIZES_MM[ctx.options.paper];
  const column = columnPx(paper.width, ctx.options.margins.left, ctx.options.margins.right);
  const fitsFour = logos.every((l) => l.width + CELL_PADDING <= column / WIDE_ROW);
  const perRow = Math.min(logos.length, fitsFour ? WIDE_ROW : NARROW_ROW);
  const cellTwips = Math.floor((column / (fitsFour ? WIDE_ROW : NARROW_ROW)) * TWIPS_PER_PX);
  const rows: TableRow[] = [];
  for (let start = 0; start < logos.length; start += perRow) {
    const cells = Array.from({ length: perRow }, (_, k) => {
      const logo = logos[start + k];
      const n = start + k + 1;
      const children = logo
        ? [
            new ImageRun({
              type: RUN_TYPE[logo.image.type],
              data: logo.image.bytes,
              transformation: { width: logo.width, height: logo.height },
              altText: { name: `Logo ${n}`, description: logo.organisation, title: logo.organisation },
            }),
          ]
        : [];
      return new TableCell({
        width: { size: cellTwips, type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        children: [new Paragraph({ alignment: AlignmentType.START, spacing: { after: 120 }, children })],
      });
    });
    rows.push(new TableRow({ children: cells, cantSplit: true }));
  }
  const table = new Table({
    rows,
    borders: TableBorders.NONE,
    layout: TableLayoutType.FIXED,
    columnWidths: Array.from({ length: perRow }, () => cellTwips),
    width: { size: cellTwips * perRow, type: WidthType.DXA },
    ...(ctx.scope.dir === 'rtl' ? { visuallyRightToLeft: true } : {}),
  });
  return [table, new Paragraph({ spacing: { after: 480 } })];
}
