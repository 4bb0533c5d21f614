import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { safeHref } from '../html/escape.ts';

// Suggestions, then link outermost, so that a link always closes after the emphasis inside it.
// Suggestion marks only reach the writer in the marked view; they are written as CriticMarkup.
const MARK_ORDER = ['insertion', 'deletion', 'link', 'bold', 'italic', 'strike'];
const CRITIC: Record<string, [string, string]> = { insertion: ['{++', '++}'], deletion: ['{--', '--}'] };

/** Escapes ASCII punctuation that Markdown could read as syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&#!]/g, '\\$&').replace(/\u00a0/g, '&nbsp;');
}

function linkTarget(href: string): string {
  return /[\s()<>]/.test(href) ? `<${href.replace(/[<>\s]/g, encodeURIComponent)}>` : href;
}

function opener(mark: Mark): string {
  const critic = CRITIC[mark.type.name];
  if (critic) return critic[0];
  if (mark.type.name === 'link') return safeHref(mark.attrs.href) ? '[' : '';
  return mark.type.name === 'bold' ? '**' : mark.type.name === 'italic' ? '*' : '~~';
}

function closer(mark: Mark): string {
  const critic = CRITIC[mark.type.name];
  if (critic) return critic[1];
  if (mark.type.name === 'link') {
    const href = safeHref(mark.attrs.href);
    return href ? `](${linkTarget(href)})` : '';
  }
  return opener(mark);
}

/** What inline writing asks of the document: a note's number (its text kept for the definitions at the end), a cross-reference's label. */
export interface InlineSink {
  note(text: string): number;
  crossRef(target: unknown): string;
}

/**
 * The inline content of a textblock as CommonMark (+ GFM strikethrough, footnotes). Whitespace is
 * kept outside emphasis delimiters, which CommonMark requires for them to open and close.
 */
export function markdownInline(block: PMNode, sink: InlineSink, inTable = false): string {
  let out = '';
  let open: Mark[] = [];
  let pendingSpace = '';
  const transition = (marks: Mark[]) => {
    let keep = 0;
    while (keep < open.length && keep < marks.length && open[keep]!.eq(marks[keep]!)) keep++;
    for (let i = open.length - 1; i >= keep; i--) out += closer(open[i]!);
    out += pendingSpace;
    pendingSpace = '';
    for (const mark of marks.slice(keep)) out += opener(mark);
    open = marks;
  };
  block.forEach((child) => {
    if (child.isText) {
      const raw = (child.text ?? '').replace(/\n/g, ' ');
      const marks = child.marks
        .filter((m) => MARK_ORDER.includes(m.type.name))
        .sort((a, b) => MARK_ORDER.indexOf(a.type.name) - MARK_ORDER.indexOf(b.type.name));
      const core = raw.trim();
      if (!core) {
        pendingSpace += raw;
        return;
      }
      const lead = raw.slice(0, raw.length - raw.trimStart().length);
      pendingSpace += lead;
      transition(marks);
      out += escapeMarkdown(core);
      pendingSpace = raw.slice(raw.trimEnd().length);
    } else if (child.type.name === 'hardBreak') {
      out += pendingSpace + (inTable ? ' ' : '\\\n');
      pendingSpace = '';
    } else if (child.type.name === 'footnote') {
      out += pendingSpace + `[^${sink.note(child.textContent.trim())}]`;
      pendingSpace = '';
    } else if (child.type.name === 'crossRef') {
      transition(child.marks.filter((m) => MARK_ORDER.includes(m.type.name)));
      out += escapeMarkdown(sink.crossRef(child.attrs.target));
    }
  });
  transition([]);
  return out;
}
