import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../../../shared/import/importBudget.ts';
import { importInWorker } from './importInWorker.ts';
import formatsDocxUrl from '../../../test/fixtures/word/docx-image-formats.docx?url';
import { readImageHeader } from '../../../shared/images/imageFormat.ts';

// Import runs in a real Web Worker of the app (Chromium, vitest browser mode): a file within its
// limits comes back as a document; one past the time or work budget is refused with the message
// the user sees, and the window goes on.
const markdown = (text: string) => new TextEncoder().encode(text);

describe('importInWorker', () => {
  it('imports a Markdown file off the window thread', async () => {
    const imported = await importInWorker(
      'field-notes.md',
      markdown('# Field notes\n\nWater points checked: 12.\n'),
      'Untitled',
    );
    expect(imported.title).toBe('Field notes');
    expect(JSON.stringify(imported.doc)).toContain('Water points checked: 12.');
  });

  it('ends a worker past the time limit and refuses the file', async () => {
    const started = performance.now();
    const refused = importInWorker(
      'long.md',
      markdown('# Long\n\n' + 'A line of text.\n\n'.repeat(20_000)),
      'Untitled',
      {
        ...IMPORT_LIMITS,
        timeMs: 1,
      },
    );
    await expect(refused).rejects.toThrow(/takes too long to import/);
    // Refused at the limit, not after the import finished.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('refuses a file past the work budget with the too-complex message', async () => {
    const refused = importInWorker('big.md', markdown('# Big\n\n' + '*a* '.repeat(50_000)), 'Untitled', {
      ...IMPORT_LIMITS,
      maxWork: 1_000,
    });
    await expect(refused).rejects.toThrow(/too large or too deeply structured to import/);
  });

  it('keeps a Word file’s WebP picture as a PNG the worker decodes, and names the formats it leaves out', async () => {
    const bytes = new Uint8Array(await (await fetch(formatsDocxUrl)).arrayBuffer());
    const imported = await importInWorker('formats.docx', bytes, 'Untitled');
    const sizes = imported.images?.map((i) => {
      const header = readImageHeader(i.bytes);
      return header.ok ? [header.header.type, header.header.width, header.header.height] : null;
    });
    expect(sizes).toEqual([
      ['png', 120, 80],
      ['png', 300, 200],
    ]);
    expect(JSON.stringify(imported.doc)).toContain('Logo of the coalition');
    expect(imported.dropped).toEqual({ 'EMF image': 1, 'WMF image': 1, 'TIFF image': 1 });
  });
});
