import { afterEach, describe, expect, it } from 'vitest';
import { resolveExportOptions } from '../../../shared/export/exportOptions.ts';
import { renderPrintHtml } from '../../../shared/export/html/renderPrintHtml.ts';
import { snapshotExportModel } from '../../../shared/export/exportModel.ts';
import { writeMeta } from '../../../shared/model/documentMeta.ts';
import { documentWithBody, paragraph } from '../testing/editorFixture.ts';
import { pagedRuntimeUrl } from '../export/pagedScript.ts';
import { printInFrame } from './printFrame.ts';

afterEach(() => document.querySelectorAll('iframe[data-print-frame]').forEach((f) => f.remove()));

/** A report long enough for several pages, with a footnote, as the export dialog would print it. */
async function printPage(): Promise<string> {
  const long = Array.from({ length: 40 }, (_, i) =>
    paragraph(`Paragraph ${i + 1}: ${'Regular pathways. '.repeat(30)}`),
  );
  const doc = documentWithBody([
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Key messages' }] },
    paragraph('Detention is a last resort.', {
      type: 'footnote',
      content: [{ type: 'text', text: 'A/RES/73/195, para 29.' }],
    }),
    ...long,
  ]);
  writeMeta(doc, { title: 'Shadow report' });
  const options = resolveExportOptions({ paragraphNumbering: false });
  return renderPrintHtml(snapshotExportModel(doc, {}), options, { pagedScriptUrl: await pagedRuntimeUrl() });
}

describe('printInFrame', () => {
  it('reports pages as Paged.js lays them out and prints once layout is done', async () => {
    const heard: number[] = [];
    await expect(printInFrame(await printPage(), 'Shadow report', (n) => heard.push(n))).resolves.toBeNull();
    const frame = document.querySelector<HTMLIFrameElement>('iframe[data-print-frame]')!;
    const laid = frame.contentDocument!;
    expect(laid.documentElement.getAttribute('data-layout')).toBe('done');
    const pages = laid.querySelectorAll('.pagedjs_page').length;
    expect(pages).toBeGreaterThan(3);
    expect(heard.at(-1)).toBe(pages);
    expect(heard).toEqual([...heard].sort((a, b) => a - b));
    expect(laid.querySelector('.pagedjs_footnote_area .footnote')?.textContent).toContain('A/RES/73/195, para 29.');
  });

  it('fails with the reason when the layout fails, and removes the frame', async () => {
    // A script of the page failing while it lays out (the page's policy lets this test's one run too).
    const broken = (await printPage())
      .replace(/script-src ([^"]+)"/, "script-src $1 'unsafe-inline'\"")
      .replace('</head>', '<script>throw new Error("no room for the table")</script></head>');
    await expect(printInFrame(broken, 'Broken', () => undefined)).rejects.toMatchObject({
      messageId: 'error.print.layout',
      message: expect.stringContaining('no room for the table'),
    });
    expect(document.querySelector('iframe[data-print-frame]')).toBeNull();
  });

  it('fails clearly when the layout script cannot be loaded', async () => {
    const missing = (await printPage()).replaceAll(
      await pagedRuntimeUrl(),
      new URL('/missing-runtime.js', location.href).href,
    );
    await expect(printInFrame(missing, 'Missing')).rejects.toMatchObject({ messageId: 'error.print.runtime' });
  });
});
