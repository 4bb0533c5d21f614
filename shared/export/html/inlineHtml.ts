import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { escapeHtml, safeHref } from './escape.ts';
import { textAttrs } from './htmlContext.ts';
import type { HtmlContext } from './htmlContext.ts';
import { formatTagList } from '../../schema/tagList.ts';
import { suggestionLabel } from '../reviewText.ts';
import { crossRefHtml } from './crossRefHtml.ts';

// Outer to inner, so that nesting is the same wherever a mark set starts or ends. Suggestion marks
// only reach the writer in the marked view (prepareBody removes them otherwise).
const MARK_ORDER = ['insertion', 'deletion', 'link', 'tag', 'bold', 'italic', 'underline', 'strike'];

function openMark(mark: Mark, ctx: HtmlContext): string {
  switch (mark.type.name) {
    case 'insertion':
    case 'deletion': {
      const tag = mark.type.name === 'insertion' ? 'ins' : 'del';
      const label = suggestionLabel(ctx.suggestions, mark.attrs.id);
      return `<${tag} class="suggestion"${label ? ` title="${escapeHtml(label)}"` : ''}>`;
    }
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

function closeMark(mark: Mark, ctx: HtmlContext): string {
  const open = openMark(mark, ctx);
  return `</${/^<([a-z]+)/.exec(open)?.[1] ?? 'span'}>`;
}

function sortedMarks(marks: readonly Mark[]): Mark[] {
  return [...marks]
    .filter((m) => MARK_ORDER.includes(m.type.name))
    .sort((a, b) => MARK_ORDER.indexOf(a.type.name) - MARK_ORDER.indexOf(b.type.name));
}

/** A footnote: floated to the page foot by the paged-media script, or a numbered call to an endnote. */
function footnoteHtml(node: PMNode, ctx: HtmlContext): string {
  const number = ctx.counters.nextNote();
  const text = node.textContent.trim();
  // The number is written out (not a CSS counter): Paged.js's counters go wrong when a note moves to the next page.
  // A floated note leaves its paragraph for the foot of the page: it says its own direction and language.
  if (ctx.noteLayout === 'float')
    return `<span class="footnote fn-${number}"${textAttrs(text, ctx)}><span class="fn-no">${number}.</span> ${escapeHtml(text)}</span>`;
  ctx.endnotes.push({ number, text });
  return `<sup class="note-call"><a href="#note-${number}" id="note-ref-${number}">${number}</a></sup>`;
}

/** The call of comment `n` (listed in the "Comments" section), written where its range ends. */
function commentCall(n: number): string {
  return `<sup class="comment-call"><a href="#comment-${n}" id="comment-ref-${n}">C${n}</a></sup>`;
}

/**
 * The inline content of a textblock as HTML. Marks are reopened per run in a fixed order, which
 * keeps the output well nested however the marks overlap. Comment calls are written at their offsets.
 */
export function inlineHtml(block: PMNode, ctx: HtmlContext): string {
  let out = '';
  let open: Mark[] = [];
  const calls = ctx.commentCalls.get(block) ?? [];
  let next = 0;
  const callsUpTo = (offset: number) => {
    let html = '';
    while (next < calls.length && calls[next]!.offset <= offset) html += commentCall(calls[next++]!.number);
    return html;
  };
  const closeAll = () => {
    for (let i = open.length - 1; i >= 0; i--) out += closeMark(open[i]!, ctx);
    open = [];
  };
  block.forEach((child, offset) => {
    const marks = child.isText ? sortedMarks(child.marks) : [];
    let keep = 0;
    while (keep < open.length && keep < marks.length && open[keep]!.eq(marks[keep]!)) keep++;
    for (let i = open.length - 1; i >= keep; i--) out += closeMark(open[i]!, ctx);
    open = open.slice(0, keep);
    for (const mark of marks.slice(keep)) {
      out += openMark(mark, ctx);
      open.push(mark);
    }
    if (child.isText) {
      const text = child.text ?? '';
      let start = 0;
      while (next < calls.length && calls[next]!.offset < offset + text.length) {
        const cut = Math.max(start, calls[next]!.offset - offset);
        out += escapeHtml(text.slice(start, cut)) + callsUpTo(offset + cut);
        start = cut;
      }
      out += escapeHtml(text.slice(start));
    } else if (child.type.name === 'hardBreak') out += '<br>';
    else if (child.type.name === 'footnote') out += footnoteHtml(child, ctx);
    else if (child.type.name === 'crossRef') out += crossRefHtml(child, ctx);
    out += callsUpTo(offset + child.nodeSize);
  });
  closeAll();
  out += callsUpTo(Number.POSITIVE_INFINITY);
  return out;
}
