import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { escapeHtml, safeHref } from './escape.ts';
import type { HtmlContext } from './htmlContext.ts';
import { formatTagList } from '../../schema/tagList.ts';

// Outer to inner, so that nesting is the same wherever a mark set starts or ends.
const MARK_ORDER = ['link', 'tag', 'bold', 'italic', 'underline', 'strike'];

function openMark(mark: Mark): string {
  switch (mark.type.name) {
    case 'link': {
      const href = safeHref(mark.attrs.href);
      return href ? `<a href="${escapeHtml(href)}">` : '<span>';
    }
    case 'tag':
      return `<span class="tagged" data-tags="${escapeHtml(formatTagList(mark.attrs.tags))}">`;
    case 'bold':
      return '<strong>';
    case 'italic':
      return '<em>';
    case 'underline':
      return '<u>';
    case 'strike':
      return '<s>';
    default:
      return '<span>';
  }
}

function closeMark(mark: Mark): string {
  const open = openMark(mark);
  return `</${/^<([a-z]+)/.exec(open)?.[1] ?? 'span'}>`;
}

function sortedMarks(marks: readonly Mark[]): Mark[] {
  return [...marks].filter((m) => MARK_ORDER.includes(m.type.name)).sort((a, b) => MARK_ORDER.indexOf(a.type.name) - MARK_ORDER.indexOf(b.type.name));
}

/** A footnote: floated to the page foot by the paged-media script, or a numbered call to an endnote. */
function footnoteHtml(node: PMNode, ctx: HtmlContext): string {
  const number = ctx.counters.nextNote();
  const text = node.textContent.trim();
  // The number is written out (not a CSS counter): Paged.js's counters go wrong when a note moves to the next page.
  if (ctx.noteLayout === 'float') return `<span class="footnote fn-${number}"><span class="fn-no">${number}.</span> ${escapeHtml(text)}</span>`;
  ctx.endnotes.push({ number, text });
  return `<sup class="note-call"><a href="#note-${number}" id="note-ref-${number}">${number}</a></sup>`;
}

/**
 * The inline content of a textblock as HTML. Marks are reopened per run in a fixed order, which
 * keeps the output well nested however the marks overlap.
 */
export function inlineHtml(block: PMNode, ctx: HtmlContext): string {
  let out = '';
  let open: Mark[] = [];
  const closeAll = () => {
    for (let i = open.length - 1; i >= 0; i--) out += closeMark(open[i]!);
    open = [];
  };
  block.forEach((child) => {
    const marks = child.isText ? sortedMarks(child.marks) : [];
    let keep = 0;
    while (keep < open.length && keep < marks.length && open[keep]!.eq(marks[keep]!)) keep++;
    for (let i = open.length - 1; i >= keep; i--) out += closeMark(open[i]!);
    open = open.slice(0, keep);
    for (const mark of marks.slice(keep)) {
      out += openMark(mark);
      open.push(mark);
    }
    if (child.isText) out += escapeHtml(child.text ?? '');
    else if (child.type.name === 'hardBreak') out += '<br>';
    else if (child.type.name === 'footnote') out += footnoteHtml(child, ctx);
  });
  closeAll();
  return out;
}
