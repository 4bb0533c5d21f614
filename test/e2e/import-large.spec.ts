import fs from 'node:fs';
import { test, expect } from './support/test.ts';
import { editorText, openLibrary } from './support/app.ts';

// Without a trace: recording one snapshots every element at each step, and with the editor's blocks
// laid out only near the viewport (content-visibility, styles.css), each snapshot of this document
// lays out all of it: over two minutes, against 7 s for the test itself.
test.use({ trace: 'off' });

test('importing Markdown runs off the window: 10,000 footnotes import, megabytes of nested emphasis are refused', async ({
  page,
}, testInfo) => {
  // Converting 10,000 footnotes and building their editor takes a while on a busy machine.
  test.slow();
  await openLibrary(page);
  const importIt = async (file: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import Word or Markdown…' }).click();
    await (await chooser).setFiles(file);
  };
  const notes = testInfo.outputPath('notes.md');
  const calls = Array.from({ length: 10_000 }, (_, i) => `Claim ${i}.[^n${i}]`).join('\n\n');
  const definitions = Array.from({ length: 10_000 }, (_, i) => `[^n${i}]: Source ${i}.`).join('\n');
  fs.writeFileSync(notes, `---\ntitle: Ten thousand notes\n---\n\n${calls}\n\n${definitions}\n`);
  await importIt(notes);
  await expect(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Ten thousand notes', {
    timeout: 120_000,
  });
  await expect(editorText(page)).toContainText('Claim 9999.');
  // Found within the header: a role query over the whole page asks Chromium, for each of the 10,000
  // footnote buttons, whether it is hidden, which lays out its paragraph (content-visibility, styles.css).
  await page.locator('header.document-header').getByRole('button', { name: '← Library' }).click();
  // The library's own rows (counted on the whole page at once, the document view's tables could still be there).
  const documents = page.getByRole('table', { name: 'Documents' }).getByRole('row');
  await expect(documents).toHaveCount(2); // the header and the imported document

  const nested = testInfo.outputPath('nested.md');
  fs.writeFileSync(nested, '_a '.repeat(1_000_000) + 'x' + ' a_'.repeat(1_000_000));
  await importIt(nested);
  await expect(page.getByRole('region', { name: 'Message' })).toContainText(
    'too large or too deeply structured to import',
  );
  await expect(documents).toHaveCount(2);
  // The window kept working meanwhile.
  await expect(page.getByRole('button', { name: 'New document' })).toBeEnabled();
});
