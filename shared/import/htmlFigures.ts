import { isBlobHash } from '../images/blobHash.ts';
import { imageAttrs } from '../schema/image.ts';
import { newId } from '../ids.ts';
import type { DocJson } from './importTypes.ts';
import type { HElement, HNode } from './htmlTree.ts';
import { textOf } from './htmlTree.ts';
import { inlineNodes, trimInline } from './htmlInline.ts';
import type { InlineContext } from './htmlInline.ts';

/** The COLUMN width in CSS pixels at print size: a smaller image keeps its own width. */
const COLUMN_PX = 605;

/** A label and number a caption's text starts with in Word ("Figure 3: ", "Table 2. "): numbering is Concord's. */
const LABEL =
  /^\s*(figure|figura|fig\.?|table|tableau|tabla|tabela|illustration|graphique|gráfico|grafico|рисунок|рис\.?|таблица|图|表|الشكل|شكل|جدول|الجدول)\s*[\d.\-–]*\s*[:.\-–—]?\s*/i;
const TABLE_LABEL = /^\s*(table|tableau|tabla|tabela|таблица|表|جدول|الجدول)/i;

/** Whether an HTML node is an image the importer kept (a reference to a collected blob). */
export function isImageRef(node: HNode): boolean {
  return typeof node !== 'string' && node.tag === 'img' && isBlobHash(node.attrs['data-blob']);
}

/**
 * A kept image as a block image node, at the size its file showed it (a Word picture's), else at its
 * own width up to the text column's.
 */
export function imageBlock(el: HElement): DocJson {
  const width = Number(el.attrs['data-width']);
  const shown = Number(el.attrs['data-size']);
  const attrs = imageAttrs({
    blob: el.attrs['data-blob'],
    type: el.attrs['data-type'],
    width,
    height: el.attrs['data-height'],
    size: shown > 0 ? shown : (width / COLUMN_PX) * 100,
    alt: (el.attrs.alt ?? '').replace(/\s+/g, ' ').trim(),
  });
  return { type: 'image', attrs: { ...attrs } };
}

/** Whether an element is a caption paragraph (Word's Caption style, or an HTML figcaption). */
export function isCaption(el: HElement): boolean {
  return el.tag === 'figcaption' || (el.tag === 'p' && el.attrs.class === 'caption');
}

/**
 * A caption paragraph as a caption node (with any image it holds before it): its own label and
 * number are taken off, since Concord numbers captions in document order; "Table ..." makes a table
 * caption, anything else a figure's.
 */
export function captionBlocks(el: HElement, ctx: InlineContext): DocJson[] {
  const images = el.children.filter(isImageRef).map((c) => imageBlock(c as HElement));
  const rest = el.children.filter((c) => !isImageRef(c));
  const kind = TABLE_LABEL.test(textOf(el)) ? 'table' : 'figure';
  const content = trimInline(inlineNodes(rest, ctx));
  const first = content[0];
  if (first?.type === 'text') first.text = (first.text ?? '').replace(LABEL, '');
  const text = content.filter((n) => n.type !== 'text' || n.text);
  if (text.length === 0) return images;
  return [...images, { type: 'caption', attrs: { id: newId(), kind }, content: text }];
}
