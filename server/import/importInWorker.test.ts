import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/import/importTypes.ts';
import { importInWorker } from './importInWorker.ts';

const encode = (s: string) => new TextEncoder().encode(s);

describe('importInWorker', () => {
  it('imports on a worker thread', async () => {
    const imported = await importInWorker('notes.md', encode('# Notes\n\nText with a note.[^1]\n\n[^1]: The note.'));
    expect(imported.title).toBe('Notes'); // its first heading, not the file name
    expect(JSON.stringify(imported.doc)).toContain('The note.');
  });

  it('refuses, with the reason, a file that needs more memory than the thread may use', async () => {
    // 3 MB of nested emphasis: about 400 MB of tokens, against a 64 MB heap (the work budget lifted).
    const heavy = encode('_a '.repeat(500_000) + 'x' + ' a_'.repeat(500_000));
    const limits = { maxWork: Infinity, timeMs: 600_000, memoryMb: 64 };
    const err = await importInWorker('heavy.md', heavy, limits).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(/too large or too deeply structured/);
  });

  it('refuses a file that takes longer than the time budget', async () => {
    const limits = { maxWork: Infinity, timeMs: 1, memoryMb: 512 };
    const err = await importInWorker('notes.md', encode('# Notes'), limits).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(/takes too long to import/);
  });

  it('passes refusals from the importers on as they are', async () => {
    await expect(importInWorker('x.docx', encode('not a zip'))).rejects.toThrow(/not a Word document/);
    await expect(importInWorker('x.txt', encode('text'))).rejects.toThrow(/neither a Word/);
  });
});
