import { isAllowedLink } from '../schema/linkPolicy.ts';
import type { DocJson } from './importTypes.ts';
import { FORMAT_DROPPED_KINDS } from './importTypes.ts';
import type { DropCounter, DroppedKind, FormatDroppedKind } from './importTypes.ts';
import type { HElement, HNode } from './htmlTree.ts';
import { textOf } from './htmlTree.ts';
import type { FootnoteIndex } from './htmlFootnotes.ts';

type MarkJson = NonNullable<DocJson['marks']>[number];

const MARK_TAGS: Record<string, string> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strike',
  del: 'strike',
  strike: 'strike',
};

/** Elements whose content is not text a document can hold; they are dropped and counted. */
export const DROPPED_ELEMENTS: Record<string, DroppedKind> = {
  img: 'image',
  svg: 'drawing',
  math: 'equation',
  video: 'video',
  audio: 'audio',
  iframe: 'embedded frame',
  object: 'embedded object',
  embed: 'embedded object',
  canvas: 'drawing',
  script: 'script',
  style: 'style sheet',
  form: 'form',
  input: 'form field',
  button: 'form field',
  select: 'form field',
  textarea: 'form field',
  template: 'template',
  noscript: 'script',
};

export interface InlineContext {
  notes: FootnoteIndex;
  dropped: DropCounter;
}

function withMark(marks: MarkJson[], mark: MarkJson): MarkJson[] {
  return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}

/** Converts inline HTML to ProseMirror inline JSON (text with marks, hard breaks, footnotes). */
export function inlineNodes(nodes: readonly HNode[], ctx: InlineContext, marks: MarkJson[] = []): DocJson[] {
  const out: DocJson[] = [];
  inlineInto(out, nodes, ctx, marks);
  return out;
}

/** Appends to `out` (one array for the whole paragraph: nested marks do not copy their content up). */
function inlineInto(out: DocJson[], nodes: readonly HNode[], ctx: InlineContext, marks: MarkJson[]): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      const text = node.replace(/[\s\u00a0]+/g, (ws) => (ws.includes('\u00a0') ? '\u00a0' : ' '));
      if (text) out.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
    } else inlineElement(out, node, ctx, marks);
  }
}

/**
 * The kind an element left out is counted as: an image the importer could not keep for its format
 * says which (`data-left-out`, set by the Word importer), so the report can tell what to do.
 */
export function droppedKind(el: HElement): DroppedKind | undefined {
  const kind = DROPPED_ELEMENTS[el.tag];
  const format = el.attrs['data-left-out'];
  if (kind !== 'image' || !format) return kind;
  return (FORMAT_DROPPED_KINDS as readonly string[]).includes(format) ? (format as FormatDroppedKind) : kind;
}

function inlineElement(out: DocJson[], el: HElement, ctx: InlineContext, marks: MarkJson[]): void {
  const dropped = droppedKind(el);
  if (dropped) return ctx.dropped.add(dropped);
  if (el.tag === 'br') return void out.push({ type: 'hardBreak' });
  if (el.tag === 'sup') {
    const note = ctx.notes.noteFor(el);
    if (note !== null) return void out.push({ type: 'footnote', content: note ? [{ type: 'text', text: note }] : [] });
  }
  const markType = MARK_TAGS[el.tag];
  if (markType) return inlineInto(out, el.children, ctx, withMark(marks, { type: markType }));
  if (el.tag === 'a' && el.attrs.href !== undefined) {
    const href = el.attrs.href.trim();
    // In-document anchors (#...) just lose their target; other schemes (javascript:, file:) are refused.
    if (href.startsWith('#')) return inlineInto(out, el.children, ctx, marks);
    if (isAllowedLink(href))
      return inlineInto(out, el.children, ctx, withMark(marks, { type: 'link', attrs: { href } }));
    ctx.dropped.add('unsafe link');
    return inlineInto(out, el.children, ctx, marks);
  }
  if (el.tag === 'code' || el.tag === 'kbd' || el.tag === 'samp') return inlineInto(out, [textOf(el)], ctx, marks);
  inlineInto(out, el.children, ctx, marks);
}

/** Trims a paragraph's inline content: no leading or trailing spaces, no empty text nodes. */
export function trimInline(nodes: DocJson[]): DocJson[] {
  let prevSpace = true;
  for (const n of nodes) {
    if (n.type !== 'text') {
      prevSpace = n.type === 'hardBreak';
      continue;
    }
    // HTML collapses white space across element boundaries too.
    if (prevSpace) n.text = (n.text ?? '').replace(/^ +/, '');
    if (n.text) prevSpace = n.text.endsWith(' ');
  }
  const out = nodes.filter((n) => n.type !== 'text' || (n.text ?? '') !== '');
  const first = out[0];
  if (first?.type === 'text') first.text = (first.text ?? '').replace(/^ +/, '');
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text = (last.text ?? '').replace(/ +$/, '');
  return out.filter((n) => n.type !== 'text' || (n.text ?? '') !== '');
}
