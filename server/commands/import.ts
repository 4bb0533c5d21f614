import path from 'node:path';
import * as Y from 'yjs';
import { defineCommand, UsageError } from './command.ts';
import { encodeConcordFile } from '../../shared/file/concordFile.ts';
import { newId } from '../../shared/ids.ts';
import { MAX_DOCX_BYTES } from '../../shared/import/importDocx.ts';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';
import { describeDropped } from '../../shared/import/importTypes.ts';
import { writeFileAtomic } from '../export/writeFileAtomic.ts';
import { readInputFile } from '../export/readInputFile.ts';
import { importInWorker } from '../import/importInWorker.ts';

const HELP = `Usage: concord import FILE.docx|FILE.md --out FILE.concord [--force]

Creates a new Concord document from a Word (.docx) or Markdown (.md) file. Headings, lists,
tables, links, footnotes, emphasis and images are kept (a Markdown file's images are read from
its folder and subfolders, web images are never downloaded); what is dropped is reported on stderr.

  --out     the .concord file to write
  --force   overwrite it if it exists`;

/** `concord import`: writes a new .concord document from a Word or Markdown file. */
export const importCommand = defineCommand({
  help: HELP,
  positionals: true,
  options: { out: { type: 'string' }, force: { type: 'boolean' } },
  async run({ values, positionals }) {
    const [input] = positionals;
    if (!input || positionals.length > 1) throw new UsageError('name one .docx or .md file to import');
    if (!values.out?.endsWith('.concord')) throw new UsageError('--out must name a .concord file');
    const ext = path.extname(input).toLowerCase();
    if (!['.docx', '.md', '.markdown'].includes(ext))
      throw new UsageError('the file must end in .docx, .md or .markdown');
    const bytes = await readInputFile(input, MAX_DOCX_BYTES);
    console.error(`concord import: reading ${input}`);
    // On a thread of its own, with a memory and time budget: a hostile file is refused, not fatal.
    const imported = await importInWorker(path.basename(input), bytes, undefined, path.dirname(path.resolve(input)));
    const doc = importedToYDoc(imported);
    const header = { docId: newId(), title: imported.title, savedAt: new Date().toISOString(), app: 'concord-cli' };
    await writeFileAtomic(
      path.resolve(values.out),
      encodeConcordFile(header, Y.encodeStateAsUpdate(doc), imported.images ?? []),
      values.force === true,
    );
    console.error(`concord import: ${describeDropped(imported.dropped)}`);
    console.error(`concord import: wrote ${values.out}: "${imported.title}"`);
  },
});
