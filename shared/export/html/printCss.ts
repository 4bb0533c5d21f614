import type { ExportOptions } from '../exportOptions.ts';
import { PAPER_SIZES_MM } from '../exportOptions.ts';
import { cssString } from './escape.ts';
import { shortTitle } from '../documentPlan.ts';
import { directionOf } from '../../i18n/locales.ts';
import type { Locale } from '../../i18n/locales.ts';
import { exportWording, wordingParts } from '../exportWording.ts';
import { fontCss, hyphenates } from './printFonts.ts';

/** Member organisations' logos on the cover, in a grid. */
function coverLogosCss(): string {
  return `.cover-logos { display: flex; flex-wrap: wrap; gap: 6mm 8mm; align-items: center; margin: 0 0 14mm; }
.cover-logos img { max-height: 18mm; max-width: 40mm; width: auto; height: auto; }
.cover-purpose { font-size: 10.5pt; margin: 10mm 0 0; max-width: 130mm; }
.cover-contact { font-size: 9.5pt; color: #333; margin: 4mm 0 0; }`;
}

/** What the stylesheet depends on besides the options. */
export interface PrintCssInput {
  title: string;
  /** The document's language: fonts, hyphenation, direction, the words of the page footer. */
  language: Locale;
  /** Paged print (Paged.js) or a plain reading page. */
  paged: boolean;
  /** Number of footnotes, for their call numbers. */
  notes?: number;
}

/**
 * The typography shared by the paged print and the plain reading HTML, in logical directions
 * (start/end), so a right-to-left document mirrors: paragraph numbers, lists, quotations and
 * contents. Objective labels stay in the margin on the document's start side (left in English,
 * right in Arabic), whatever the direction of the block they sit on.
 */
function typographyCss(options: ExportOptions, language: Locale): string {
  const rtl = directionOf(language) === 'rtl';
  const startMargin = rtl ? options.margins.right : options.margins.left;
  const labelWidth = Math.max(10, startMargin - 6);
  const labelSide = rtl ? 'right' : 'left';
  return `
${fontCss()}
html { font-family: var(--serif); font-size: 11pt; line-height: 1.38; color: #111; }
body { margin: 0; }
.doc-body { position: relative; }
.heading-group { break-inside: avoid; break-after: avoid; }
h1, h2, h3 { font-family: var(--sans); line-height: 1.2; break-after: avoid; break-inside: avoid; position: relative; }
h1 { font-size: 15pt; margin: 14pt 0 6pt; }
h2 { font-size: 12.5pt; margin: 12pt 0 5pt; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; font-style: italic; }
p { margin: 0 0 6pt; orphans: 2; widows: 2; text-align: start;${hyphenates(language) ? ' hyphens: auto;' : ''} }
p.numbered { padding-inline-start: 9mm; }
.para-no { display: inline-block; width: 9mm; margin-inline-start: -9mm; }
ul, ol { margin: 0 0 6pt; padding-inline-start: 8mm; }
li > p { margin-bottom: 3pt; }
blockquote { margin: 0 0 6pt; margin-inline-start: 8mm; font-style: italic; }
/* Arabic and Chinese have no italics (a slanted Naskh or Song is wrong): quotations and h3 stay upright. */
blockquote:lang(ar), blockquote:lang(zh), h3:lang(ar), h3:lang(zh) { font-style: normal; }
blockquote:lang(ar), blockquote:lang(zh) { border-inline-start: 1.5pt solid #999; padding-inline-start: 3mm; }
hr { border: 0; border-top: 0.5pt solid #888; margin: 8pt 0; }
a { color: #1a4f8b; text-decoration: underline; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; font-size: 9.5pt; line-height: 1.25; }
th, td { border: 0.5pt solid #777; padding: 2pt 4pt; vertical-align: top; text-align: start; }
th { background: #e8ecf1; font-weight: bold; }
tr { break-inside: avoid; }
td > p, th > p { margin: 0; }
.tag-label { position: absolute; ${labelSide}: -${startMargin - 3}mm; width: ${labelWidth}mm; text-align: ${rtl ? 'left' : 'right'}; direction: ltr; font-family: var(--sans); font-size: 6.5pt; font-weight: normal; font-style: normal; line-height: 1.3; color: #4a5a6a; }
.cover { text-align: start; }
.cover-coalition { font-family: var(--sans); font-size: 11pt; text-transform: uppercase; letter-spacing: 0.06em; color: #333; margin-bottom: 30mm; }
.cover-title { font-family: var(--sans); font-size: 24pt; font-weight: bold; line-height: 1.15; margin: 0 0 6mm; }
.cover-subtitle { font-size: 14pt; margin: 0 0 14mm; }
.cover-milestone, .cover-date, .cover-contact { font-size: 11pt; margin: 0 0 2mm; }
.cover-purpose { font-style: italic; font-size: 11pt; max-width: 130mm; margin: 0 0 10mm; }
.cover-signatories { margin-top: 18mm; }
.cover-label { font-family: var(--sans); font-size: 9pt; text-transform: uppercase; letter-spacing: 0.05em; color: #555; margin-bottom: 2mm; }
.cover-signatories ul { list-style: none; padding: 0; columns: 2; column-gap: 8mm; font-size: 10pt; }
.toc-title { font-family: var(--sans); font-size: 15pt; font-weight: bold; margin: 0 0 8pt; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 0 0 3pt; }
.toc .toc-l2 { padding-inline-start: 6mm; }
.toc .toc-l3 { padding-inline-start: 12mm; font-size: 10pt; }
.toc a { color: inherit; text-decoration: none; display: flex; align-items: baseline; }
.toc a::before { content: ""; order: 1; flex: 1 1 auto; border-bottom: 0.6pt dotted #777; margin: 0 3pt; min-width: 8mm; }
.toc a::after { order: 2; }
.endnotes ol { list-style: none; padding: 0; font-size: 9.5pt; }
.endnotes li { margin-bottom: 3pt; }
.note-no { display: inline-block; min-width: 7mm; }
.note-call { font-size: 70%; line-height: 0; }
.note-call a { text-decoration: none; }
ins.suggestion { text-decoration: underline; text-decoration-color: #1f6f3f; color: #1f6f3f; }
del.suggestion { text-decoration: line-through; text-decoration-color: #a02828; color: #a02828; }
.comment-call { font-family: var(--sans); font-size: 60%; line-height: 0; color: #6a4a00; }
.comment-call a { color: inherit; text-decoration: none; }
.comment-notes ol, .annex ul { list-style: none; padding: 0; font-size: 9.5pt; }
.comment-notes li { margin-bottom: 5pt; break-inside: avoid; }
.comment-quote { font-style: italic; }
.comment-orphaned { color: #666; }
.comment-msg { margin: 1pt 0 0; margin-inline-start: 7mm; }
.comment-author { font-weight: bold; }
.annex ul { columns: 2; column-gap: 8mm; }
.signatories ul { list-style: none; padding: 0; columns: 2; column-gap: 8mm; }
.facts-note { font-size: 9.5pt; }
.figure { margin: 8pt auto 3pt; break-inside: avoid; break-after: avoid; max-width: 100%; }
.figure-start { margin-left: 0; }
.figure-end { margin-right: 0; }
.figure img { display: block; width: 100%; height: auto; }
.figure-missing p { border: 0.5pt dashed #777; padding: 6pt; font-style: italic; color: #555; }
.caption { font-family: "Liberation Sans", Arial, sans-serif; font-size: 9pt; color: #333; text-align: center; margin: 0 0 10pt; }
.caption-table { break-after: avoid; margin: 8pt 0 3pt; }
.caption-label { font-weight: bold; }
.cross-ref { color: inherit; text-decoration: none; }
${coverLogosCss()}
`;
}

