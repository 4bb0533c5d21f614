import type * as Y from 'yjs';
import { writeBody } from '../model/body.ts';
import { createDocumentDoc, writeMeta } from '../model/documentMeta.ts';
import { checkDoc } from './checkDoc.ts';
import type { ImportedDocument } from './importTypes.ts';
import { writeImportedReview } from './docxReview/writeImportedReview.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * Creates a new document Y.Doc from an import: body, title, subtitle, paragraph numbering, language
 * (the file's, else `fallbackLanguage`: the interface's), creation time, and Word comments and tracked changes.
 */
export function importedToYDoc(
  imported: ImportedDocument,
  createdAt: Date = new Date(),
  fallbackLanguage: Locale = DEFAULT_LOCALE,
): Y.Doc {
  checkDoc(imported.doc);
  const doc = createDocumentDoc();
  doc.transact(() => {
    writeBody(doc, imported.doc);
    writeMeta(doc, {
      title: imported.title,
      subtitle: imported.subtitle,
      paragraphNumbering: imported.paragraphNumbering,
      language: imported.language ?? fallbackLanguage,
      status: 'draft',
      createdAt: createdAt.toISOString(),
    });
  });
  if (imported.review) writeImportedReview(doc, imported.review);
  return doc;
}
