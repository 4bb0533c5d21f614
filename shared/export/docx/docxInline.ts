import { EndnoteReferenceRun, ExternalHyperlink, FootnoteReferenceRun, TextRun } from 'docx';
import type { IRunOptions, ParagraphChild } from 'docx';
import type { Node as PMNode } from '@tiptap/pm/model';
import { safeHref } from '../html/escape.ts';
import type { DocxContext } from './docxContext.ts';
import { pointRuns, reviewRun } from './docxReview.ts';
import { crossRefRun } from './docxFigures.ts';
import { directedParagraph, directedRuns, scopedTextRuns } from './docxLanguage.ts';
import { detectLanguage } from '../../i18n/detectLanguage.ts';
import { firstStrongDirection } from '../../i18n/textDirection.ts';

function runOptions(node: PMNode, inLink: boolean): IRunOptions {
  const has = (name: string) => node.marks.some((m) => m.type.name === name);
  if (inLink) return { style: 'Hyperlink', bold: has('bold') || undefined, italics: has('italic') || undefined };
  return {
    bold: has('bold') || undefined,
    italics: has('italic') || undefined,
    underline: has('underline') ? {} : undefined,
    strike: has('strike') || undefined,
  };
}

function linkOf(node: PMNode): string | null {
  const mark = node.marks.find((m) => m.type.name === 'link');
  return mark ? safeHref(mark.attrs.href) : null;
}

/** A footnote or endnote reference; its text is registered with the document. */
function noteRun(node: PMNode, ctx: DocxContext): ParagraphChild {
  const id = ctx.counters.nextNote();
  const text = node.textContent.trim();
  // A note is read on its own, at the foot of the page: its direction and language are its text's.
  const scope = {
    dir: firstStrongDirection(text) ?? ctx.document.dir,
    lang: detectLanguage(text) ?? ctx.document.lang,
  };
  const paragraph = {
    children: [directedParagraph(scope.dir, { children: scopedTextRuns(text, scope, ctx.document) })],
  };
  if (ctx.options.notes === 'endnotes') {
    ctx.endnotes[id] = paragraph;
    return new EndnoteReferenceRun(id);
  }
  ctx.footnotes[id] = paragraph;
  return new FootnoteReferenceRun(id);
}

/** Runs of one text node's slice, cut where the direction changes (Arabic runs carry `w:rtl`). */
function textRuns(node: PMNode, text: string, options: IRunOptions, ctx: DocxContext): ParagraphChild[] {
  const lang = ctx.scope.lang !== ctx.document.lang ? ctx.scope.lang : undefined;
  return directedRuns(text, ctx.scope.dir, options, lang).map((run) =>
    reviewRun(node, run.text, run.options, ctx.review),
  );
}

/**
 * The inline content of a textblock as Word runs; consecutive runs with one link share one
 * hyperlink. Suggested insertions and deletions become tracked changes, and comment ranges start
 * and end at their offsets (text is split there).
 */
export function docxInline(block: PMNode, ctx: DocxContext): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const points = ctx.review.points.get(block) ?? [];
  let next = 0;
  let link: { href: string; runs: ParagraphChild[] } | null = null;
  const flush = () => {
    if (link) out.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
    link = null;
  };
  const target = () => (link ? link.runs : out);
  const pointsUpTo = (offset: number, into: ParagraphChild[]) => {
    const here: typeof points = [];
    while (next < points.length && points[next]!.offset <= offset) here.push(points[next++]!);
    into.push(...pointRuns(here, ctx.review));
  };
  block.forEach((child, offset) => {
    const href = child.isText ? linkOf(child) : null;
    if (href === null || link?.href !== href) flush();
    if (href !== null) link ??= { href, runs: [] };
    pointsUpTo(offset, target());
    if (child.isText) {
      const text = child.text ?? '';
      const options = runOptions(child, href !== null);
      let start = 0;
      while (next < points.length && points[next]!.offset < offset + text.length) {
        const cut = points[next]!.offset - offset;
        if (cut > start) target().push(...textRuns(child, text.slice(start, cut), options, ctx));
        start = Math.max(start, cut);
        pointsUpTo(offset + start, target());
      }
      if (start < text.length) target().push(...textRuns(child, text.slice(start), options, ctx));
    } else if (child.type.name === 'hardBreak') out.push(new TextRun({ text: '', break: 1 }));
    else if (child.type.name === 'footnote') out.push(noteRun(child, ctx));
    else if (child.type.name === 'crossRef') target().push(crossRefRun(child, ctx));
  });
  flush();
  pointsUpTo(Number.POSITIVE_INFINITY, out);
  return out;
}