/** "page " counter(page) " of " counter(pages), in the document's language. */
function pageNumberContent(language: Locale): string {
  return wordingParts(exportWording(language).page)
    .map((part) => ('text' in part ? cssString(part.text) : `counter(${part.value === 'pages' ? 'pages' : 'page'})`))
    .join(' ');
}

/**
 * Paged.js lays pages out in CSS columns and looks for overflow to the right, and its page grid puts
 * the left margin in the first column: in a right-to-left page both would flip (text beyond the first
 * page lost, margins swapped). So its page structure stays left to right, and what it holds (the text,
 * the notes at the foot of the page, the running header and footer) is right to left.
 */
function rtlPagesCss(): string {
  return `.pagedjs_pages { direction: ltr; }
.pagedjs_page_content > *, .pagedjs_footnote_area, .pagedjs_margin-content { direction: rtl; }`;
}

/** Page boxes, running header, page numbers, footnote area and cross-reference numbers, for Paged.js. */
function pagedCss(options: ExportOptions, title: string, language: Locale): string {
  const paper = PAPER_SIZES_MM[options.paper];
  const m = options.margins;
  const margin = (box: string) => `font-family: var(--sans); font-size: 8pt; color: #444; ${box}`;
  return `
@page {
  size: ${paper.width}mm ${paper.height}mm;
  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-center { content: ${cssString(shortTitle(title))}; ${margin('vertical-align: bottom; padding-bottom: 4mm;')} }
  @bottom-center { content: ${pageNumberContent(language)}; ${margin('vertical-align: top; padding-top: 4mm;')} }
  @footnote { border-top: 0.5pt solid #777; padding-top: 2mm; margin-top: 4mm; }
}
${directionOf(language) === 'rtl' ? rtlPagesCss() : ''}
@page cover {
  @top-center { content: none; }
  @bottom-center { content: none; }
}
.cover { page: cover; break-after: page; padding-top: 20mm; }
.toc { break-after: page; }
.toc a::after { content: target-counter(attr(href url), page); }
.footnote { float: footnote; font-size: 8.5pt; line-height: 1.25; font-style: normal; font-weight: normal; text-align: start; }
.footnote[data-footnote-marker] { list-style: none; }
.footnote[data-footnote-marker]::marker { content: none; }
.footnote[data-footnote-call]::after { vertical-align: super; font-size: 70%; line-height: 0; font-variant-position: normal; }
.endnotes, .comment-notes, .annex { break-before: page; }
`;
}

/** Each footnote call shows its own number: Paged.js's counters go wrong when a note moves to the next page. */
function footnoteCallCss(notes: number): string {
  let css = '';
  for (let n = 1; n <= notes; n++) css += `.footnote.fn-${n}[data-footnote-call]::after{content:"${n}"}\n`;
  return css;
}

/** The whole stylesheet of the print HTML; `paged` adds the paged-media rules. */
export function printCss(options: ExportOptions, input: PrintCssInput): string {
  const { title, language, paged, notes = 0 } = input;
  const reading = `
@media screen { body { max-width: 170mm; margin: 12mm auto; padding: 0 ${options.margins.left}mm 0 ${options.margins.left}mm; } }
.cover { border-bottom: 0.5pt solid #999; margin-bottom: 10mm; padding-bottom: 8mm; }
.toc { margin-bottom: 10mm; }
`;
  return (
    typographyCss(options, language) + (paged ? pagedCss(options, title, language) + footnoteCallCss(notes) : reading)
  );
}
