import fs from 'node:fs';
import path from 'node:path';
import type * as Y from 'yjs';
import { importDocx } from '../../shared/import/importDocx.ts';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';
import { CORPUS } from '../export/corpusView.ts';

/** Word files to start mutating from: the corpus from real word processors and the LibreOffice sample. */
export const WORD_SEEDS = [
  ...fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.docx'))
    .map((f) => path.join(CORPUS, f)),
  path.join(CORPUS, '../docx/libreoffice-sample.docx'),
];

/** The bytes of a corpus file. */
export function corpusBytes(file: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.isAbsolute(file) ? file : path.join(CORPUS, file)));
}

/** A corpus file imported into a new document. */
export async function importCorpusDoc(name: string): Promise<Y.Doc> {
  return importedToYDoc(await importDocx(corpusBytes(name), name));
}
