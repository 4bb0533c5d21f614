import { describe, expect, it } from 'vitest';
import { resolveExportOptions, DEFAULT_MARGINS_MM } from './exportOptions.ts';
import { toElectronPrintToPdfOptions, toPlaywrightPdfOptions } from './pdfOptions.ts';

describe('printer options', () => {
  it('defaults paragraph numbering from the document and margins from the paper', () => {
    expect(resolveExportOptions({ paragraphNumbering: true })).toEqual({
      paper: 'a4',
      margins: DEFAULT_MARGINS_MM.a4,
      paragraphNumbers: true,
      tags: 'margin',
      notes: 'footnotes',
      comments: 'none',
      suggestions: 'accepted',
      confidenceNote: 'none',
      listOfFigures: false,
    });
    expect(
      resolveExportOptions({ paragraphNumbering: true }, { paper: 'letter', paragraphNumbers: false }).margins,
    ).toEqual(DEFAULT_MARGINS_MM.letter);
    expect(() => resolveExportOptions({ paragraphNumbering: false }, { paper: 'a3' })).toThrow();
    expect(() => resolveExportOptions({ paragraphNumbering: false }, { colour: true })).toThrow();
  });

  it('maps the same options to Playwright and to Electron: CSS page size, zero margins, tagged, outline', () => {
    const letter = resolveExportOptions({ paragraphNumbering: false }, { paper: 'letter' });
    expect(toPlaywrightPdfOptions(letter)).toEqual({
      width: '215.9mm',
      height: '279.4mm',
      margin: { top: '0mm', right: '0mm', bottom: '0mm', left: '0mm' },
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
      tagged: true,
      outline: true,
    });
    const electron = toElectronPrintToPdfOptions(letter);
    expect(electron.pageSize).toEqual({ width: 8.5, height: 11 });
    expect(electron).toMatchObject({
      margins: { top: 0, right: 0, bottom: 0, left: 0 },
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    expect(toElectronPrintToPdfOptions(resolveExportOptions({ paragraphNumbering: false })).pageSize).toEqual({
      width: 8.2677,
      height: 11.6929,
    });
  });
});
