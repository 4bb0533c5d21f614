import type { ExportOptions } from './exportOptions.ts';
import { PAPER_SIZES_MM } from './exportOptions.ts';

/**
 * Paged.js draws each page box at full paper size with the document's margins, running header and
 * footer inside it, so Chromium itself must add no margin of its own: margins are explicitly zero
 * and the CSS page size wins. Both printers get the same mapping from the same options.
 */

/** The subset of Playwright's `page.pdf()` options the exporter sets. */
export interface PlaywrightPdfOptions {
  width: string;
  height: string;
  margin: { top: string; right: string; bottom: string; left: string };
  printBackground: true;
  preferCSSPageSize: true;
  displayHeaderFooter: false;
  tagged: true;
  outline: true;
}

/** The subset of Electron's `webContents.printToPDF()` options the exporter sets (sizes in inches). */
export interface ElectronPrintToPdfOptions {
  pageSize: { width: number; height: number };
  margins: { top: number; right: number; bottom: number; left: number };
  landscape: false;
  printBackground: true;
  preferCSSPageSize: true;
  displayHeaderFooter: false;
  scale: 1;
  generateTaggedPDF: true;
  generateDocumentOutline: true;
}

const MM_PER_INCH = 25.4;

/** Options for Playwright's `page.pdf()` (command line, tests). */
export function toPlaywrightPdfOptions(options: ExportOptions): PlaywrightPdfOptions {
  const paper = PAPER_SIZES_MM[options.paper];
  return {
    width: `${paper.width}mm`,
    height: `${paper.height}mm`,
    margin: { top: '0mm', right: '0mm', bottom: '0mm', left: '0mm' },
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    tagged: true,
    outline: true,
  };
}

/** Options for Electron's `webContents.printToPDF()` (desktop app); a pure mapping of the same options. */
export function toElectronPrintToPdfOptions(options: ExportOptions): ElectronPrintToPdfOptions {
  const paper = PAPER_SIZES_MM[options.paper];
  return {
    pageSize: { width: round(paper.width / MM_PER_INCH), height: round(paper.height / MM_PER_INCH) },
    margins: { top: 0, right: 0, bottom: 0, left: 0 },
    landscape: false,
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
    scale: 1,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

function round(inches: number): number {
  return Math.round(inches * 10000) / 10000;
}
