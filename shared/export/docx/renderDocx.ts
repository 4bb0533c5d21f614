import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { IRunOptions } from 'docx';
import type { ExportModel } from '../exportModel.ts';
import type { ExportOptions } from '../exportOptions.ts';
import { PAPER_SIZES_MM } from '../exportOptions.ts';
import { shortTitle } from '../documentPlan.ts';
import { exportWording, wordingParts } from '../exportWording.ts';
import type { ExportWording } from '../exportWording.ts';
import { blocksOf } from './docxBlocks.ts';
import { createDocxContext } from './docxContext.ts';
import { ExportCaptions } from '../exportFigures.ts';
import type { DocxContext } from './docxContext.ts';
import { mmToTwip, numberingOptions, stylesOptions } from './docxStyles.ts';
import { createDocxReview, wordComments } from './docxReview.ts';
import { closingBlocks, contentsBlocks, coverBlocks, figuresListBlocks } from './docxFrontMatter.ts';
import { directedParagraph, scopedTextRuns } from './docxLanguage.ts';
import { markDocumentRtl } from './docxRtl.ts';
import { mapComments, prepareBody } from '../suggestionView.ts';
import { commentPoints } from '../commentPoints.ts';
import { openComments, printedUncertainties, signatoryPlacement } from '../reviewText.ts';

const SMALL: IRunOptions = { size: 16, sizeComplexScript: 16, color: '444444', font: 'Arial' };

/** "page X of Y" with Word's PAGE and NUMPAGES fields, in the document's language and direction. */
function pageFooter(words: ExportWording, ctx: DocxContext): Paragraph {
  const children = wordingParts(words.page).flatMap((part) =>
    'text' in part
      ? scopedTextRuns(part.text, ctx.document, ctx.document, SMALL)
      : [new TextRun({ children: [part.value === 'pages' ? PageNumber.TOTAL_PAGES : PageNumber.CURRENT], ...SMALL })],
  );
  return directedParagraph(ctx.document.dir, { alignment: AlignmentType.CENTER, children });
}

/**
 * The document as a Word file, written from the model (not from HTML): cover page, a TOC field,
 * Heading1-3, real list and paragraph numbering, tables with repeating header rows, Word footnotes
 * (or endnotes), links, objective tags as margin labels, running header and "page X of Y".
 * Languages: the defaults carry the document's language (`w:lang`), every paragraph its direction
 * (`w:bidi`), right-to-left runs `w:rtl`, a block in another language its own tag, and the section of a
 * right-to-left document is right to left (`w:bidi` in `w:sectPr`); the export's own words are in the
 * document's language. Review: every open comment thread becomes Word comments (replies threaded to
 * the first message) and suggestions become tracked changes with their author and time, whatever
 * `options.comments` and `options.suggestions` say (Word's Review tab hides, accepts or rejects them).
 */
export async function renderDocx(model: ExportModel, options: ExportOptions): Promise<Uint8Array> {
  const language = model.meta.language;
  const words = exportWording(language);
  const prepared = prepareBody(model.body, 'marked');
  // Resolved threads are settled discussions: they stay in Concord, like the PDF's comment endnotes.
  const comments = openComments(mapComments(model.comments, prepared));
  const review = createDocxReview(comments, model.suggestions, commentPoints(prepared.body, comments));
  const captions = new ExportCaptions(prepared.body, words);
  const ctx = createDocxContext(options, review, { images: model.images, captions }, language);
  const body = blocksOf(prepared.body, ctx);
  const paper = PAPER_SIZES_MM[options.paper];
  const m = options.margins;
  const doc = new Document({
    title: model.meta.title,
    subject: model.meta.subtitle || undefined,
    creator: model.coalition || 'Concord',
    features: { updateFields: true },
    styles: stylesOptions(language),
    numbering: numberingOptions(),
    comments: { children: wordComments(comments, review, words, ctx.document) },
    footnotes: ctx.footnotes,
    endnotes: ctx.endnotes,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mmToTwip(paper.width), height: mmToTwip(paper.height) },
            margin: {
              top: mmToTwip(m.top),
              right: mmToTwip(m.right),
              bottom: mmToTwip(m.bottom),
              left: mmToTwip(m.left),
              header: mmToTwip(10),
              footer: mmToTwip(10),
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              directedParagraph(ctx.document.dir, {
                alignment: AlignmentType.CENTER,
                children: scopedTextRuns(shortTitle(model.meta.title), ctx.document, ctx.document, SMALL),
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph('')] }),
        },
        footers: {
          default: new Footer({ children: [pageFooter(words, ctx)] }),
          first: new Footer({ children: [new Paragraph('')] }),
        },
        children: [
          ...coverBlocks(model, words, ctx),
          ...contentsBlocks(words, ctx),
          ...(options.listOfFigures && captions.entries.length ? figuresListBlocks(words, ctx) : []),
          ...body,
          ...closingBlocks(ctx, words.signatories, signatoryPlacement(model) === 'end' ? model.signatories : []),
          ...closingBlocks(ctx, words.facts, printedUncertainties(model, options), { intro: words.factsIntro }),
          ...closingBlocks(
            ctx,
            words.endorsingOrganisations,
            signatoryPlacement(model) === 'annex' ? model.signatories : [],
            {
              pageBreakBefore: true,
            },
          ),
        ],
      },
    ],
  });
  const packed = await Packer.pack(doc, 'uint8array');
  return ctx.document.dir === 'rtl' ? markDocumentRtl(packed) : packed;
}
