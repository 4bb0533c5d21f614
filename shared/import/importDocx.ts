import mammoth from 'mammoth';
import { checkDoc } from './checkDoc.ts';
import { htmlToDoc } from './htmlToDoc.ts';
import { ImportBudget } from './importBudget.ts';
import { DropCounter, ImportError } from './importTypes.ts';
import type { ImportedDocument } from './importTypes.ts';
import { sniffFile } from './sniffFile.ts';
import { ImageCollector, type WebpToPng } from './importedImages.ts';
import { PictureFallbacks } from './docxImageFallbacks.ts';
import { ShownSizes } from './docxImageSizes.ts';
import { checkZip, rebuildZip } from './verifiedZip.ts';
import { prepareReview } from './docxReview/importReview.ts';
import { stripMarkers } from './docxReview/sentinels.ts';
import { importedTitle } from './importedTitle.ts';
import { importLanguage, sampleText, wordLanguageHints } from './importLanguage.ts';

/** Word files past this size are refused before anything reads them. */
export const MAX_DOCX_BYTES = 100 * 1024 * 1024;

// Word's Title and Subtitle paragraphs become the document's title and subtitle, not body text.
const STYLE_MAP = [
  'u => u',
  'strike => s',
  "p[style-name='Title'] => p.doc-title:fresh",
  "p[style-name='Subtitle'] => p.doc-subtitle:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='Figure'] => p.caption:fresh",
];

/** Content mammoth leaves out, counted from the XML so the report can name it. */
function countUnsupported(body: string, dropped: DropCounter): void {
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
 * Imports a .docx file (bytes) with mammoth, images and their alt text and captions included: PNG,
 * JPEG and GIF as they are, WebP as PNG (`options.webpToPng`), an EMF, WMF or TIFF picture as the
 * PNG or JPEG the file holds beside it (`PictureFallbacks`), else counted by its format. The file is checked first: wrong kind, password
 * protection, damage and zip bombs (sizes and ratios checked before inflating) raise ImportError.
 * mammoth is given a new archive built from the checked files only, never the original bytes.
 */
export async function importDocx(
  bytes: Uint8Array,
  fallbackTitle: string,
  budget: ImportBudget = new ImportBudget(),
  options: { webpToPng?: WebpToPng } = {},
): Promise<ImportedDocument> {
  if (bytes.length > MAX_DOCX_BYTES) throw new ImportError('error.import.docxTooLarge');
  const kind = sniffFile(bytes);
  if (kind === 'ole') throw new ImportError('error.import.oleFile');
  if (kind === 'pdf') throw new ImportError('error.import.pdf');
  if (kind !== 'zip') throw new ImportError('error.import.notDocx');
  const zip = checkZip(bytes);
  if (zip.text('mimetype')?.startsWith('application/vnd.oasis.opendocument')) throw new ImportError('error.import.odt');
  if (!zip.files.has('word/document.xml')) throw new ImportError('error.import.zipNotDocx');
  // mammoth holds the XML as a tree, some hundred bytes per element: charge it before it starts.
  budget.spend(Math.ceil((zip.text('word/document.xml')?.length ?? 0) / 8));
  const dropped = new DropCounter();
  countUnsupported(zip.text('word/document.xml') ?? '', dropped);
  // Comments and tracked changes: mammoth drops them, so they are carried through as markers.
  const review = prepareReview(zip, dropped);
  if (!review) dropped.add('comment', zip.text('word/comments.xml')?.match(/<w:comment[\s>]/g)?.length ?? 0);
  const source = review?.zip ?? rebuildZip(zip.files);
  let html: string;
  const images = new ImageCollector(await ShownSizes.of(zip), options.webpToPng);
  const fallbacks = await PictureFallbacks.of(zip);
  try {
    const arrayBuffer = source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength) as ArrayBuffer;
    // mammoth reads `arrayBuffer` in its browser build and `buffer` (any byte array, typed as Buffer) in Node.
    const input = { arrayBuffer, buffer: source } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      externalFileAccess: false,
      ignoreEmptyParagraphs: true,
      // Kept images become references (no source); the others stay bare and are counted as dropped,
      // by their format when that is why. A metafile the file also holds as a PNG or JPEG comes in as that.
      convertImage: mammoth.images.imgElement(async (image) => {
        const bytes = new Uint8Array(await image.readAsArrayBuffer());
        const fallback = await fallbacks.instead(bytes);
        const kept = await images.take(fallback?.bytes ?? bytes, bytes);
        // mammoth's image carries the alt text it read (untyped); a VML fallback's is never read.
        const altRead = (image as { altText?: string }).altText;
        if (kept) return { src: '', ...(fallback?.alt && !altRead ? { alt: fallback.alt } : {}), ...kept };
        const format = images.leftOutAs(bytes);
        return format ? { src: '', 'data-left-out': format } : { src: '' };
      }),
    });
    html = result.value;
  } catch (err) {
    throw new ImportError('error.import.damagedDocx', { detail: err instanceof Error ? err.message : String(err) });
  }
  const converted = htmlToDoc(html, dropped, budget);
  const titles = {
    title: stripMarkers(converted.titles.title ?? ''),
    subtitle: stripMarkers(converted.titles.subtitle ?? ''),
  };
  checkDoc(converted.doc);
  const withReview = review?.finish(converted.doc);
  if (withReview) dropped.add('comment', withReview.unanchored);
  const body = withReview?.doc ?? converted.doc;
  const word = wordLanguageHints(zip.text('word/document.xml') ?? '', zip.text('word/styles.xml'));
  return {
    title: importedTitle(coreTitle(zip.text('docProps/core.xml')) || titles.title, body, fallbackTitle),
    subtitle: titles.subtitle.slice(0, 500),
    paragraphNumbering: false,
    language: importLanguage({ text: stripMarkers(sampleText(body)), word }),
    doc: body,
    dropped: dropped.counts,
    ...(withReview ? { review: withReview.review } : {}),
    images: images.images,
  };
}
