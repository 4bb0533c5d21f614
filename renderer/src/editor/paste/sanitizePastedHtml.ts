import { isAllowedLink } from '../../../../shared/schema/linkPolicy.ts';
import { convertWordLists } from './wordLists.ts';

/**
 * Elements dropped with their content: code, styling, media, forms, embedded objects, Office metadata.
 * Images are kept only as references to stored blobs (pastedImages.ts made them; they have no source).
 */
const DROP =
  'script,style,meta,link,title,iframe,frame,object,embed,svg,math,template,noscript,xml,form,input,button,select,textarea,canvas,video,audio,img:not([data-blob]),picture,source,base,head';

/** Attributes kept per element; every other attribute (on*, style, class, id...) is removed. */
const KEEP: Record<string, readonly string[]> = {
  A: ['href'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan'],
  SPAN: ['data-footnote', 'data-footnote-id', 'data-tags'],
  OL: ['start'],
  IMG: ['data-blob', 'data-type', 'data-width', 'data-height', 'data-size', 'data-align', 'alt'],
};

/**
 * Cleans clipboard HTML from Word, Google Docs and web pages before the editor parses it. Parsing
 * happens in an inert document (DOMParser runs no scripts and loads no images); the schema then
 * keeps only headings, paragraphs, lists, tables, links, emphasis, footnotes and image references.
 */
export function sanitizePastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  convertWordLists(doc);
  styleToSemantics(doc);
  doc.querySelectorAll(DROP).forEach((el) => el.remove());
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
  doc.body.querySelectorAll('*').forEach((el) => {
    const keep = KEEP[el.tagName] ?? [];
    for (const attr of [...el.attributes]) if (!keep.includes(attr.name)) el.removeAttribute(attr.name);
    if (el.tagName === 'A' && !isAllowedLink(el.getAttribute('href'))) el.removeAttribute('href');
  });
  return doc.body.innerHTML;
}

/**
 * Google Docs and many web pages mark emphasis with inline styles rather than tags; keep it as tags
 * before styles are stripped. Google Docs' outer `<b style="font-weight:normal">` wrapper is unwrapped.
 */
function styleToSemantics(doc: Document): void {
  doc.querySelectorAll<HTMLElement>('b[style*="font-weight"]').forEach((b) => {
    if (/font-weight:\s*(normal|400)/.test(b.getAttribute('style') ?? '')) b.replaceWith(...b.childNodes);
  });
  doc.querySelectorAll<HTMLElement>('span[style]').forEach((span) => {
    const style = span.getAttribute('style') ?? '';
    let inner: Node[] = [...span.childNodes];
    const wrap = (tag: string) => {
      const el = doc.createElement(tag);
      el.append(...inner);
      inner = [el];
    };
    if (/font-weight:\s*(bold|[6-9]00)/.test(style)) wrap('strong');
    if (/font-style:\s*italic/.test(style)) wrap('em');
    if (/text-decoration[^;]*underline/.test(style)) wrap('u');
    if (/text-decoration[^;]*line-through/.test(style)) wrap('s');
    span.replaceWith(...inner);
  });
}
