import { describe, expect, it } from 'vitest';
import type { HostApi, PrintRequest, SaveFileRequest } from '../../../shared/host/HostApi.ts';
import { resolveExportOptions } from '../../../shared/export/exportOptions.ts';
import { writeMeta } from '../../../shared/model/documentMeta.ts';
import { createWebHost } from '../host/webHost.ts';
import { documentWithBody, paragraph } from '../testing/editorFixture.ts';
import type { ExportFormat } from '../../../shared/export/exportFormats.ts';
import { exportDocument, type ExportStep } from './exportDocument.ts';

/** The web host, with the file dialog and the printer answered by the test (as the user would). */
function hostAnswering(save: 'save' | 'cancel', pdf: Uint8Array | null = null) {
  const saved: SaveFileRequest[] = [];
  const printed: PrintRequest[] = [];
  const host: HostApi = {
    ...createWebHost(),
    saveFile: async (request) => (
      saved.push(request),
      save === 'save' ? { location: `/out/${request.suggestedName}` } : null
    ),
    printToPdf: async (request) => (printed.push(request), pdf),
    revealFile: async () => undefined,
  };
  return { host, saved, printed };
}

const statement = () => {
  const doc = documentWithBody([paragraph('We call on States to end child detention.')]);
  writeMeta(doc, { title: 'Joint statement' });
  return doc;
};

async function run(host: HostApi, format: ExportFormat) {
  const steps: ExportStep[] = [];
  const outcome = await exportDocument(
    host,
    statement(),
    format,
    resolveExportOptions({ paragraphNumbering: false }),
    {},
    (p) => steps.push(p.step),
    { title: `Export as ${format}`, fileType: `${format} file`, bundleType: 'zip file' },
  );
  return { outcome, steps };
}

describe('exportDocument', () => {
  it('saves Markdown under the document title, reporting its steps', async () => {
    const { host, saved } = hostAnswering('save');
    const { outcome, steps } = await run(host, 'md');
    expect(outcome).toEqual({ kind: 'saved', location: '/out/Joint statement.md' });
    expect(steps).toEqual(['snapshot', 'saving']);
    expect(saved[0]).toMatchObject({ title: 'Export as md', filters: [{ name: 'md file', extensions: ['md'] }] });
    const text = new TextDecoder().decode(saved[0]!.data);
    expect(text).toContain('title: "Joint statement"');
    expect(text).toContain('We call on States to end child detention.');
  });

  it('hands a PDF to the printer, and falls back to the print dialog when the host has none', async () => {
    const desktop = hostAnswering('save', new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    const { outcome, steps } = await run(desktop.host, 'pdf');
    expect(outcome.kind).toBe('saved');
    expect(steps).toEqual(['snapshot', 'layout', 'saving']);
    expect(desktop.printed[0]?.title).toBe('Joint statement');
    expect(desktop.saved[0]?.data).toEqual(new Uint8Array([0x25, 0x50, 0x44, 0x46]));

    const web = hostAnswering('save', null);
    expect((await run(web.host, 'pdf')).outcome).toEqual({ kind: 'print-dialog' });
    expect(web.saved).toEqual([]);
  });

  it('says when the user cancelled the save', async () => {
    expect((await run(hostAnswering('cancel').host, 'html')).outcome).toEqual({ kind: 'cancelled' });
  });
});
