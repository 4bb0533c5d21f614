import { EndnoteReferenceRun, ExternalHyperlink, FootnoteReferenceRun, Paragraph, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Node as PMNode } from '@tiptap/pm/model';
import { safeHref } from '../html/escape.ts';
import type { DocxContext } from './docxContext.ts';

function textRun(node: PMNode): TextRun {
  const has = (name: string) => node.marks.some((m) => m.type.name === name);
  return new TextRun({
    text: node.text ?? '',
    bold: has('bold') || undefined,
    italics: has('italic') || undefined,
    underline: has('underline') ? {} : undefined,
    strike: has('strike') || undefined,
  });
}

function linkOf(node: PMNode): string | null {
  const mark = node.marks.find((m) => m.type.name === 'link');
  return mark ? safeHref(mark.attrs.href) : null;
}

/** A footnote or endnote reference; its text is registered with the document. */
function noteRun(node: PMNode, ctx: DocxContext): ParagraphChild {
  const id = ctx.counters.nextNote();
  const paragraph = { children: [new Paragraph({ children: [new TextRun(node.textContent.trim())] })] };
  if (ctx.options.notes === 'endnotes') {
    ctx.endnotes[id] = paragraph;
    return new EndnoteReferenceRun(id);
  }
  ctx.footnotes[id] = paragraph;
  return new FootnoteReferenceRun(id);
}

/** The inline content of a textblock as Word runs; consecutive runs with one link share one hyperlink. */
export function docxInline(block: PMNode, ctx: DocxContext): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let link: { href: string; runs: TextRun[] } | null = null;
  const flush = () => {
    if (link) out.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
    link = null;
  };
  block.forEach((child) => {
    const href = child.isText ? linkOf(child) : null;
    if (href === null || link?.href !== href) flush();
    if (child.isText) {
      const run = textRun(child);
      if (href === null) out.push(run);
      else (link ??= { href, runs: [] }).runs.push(new TextRun({ text: child.text ?? '', style: 'Hyperlink', bold: child.marks.some((m) => m.type.name === 'bold') || undefined, italics: child.marks.some((m) => m.type.name === 'italic') || undefined }));
      return;
    }
    if (child.type.name === 'hardBreak') out.push(new TextRun({ text: '', break: 1 }));
    else if (child.type.name === 'footnote') out.push(noteRun(child, ctx));
  });
  flush();
  return out;
}
