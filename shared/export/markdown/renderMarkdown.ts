import type { Node as PMNode } from '@tiptap/pm/model';
import type { ExportModel } from '../exportModel.ts';
import type { ExportOptions } from '../exportOptions.ts';
import { mapComments, prepareBody } from '../suggestionView.ts';
import { directionOf } from '../../i18n/locales.ts';
import { exportWording, fill } from '../exportWording.ts';
import type { ExportWording } from '../exportWording.ts';
import { commentQuote, isoDay, openComments, printedUncertainties, signatoryPlacement } from '../reviewText.ts';
import { headingLevel } from '../documentPlan.ts';
import { escapeMarkdown, markdownInline } from './markdownInline.ts';
import { captionMarkdown, imageMarkdown } from './markdownFigures.ts';
import { ExportCaptions } from '../exportFigures.ts';
import type { MarkdownContext } from './markdownFigures.ts';

/** Keeps a paragraph that starts like a list item or a rule ("2022. The forum", "- x") a paragraph. */
function guardLineStart(text: string): string {
  return text.replace(/^(\d{1,9})([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : by + line))
    .join('\n');
}

function tableMarkdown(table: PMNode, ctx: MarkdownContext): string {
  const rows: string[][] = [];
  table.forEach((row) => {
    const cells: string[] = [];
    row.forEach((cell) => {
      const parts: string[] = [];
      cell.forEach((block) =>
        parts.push(
          block.type.name === 'caption'
            ? captionMarkdown(block, ctx, true)
            : block.isTextblock
              ? markdownInline(block, ctx, true)
              : escapeMarkdown(block.textContent),
        ),
      );
      cells.push(parts.join(' ').trim() || ' ');
    });
    rows.push(cells);
  });
  const width = Math.max(1, ...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? ' ').join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

function blockMarkdown(node: PMNode, ctx: MarkdownContext): string {
  switch (node.type.name) {
    case 'paragraph':
      return guardLineStart(markdownInline(node, ctx));
    case 'caption':
      return captionMarkdown(node, ctx);
    case 'image':
      return imageMarkdown(node, ctx);
    case 'heading':
      return `${'#'.repeat(headingLevel(node))} ${markdownInline(node, ctx)}`;
    case 'blockquote':
      return blocksMarkdown(node, ctx)
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
    case 'bulletList':
    case 'orderedList': {
      const ordered = node.type.name === 'orderedList';
      const start = Number.isInteger(Number(node.attrs.start)) ? Number(node.attrs.start) : 1;
      const items: string[] = [];
      node.forEach((item, _offset, i) => {
        const marker = ordered ? `${start + i}. ` : '- ';
        items.push(marker + indent(blocksMarkdown(item, ctx), ' '.repeat(marker.length)));
      });
      return items.join('\n');
    }
    case 'table':
      return tableMarkdown(node, ctx);
    case 'horizontalRule':
      return '---';
    default:
      return '';
  }
}

function blocksMarkdown(node: PMNode, ctx: MarkdownContext): string {
  const out: string[] = [];
  node.forEach((child) => {
    const md = blockMarkdown(child, ctx);
    if (md) out.push(md);
  });
  return out.join('\n\n');
}

/** The open comment threads as a final "Comments" section: the text each is on, then its messages. */
function commentsMarkdown(
  body: PMNode,
  model: ExportModel,
  prepared: ReturnType<typeof prepareBody>,
  words: ExportWording,
): string {
  const threads = openComments(mapComments(model.comments, prepared));
  if (threads.length === 0) return '';
  const items = threads.map((c, i) => {
    const on = fill(words.commentOn, { quote: escapeMarkdown(commentQuote(body, c)) });
    const lines = [`- **C${i + 1}** ${on}${c.orphaned ? ` ${words.orphaned}` : ''}`];
    for (const m of c.messages) {
      const who = [m.authorName || words.unknownAuthor, isoDay(m.createdAt)].filter(Boolean).join(', ');
      lines.push(`  - ${escapeMarkdown(who)}: ${escapeMarkdown(m.text.replace(/\s+/g, ' ').trim())}`);
    }
    return lines.join('\n');
  });
  return `## ${words.comments}\n\n${items.join('\n')}`;
}

/** A closing "## Title" section with one list item per line; '' when there are none. */
function closingMarkdown(title: string, lines: readonly string[], intro?: string): string {
  if (lines.length === 0) return '';
  const items = lines.map((l) => `- ${escapeMarkdown(l)}`).join('\n');
  return [`## ${title}`, intro ?? '', items].filter(Boolean).join('\n\n');
}

/**
 * The document as CommonMark with GFM tables and strikethrough and footnotes (`[^1]`), behind a small
 * YAML front matter (title, subtitle, paragraph-numbering, and `lang` and `dir` as Pandoc reads
 * them). Objective tags and paragraph numbers
 * have no Markdown form and are left out; guidance is never exported. Suggestions read as accepted
 * unless `options.suggestions` is 'marked' (CriticMarkup `{++inserted++}`, `{--deleted--}`); open
 * comments are listed at the end when `options.comments` is 'endnotes'. A letter's signatories
 * (`signatoriesAt: 'end'`) and, with `confidenceNote: 'end'`, the note on unconfirmed facts close it.
 * Images link to their files beside it (`imageLinks`, from `markdownImageFiles`); captions carry their
 * label ("*Figure 3.*") and cross-references read it.
 */
export function renderMarkdown(
  model: ExportModel,
  options: Partial<Pick<ExportOptions, 'comments' | 'suggestions' | 'confidenceNote'>> = {},
  imageLinks: ReadonlyMap<string, string> = new Map(),
): string {
  const notes: string[] = [];
  const prepared = prepareBody(model.body, options.suggestions ?? 'accepted');
  const words = exportWording(model.meta.language);
  const captions = new ExportCaptions(prepared.body, words);
  const body = blocksMarkdown(prepared.body, {
    note: (text) => notes.push(text),
    crossRef: (target) => captions.labelOf(target),
    captions,
    imageLinks,
  });
  const comments = options.comments === 'endnotes' ? commentsMarkdown(prepared.body, model, prepared, words) : '';
  const signatories = signatoryPlacement(model) === 'end' ? model.signatories : [];
  const facts = printedUncertainties(model, options);
  const front = ['---', `title: ${JSON.stringify(model.meta.title)}`];
  if (model.meta.subtitle) front.push(`subtitle: ${JSON.stringify(model.meta.subtitle)}`);
  if (model.meta.paragraphNumbering) front.push('paragraph-numbering: true');
  front.push(`lang: ${model.meta.language}`, `dir: ${directionOf(model.meta.language)}`, '---');
  const definitions = notes.map((text, i) => `[^${i + 1}]: ${escapeMarkdown(text) || ' '}`);
  const closing = [
    closingMarkdown(words.signatories, signatories),
    comments,
    closingMarkdown(words.facts, facts, words.factsIntro),
  ];
  return [front.join('\n'), body, ...closing, definitions.join('\n')].filter(Boolean).join('\n\n') + '\n';
}
