import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { hasRtlLetter } from '../../i18n/textDirection.ts';

/** Elements of w:sectPr that come after w:bidi in the schema's order (CT_SectPr). */
const AFTER_BIDI = /<w:(?:rtlGutter|docGrid|printerSettings|sectPrChange)\b|<\/w:sectPr>/;

/** Elements of w:pPr that come after w:bidi in the schema's order (CT_PPrBase, then CT_PPr). */
const AFTER_PARAGRAPH_BIDI =
  /<w:(?:adjustRightInd|snapToGrid|spacing|ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|textboxTightWrap|outlineLvl|divId|cnfStyle|rPr|sectPr|pPrChange)\b/;

/** Paragraph properties (the inside of w:pPr) with `<w:bidi/>` in its place. */
function withParagraphBidi(props: string): string {
  if (/<w:bidi\b/.test(props)) return props;
  const at = AFTER_PARAGRAPH_BIDI.exec(props);
  return at ? `${props.slice(0, at.index)}<w:bidi/>${props.slice(at.index)}` : `${props}<w:bidi/>`;
}

/** Adds `<w:bidi/>` to every section that has none, in its place in the schema's order. */
function rtlSections(xml: string): string {
  return xml.replace(/<w:sectPr\b[^>]*>[\s\S]*?<\/w:sectPr>/g, (section) => {
    if (/<w:bidi\b/.test(section)) return section;
    const at = AFTER_BIDI.exec(section);
    return at ? `${section.slice(0, at.index)}<w:bidi/>${section.slice(at.index)}` : section;
  });
}

/**
 * The contents entries the docx library writes ahead of Word's update (TOC1-9 paragraphs, holding only
 * a style and a tab stop): right to left, their Arabic runs marked `w:rtl`, the page number at the end
 * of the line, which is its left.
 */
function rtlContents(xml: string): string {
  return xml.replace(
    /<w:p><w:pPr><w:pStyle w:val="TOC\d"\/>([\s\S]*?)<\/w:pPr>([\s\S]*?)<\/w:p>/g,
    (_, props: string, body: string) => {
      const runs = body.replace(
        /<w:r><w:t( xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/g,
        (run, space: string | undefined, text: string) =>
          hasRtlLetter(text) ? `<w:r><w:rPr><w:rtl/></w:rPr><w:t${space ?? ''}>${text}</w:t></w:r>` : run,
      );
      return `<w:p><w:pPr>${withParagraphBidi(`<w:pStyle w:val="TOC${/TOC(\d)/.exec(_)![1]}"/>${props}`)}</w:pPr>${runs}</w:p>`;
    },
  );
}

/** The contents styles (TOC1-9) right to left, so the contents Word builds when it updates is too. */
function rtlContentsStyles(xml: string): string {
  return xml.replace(
    /(<w:style\b[^>]*w:styleId="TOC\d"[^>]*>[\s\S]*?)(<\/w:style>)/g,
    (_, style: string, end: string) => {
      if (/<w:pPr>/.test(style))
        return (
          style.replace(
            /<w:pPr>([\s\S]*?)<\/w:pPr>/,
            (__, props: string) => `<w:pPr>${withParagraphBidi(props)}</w:pPr>`,
          ) + end
        );
      return style.replace(/(<w:rPr>|$)/, '<w:pPr><w:bidi/></w:pPr>$1') + end;
    },
  );
}

/**
 * Makes a .docx right to left where the docx library cannot say it: sections (`w:bidi` in
 * `w:sectPr`, so Word mirrors the page as for an Arabic document) and the contents. The packed file's
 * document.xml and styles.xml are patched; other parts are kept.
 */
export function markDocumentRtl(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const document = files['word/document.xml'];
  const styles = files['word/styles.xml'];
  if (document) files['word/document.xml'] = strToU8(rtlContents(rtlSections(strFromU8(document))));
  if (styles) files['word/styles.xml'] = strToU8(rtlContentsStyles(strFromU8(styles)));
  return zipSync(files, { level: 6 });
}
