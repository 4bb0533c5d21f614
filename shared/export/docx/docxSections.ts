import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** Elements of w:sectPr that come after w:bidi in the schema's order (CT_SectPr). */
const AFTER_BIDI = /<w:(?:rtlGutter|docGrid|printerSettings|sectPrChange)\b|<\/w:sectPr>/;

/** Adds `<w:bidi/>` to every section of a document.xml that has none, in its place in the schema's order. */
export function rtlSectionsXml(xml: string): string {
  return xml.replace(/<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, (section) => {
    if (/<w:bidi\b/.test(section)) return section;
    const at = AFTER_BIDI.exec(section);
    return at ? `${section.slice(0, at.index)}<w:bidi/>${section.slice(at.index)}` : section;
  });
}

/**
 * Makes the sections of a .docx right to left (`w:bidi` in `w:sectPr`): Word then mirrors the page
 * (columns, the gutter, the side the section starts from) as it does for an Arabic document. The docx
 * library has no option for it, so the packed file's document.xml is patched; other parts are kept.
 */
export function markSectionsRtl(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const part = files['word/document.xml'];
  if (!part) return docx;
  files['word/document.xml'] = strToU8(rtlSectionsXml(strFromU8(part)));
  return zipSync(files, { level: 6 });
}
