import mammoth from 'mammoth';
import { checkDoc } from './checkDoc.ts';
import { htmlToDoc } from './htmlToDoc.ts';
import { DropCounter, ImportError } from './importTypes.ts';
import type { ImportedDocument } from './importTypes.ts';
import { sniffFile } from './sniffFile.ts';
import { checkZip } from './zipGuard.ts';
import { REVIEW_PARTS, prepareReview } from './docxReview/importReview.ts';
import { stripMarkers } from './docxReview/sentinels.ts';
import { importLanguage, sampleText, wordLanguageHints } from './importLanguage.ts';

/** Word files past this size are refused before anything reads them. */
export const MAX_DOCX_BYTES = 100 * 1024 * 1024;

// Word's Title and Subtitle paragraphs become the document's title and subtitle, not body text.
const STYLE_MAP = [
  'u => u',
  'strike => s',
  "p[style-name='Title'] => p.doc-title:fresh",
  "p[style-name='Subtitle'] => p.doc-subtitle:fresh",
];

/** Content mammoth leaves out, counted from the XML so the report can name it. */
function countUnsupported(texts: Map<string, string>, dropped: DropCounter): void {
  const body = texts.get('word/document.xml') ?? '';
  const count = (xml: string, pattern: RegExp) => xml.match(pattern)?.length ?? 0;
  // A text box is written twice (DrawingML and a VML fallback); count the DrawingML one.
  dropped.add('text box', count(body, /<wps:txbx[\s>]/g) || count(body, /<v:textbox[\s>]/g));
  dropped.add('chart', count(body, /<c:chart[\s>]/g));
  dropped.add('equation', count(body, /<m:oMath>/g));
  dropped.add('embedded object', count(body, /<o:OLEObject[\s>]/g));
}

function coreTitle(xml: string | undefined): string {
  const m = xml ? /<dc:title>([^<]*)<\/dc:title>/.exec(xml) : null;
  return m ? decodeXmlText(m[1]!).trim() : '';
}

function decodeXmlText(s: string): string {
  return s.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ?? '',
  );
}

/**
 * Imports a .docx file (bytes) with mammoth. The file is checked first: wrong kind, password
 * protection, damage and zip bombs (sizes and ratios checked before inflating) raise ImportError.
 */
export async function importDocx(bytes: Uint8Array, fallbackTitle: string): Promise<ImportedDocument> {
  if (bytes.length > MAX_DOCX_BYTES) throw new ImportError('This file is too large to import (over 100 MB).');
  const kind = sniffFile(bytes);
  if (kind === 'ole')
    throw new ImportError(
      'This file is password-protected or an old .doc (Word 97-2003) file. Remove the password, or save it as .docx in Word, and import it again.',
    );
  if (kind === 'pdf') throw new ImportError('This is a PDF, not a Word document (.docx).');
  if (kind !== 'zip') throw new ImportError('This is not a Word document (.docx): its contents do not match.');
  const { entries, texts } = checkZip(bytes, [...REVIEW_PARTS, 'docProps/core.xml', 'word/styles.xml', 'mimetype']);
  if (texts.get('mimetype')?.startsWith('application/vnd.oasis.opendocument'))
    throw new ImportError(
      'This is an OpenDocument file (.odt), not a Word document. Save it as .docx and import it again.',
    );
  if (!entries.some((e) => e.name === 'word/document.xml'))
    throw new ImportError('This is a zip file but not a Word document (.docx): it has no word/document.xml.');
  const dropped = new DropCounter();
  countUnsupported(texts, dropped);
  // Comments and tracked changes: mammoth drops them, so they are carried through as markers.
  const review = prepareReview(bytes, entries, texts, dropped);
  if (!review) dropped.add('comment', texts.get('word/comments.xml')?.match(/<w:comment[\s>]/g)?.length ?? 0);
  const source = review?.zip ?? bytes;
  let html: string;
  try {
    const arrayBuffer = source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength) as ArrayBuffer;
    // mammoth reads `arrayBuffer` in its browser build and `buffer` (any byte array, typed as Buffer) in Node.
    const input = { arrayBuffer, buffer: source } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    html = result.value;
  } catch (err) {
    throw new ImportError(
      `This Word document is damaged and could not be read (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  const converted = htmlToDoc(html, dropped);
  const titles = {
    title: stripMarkers(converted.titles.title ?? ''),
    subtitle: stripMarkers(converted.titles.subtitle ?? ''),
  };
  checkDoc(converted.doc);
  const withReview = review?.finish(converted.doc);
  if (withReview) dropped.add('comment', withReview.unanchored);
  const body = withReview?.doc ?? converted.doc;
  const word = wordLanguageHints(texts.get('word/document.xml') ?? '', texts.get('word/styles.xml'));
  return {
    title: (coreTitle(texts.get('docProps/core.xml')) || titles.title || fallbackTitle).slice(0, 500),
    subtitle: titles.subtitle.slice(0, 500),
    paragraphNumbering: false,
    language: importLanguage({ text: stripMarkers(sampleText(body)), word }),
    doc: body,
    dropped: dropped.counts,
    ...(withReview ? { review: withReview.review } : {}),
  };
}
