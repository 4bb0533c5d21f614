import type { Node as PMNode } from '@tiptap/pm/model';
import { blockTags, headingLevel, isNumberedParagraph } from '../documentPlan.ts';
import { escapeHtml } from './escape.ts';
import { scopeAttrs } from './htmlContext.ts';
import type { HtmlContext } from './htmlContext.ts';
import { inlineHtml } from './inlineHtml.ts';
import { captionHtml, imageHtml } from './figureHtml.ts';
import { blockScope, takesDirection } from '../../model/blockLanguage.ts';

function tagLabel(node: PMNode, ctx: HtmlContext): string {
  if (ctx.options.tags !== 'margin') return '';
  const tags = blockTags(node);
  // Hidden from the accessibility tree so that Chromium's PDF outline titles are the headings' own text.
  return tags.length ? `<span class="tag-label" aria-hidden="true">${escapeHtml(tags.join(' '))}</span>` : '';
}

function paragraphHtml(node: PMNode, parent: PMNode | null, ctx: HtmlContext, attrs: string): string {
  const label = tagLabel(node, ctx);
  if (ctx.options.paragraphNumbers && isNumberedParagraph(node, parent)) {
    const n = ctx.counters.nextParagraph();
    return `<p class="numbered"${attrs}>${label}<span class="para-no">${n}.</span>${inlineHtml(node, ctx)}</p>`;
  }
  return `<p${attrs}>${label}${inlineHtml(node, ctx)}</p>`;
}

/**
 * Writes a block in its own direction and language: `dir` and `lang` only where they differ from the
 * block around it (the page root carries the document's), so an Arabic paragraph in an English
 * report is right to left with its number on the right, and is set in an Arabic font.
 */
function inScope(node: PMNode, ctx: HtmlContext, write: (attrs: string) => string): string {
  if (!takesDirection(node)) return write('');
  const outer = ctx.scope;
  const inner = blockScope(node, outer);
  ctx.scope = inner;
  try {
    return write(scopeAttrs(inner, outer));
  } finally {
    ctx.scope = outer;
  }
}

function cellHtml(cell: PMNode, ctx: HtmlContext): string {
  return inScope(cell, ctx, (extra) => cellInScope(cell, ctx, extra));
}

function cellInScope(cell: PMNode, ctx: HtmlContext, extra: string): string {
  const tag = cell.type.name === 'tableHeader' ? 'th' : 'td';
  const attrs: string[] = [];
  const colspan = Number(cell.attrs.colspan);
  const rowspan = Number(cell.attrs.rowspan);
  if (Number.isInteger(colspan) && colspan > 1) attrs.push(`colspan="${colspan}"`);
  if (Number.isInteger(rowspan) && rowspan > 1) attrs.push(`rowspan="${rowspan}"`);
  if (tag === 'th') attrs.push('scope="col"');
  return `<${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}${extra}>${childrenHtml(cell, ctx)}</${tag}>`;
}

/** Leading rows made only of header cells become the table head, which repeats on every page. */
function tableHtml(table: PMNode, ctx: HtmlContext, attrs: string): string {
  const rows: PMNode[] = [];
  table.forEach((row) => rows.push(row));
  let headRows = 0;
  while (headRows < rows.length - 1 && isHeaderRow(rows[headRows]!)) headRows++;
  const rowHtml = (row: PMNode) => {
    let cells = '';
    row.forEach((cell) => (cells += cellHtml(cell, ctx)));
    return `<tr>${cells}</tr>`;
  };
  const head = headRows ? `<thead>${rows.slice(0, headRows).map(rowHtml).join('')}</thead>` : '';
  return `<table${attrs}>${head}<tbody>${rows.slice(headRows).map(rowHtml).join('')}</tbody></table>`;
}

function isHeaderRow(row: PMNode): boolean {
  let all = row.childCount > 0;
  row.forEach((cell) => (all &&= cell.type.name === 'tableHeader'));
  return all;
}

/** One block node as HTML; guidance is never exported. */
function blockHtml(node: PMNode, parent: PMNode | null, ctx: HtmlContext): string {
  return inScope(node, ctx, (attrs) => blockInScope(node, parent, ctx, attrs));
}

function blockInScope(node: PMNode, parent: PMNode | null, ctx: HtmlContext, attrs: string): string {
  switch (node.type.name) {
    case 'paragraph':
      return paragraphHtml(node, parent, ctx, attrs);
    case 'heading': {
      const level = headingLevel(node);
      return `<h${level} id="${ctx.counters.nextHeading()}"${attrs}>${tagLabel(node, ctx)}${inlineHtml(node, ctx)}</h${level}>`;
    }
    case 'blockquote':
      return `<blockquote${attrs}>${childrenHtml(node, ctx)}</blockquote>`;
    case 'bulletList':
      return `<ul${attrs}>${childrenHtml(node, ctx)}</ul>`;
    case 'orderedList': {
      const start = Number(node.attrs.start);
      const type =
        typeof node.attrs.type === 'string' && /^[1aAiI]$/.test(node.attrs.type) ? ` type="${node.attrs.type}"` : '';
      return `<ol${Number.isInteger(start) && start !== 1 ? ` start="${start}"` : ''}${type}${attrs}>${childrenHtml(node, ctx)}</ol>`;
    }
    case 'listItem':
      return `<li${attrs}>${childrenHtml(node, ctx)}</li>`;
    case 'table':
      return tableHtml(node, ctx, attrs);
    case 'horizontalRule':
      return '<hr>';
    case 'image':
      return imageHtml(node, ctx);
    case 'caption':
      return captionHtml(node, ctx);
    default:
      return '';
  }
}

/**
 * The children of a block node as HTML, in document order. Consecutive headings are grouped so that
 * the group moves to the next page as one: Paged.js keeps only one block with the next.
 */
export function childrenHtml(node: PMNode, ctx: HtmlContext): string {
  let out = '';
  let headings: string[] = [];
  const flush = () => {
    out += headings.length > 1 ? `<div class="heading-group">${headings.join('')}</div>` : headings.join('');
    headings = [];
  };
  node.forEach((child) => {
    const html = blockHtml(child, node, ctx);
    if (child.type.name === 'heading') headings.push(html);
    else if (html) {
      flush();
      out += html;
    }
  });
  flush();
  return out;
}
