import type { DocJson } from './importTypes.ts';
import { DropCounter } from './importTypes.ts';
import { ImportBudget } from './importBudget.ts';
import type { HElement, HNode } from './htmlTree.ts';
import { parseHtmlTree, textOf } from './htmlTree.ts';
import { indexFootnotes } from './htmlFootnotes.ts';
import { DROPPED_ELEMENTS, droppedKind, inlineNodes, trimInline } from './htmlInline.ts';
import type { InlineContext } from './htmlInline.ts';
import { captionBlocks, imageBlock, isCaption, isImageRef } from './htmlFigures.ts';

/** The converter's state: the inline context plus the title and subtitle paragraphs found. */
interface BlockContext extends InlineContext {
  titles: { title?: string; subtitle?: string };
}

const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'blockquote',
  'hr',
  'pre',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'address',
  'body',
  'html',
  'caption',
]);

const isBlock = (node: HNode) =>
  typeof node !== 'string' && (BLOCK_TAGS.has(node.tag) || DROPPED_ELEMENTS[node.tag] === 'script' || isImageRef(node));

function paragraph(nodes: readonly HNode[], ctx: BlockContext): DocJson | null {
  const content = trimInline(inlineNodes(nodes, ctx));
  return content.length ? { type: 'paragraph', content } : null;
}

function listItem(li: HElement, ctx: BlockContext): DocJson {
  const content = blocks(li.children, ctx);
  // A list item starts with a paragraph in the schema.
  if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
  return { type: 'listItem', content };
}

function list(el: HElement, ctx: BlockContext): DocJson[] {
  const items = el.children
    .filter((c): c is HElement => typeof c !== 'string' && c.tag === 'li' && !ctx.notes.isNoteMaterial(c))
    .map((li) => listItem(li, ctx));
  if (items.length === 0) return [];
  if (el.tag === 'ol') {
    const start = Number.parseInt(el.attrs.start ?? '1', 10);
    return [{ type: 'orderedList', attrs: { start: Number.isFinite(start) && start > 0 ? start : 1 }, content: items }];
  }
  return [{ type: 'bulletList', content: items }];
}

function rowsOf(el: HElement): HElement[] {
  const rows: HElement[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.tag === 'tr') rows.push(c);
    else if (c.tag === 'thead' || c.tag === 'tbody' || c.tag === 'tfoot') rows.push(...rowsOf(c));
  }
  return rows;
}

/**
 * A table inside a table cell is not kept as a table (exports and the editor lay out one level):
 * its cells' content follows in the outer cell, row by row, and the report names the layout.
 */
function flattenTables(content: DocJson[], ctx: BlockContext): DocJson[] {
  return content.flatMap((b) => {
    if (b.type !== 'table') return [b];
    ctx.dropped.add('nested table layout');
    return (b.content ?? []).flatMap((row) => (row.content ?? []).flatMap((cell) => cell.content ?? []));
  });
}

function table(el: HElement, ctx: BlockContext): DocJson[] {
  const rows = rowsOf(el).map((tr) => {
    const cells = tr.children
      .filter((c): c is HElement => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'))
      .map((cell) => {
        const content = flattenTables(blocks(cell.children, ctx), ctx);
        const span = (name: string) => Math.min(50, Math.max(1, Number.parseInt(cell.attrs[name] ?? '1', 10) || 1));
        return {
          type: cell.tag === 'th' ? 'tableHeader' : 'tableCell',
          attrs: { colspan: span('colspan'), rowspan: span('rowspan') },
          content: content.length ? content : [{ type: 'paragraph' }],
        };
      });
    return { type: 'tableRow', content: cells };
  });
  return rows.some((r) => r.content.length) ? [{ type: 'table', content: rows.filter((r) => r.content.length) }] : [];
}

function block(el: HElement, ctx: BlockContext): DocJson[] {
  if (ctx.notes.isNoteMaterial(el)) return [];
  const titleKind =
    el.tag === 'p' ? ({ 'doc-title': 'title', 'doc-subtitle': 'subtitle' } as const)[el.attrs.class ?? ''] : undefined;
  if (titleKind && ctx.titles[titleKind] === undefined) {
    ctx.titles[titleKind] = textOf(el).replace(/\s+/g, ' ').trim();
    return [];
  }
  if (isImageRef(el)) return [imageBlock(el)];
  if (isCaption(el)) return captionBlocks(el, ctx);
  const dropped = droppedKind(el);
  if (dropped) {
    ctx.dropped.add(dropped);
    return [];
  }
  const heading = /^h([1-6])$/.exec(el.tag);
  if (heading) {
    const content = trimInline(inlineNodes(el.children, ctx));
    return content.length ? [{ type: 'heading', attrs: { level: Math.min(3, Number(heading[1])) }, content }] : [];
  }
  switch (el.tag) {
    case 'p':
    case 'dt':
    case 'dd':
    case 'figcaption':
    case 'caption':
    case 'address': {
      if (el.children.some(isBlock)) return blocks(el.children, ctx);
      const p = paragraph(el.children, ctx);
      return p ? [p] : [];
    }
    case 'pre': {
      // Code blocks are not in the schema: their text stays as a plain paragraph.
      const p = paragraph([textOf(el)], ctx);
      return p ? [p] : [];
    }
    case 'ul':
    case 'ol':
      return list(el, ctx);
    case 'li':
      return blocks(el.children, ctx);
    case 'table':
      return table(el, ctx);
    case 'blockquote': {
      const content = blocks(el.children, ctx);
      return content.length ? [{ type: 'blockquote', content }] : [];
    }
    case 'hr':
      return [{ type: 'horizontalRule' }];
    default:
      return blocks(el.children, ctx);
  }
}

/** Converts a sequence of HTML nodes to blocks; loose inline content becomes paragraphs. */
function blocks(nodes: readonly HNode[], ctx: BlockContext): DocJson[] {
  const out: DocJson[] = [];
  let inline: HNode[] = [];
  const flush = () => {
    const p = paragraph(inline, ctx);
    if (p) out.push(p);
    inline = [];
  };
  for (const node of nodes) {
    if (isBlock(node)) {
      flush();
      for (const b of block(node as HElement, ctx)) out.push(b);
    } else inline.push(node);
  }
  flush();
  return out;
}

/**
 * Converts HTML (mammoth's or markdown-it's) into a ProseMirror `doc` for documentSchema(): headings,
 * paragraphs, lists, tables, quotations, links, emphasis, footnotes, kept images (references to collected
 * blobs) and captions survive; the rest is counted
 * in `dropped`. The HTML is parsed into a plain tree: no DOM, nothing runs. Its nodes count
 * against `budget`.
 */
export function htmlToDoc(
  html: string,
  dropped: DropCounter = new DropCounter(),
  budget: ImportBudget = new ImportBudget(),
): { doc: DocJson; titles: BlockContext['titles'] } {
  budget.spend(Math.ceil(html.length / 64));
  let nodes = 0;
  // Counted in batches: the budget also reads the clock.
  const root = parseHtmlTree(html, () => {
    if (++nodes % 1024 === 0) budget.spend(1024);
  });
  const ctx: BlockContext = { notes: indexFootnotes(root), dropped, titles: {} };
  const content = blocks(root.children, ctx);
  return { doc: { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] }, titles: ctx.titles };
}
