import { HeadingLevel, PageBreak, Paragraph, TableOfContents } from 'docx';
import type { FileChild, IParagraphOptions, IRunOptions, TextRun } from 'docx';
import type { ExportModel } from '../exportModel.ts';
import type { ExportWording } from '../exportWording.ts';
import { fill } from '../exportWording.ts';
import { signatoryPlacement } from '../reviewText.ts';
import type { DocxContext } from './docxContext.ts';
import { directedParagraph, scopedTextRuns } from './docxLanguage.ts';
import { logoGrid } from './docxLogos.ts';

/** Runs of text written in the document's direction (the cover, closing sections), Arabic runs marked. */
function runs(ctx: DocxContext, text: string, options: IRunOptions = {}): TextRun[] {
  return scopedTextRuns(text, ctx.document, ctx.document, options);
}

/** A paragraph in the document's direction. */
function para(ctx: DocxContext, options: IParagraphOptions): Paragraph {
  return directedParagraph(ctx.document.dir, options);
}

/** The cover page, in the document's language and direction; a page break ends it. */
export function coverBlocks(model: ExportModel, words: ExportWording, ctx: DocxContext): FileChild[] {
  const out: FileChild[] = [];
  const cover = (text: string, extra: { bold?: boolean; caps?: boolean } = {}) =>
    para(ctx, { style: 'ConcordCover', children: runs(ctx, text, { bold: extra.bold, allCaps: extra.caps }) });
  if (model.coalition) out.push(cover(model.coalition, { caps: true }), new Paragraph({ spacing: { after: 1400 } }));
  out.push(...logoGrid(model, ctx));
  out.push(para(ctx, { style: 'Title', children: runs(ctx, model.meta.title) }));
  if (model.meta.subtitle) out.push(para(ctx, { style: 'Subtitle', children: runs(ctx, model.meta.subtitle) }));
  if (model.milestoneTitle) out.push(cover(fill(words.preparedFor, { milestone: model.milestoneTitle })));
  if (model.purpose)
    out.push(para(ctx, { style: 'ConcordCover', children: runs(ctx, model.purpose, { italics: true }) }));
  if (model.date) out.push(cover(model.date));
  if (model.contact) out.push(cover(fill(words.contact, { contact: model.contact })));
  const placement = signatoryPlacement(model);
  if (placement === 'cover' || placement === 'annex') {
    out.push(
      para(ctx, {
        spacing: { before: 800 },
        style: 'ConcordCover',
        children: runs(ctx, words.endorsedBy, { allCaps: true, bold: true }),
      }),
    );
    if (placement === 'annex') out.push(cover(fill(words.endorsedCount, { count: model.signatories.length })));
    else for (const name of model.signatories) out.push(cover(name));
  }
  if (placement === 'none' && model.members?.length) {
    out.push(
      para(ctx, {
        spacing: { before: 800 },
        style: 'ConcordCover',
        children: runs(ctx, words.memberOrganisations, { allCaps: true, bold: true }),
      }),
      ...model.members.map((name) => cover(name)),
    );
  }
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

/** The contents: a TOC field that Word fills in (it asks to update fields on opening) from Heading1-3. */
export function contentsBlocks(words: ExportWording, ctx: DocxContext): FileChild[] {
  return [
    para(ctx, {
      children: runs(ctx, words.contents, { bold: true, size: 30, sizeComplexScript: 30, font: 'Arial' }),
      spacing: { after: 200 },
    }),
    new TableOfContents(words.contents, { hyperlink: true, headingStyleRange: '1-3' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/**
 * A table of figures and tables under its title in the document's language: Word fills it from the
 * Caption paragraphs' SEQ fields (their sequence names are fixed, see docxFigures.ts).
 */
export function figuresListBlocks(words: ExportWording, ctx: DocxContext): FileChild[] {
  return [
    para(ctx, {
      children: runs(ctx, words.listOfFigures, { bold: true, size: 30, sizeComplexScript: 30, font: 'Arial' }),
      spacing: { after: 200 },
    }),
    new TableOfContents(words.figure, { hyperlink: true, captionLabelIncludingNumbers: 'Figure' }),
    new TableOfContents(words.table, { hyperlink: true, captionLabelIncludingNumbers: 'Table' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

/** A closing section: a Heading1 and one paragraph per line (a letter's signatories, the note on facts, the annex). */
export function closingBlocks(
  ctx: DocxContext,
  title: string,
  lines: readonly string[],
  options: { intro?: string; pageBreakBefore?: boolean } = {},
): FileChild[] {
  if (lines.length === 0) return [];
  const heading = para(ctx, {
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: options.pageBreakBefore,
    children: runs(ctx, title),
  });
  const first = options.intro ? [para(ctx, { children: runs(ctx, options.intro) })] : [];
  return [heading, ...first, ...lines.map((line) => para(ctx, { children: runs(ctx, line) }))];
}
