import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, InsertedTextRun, TextRun } from 'docx';
import type { ICommentOptions, IRunOptions, ParagraphChild, Paragraph } from 'docx';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { ExportComment, SuggestionInfo } from '../exportModel.ts';
import type { CommentPoint } from '../commentPoints.ts';
import type { ExportWording } from '../exportWording.ts';
import { fill } from '../exportWording.ts';
import { detectLanguage } from '../../i18n/detectLanguage.ts';
import { firstStrongDirection } from '../../i18n/textDirection.ts';
import { directedParagraph, scopedTextRuns } from './docxLanguage.ts';
import type { BlockScope } from '../../model/blockLanguage.ts';

/** The review state of one DOCX render: Word ids for comments and revisions, suggestion authors. */
export interface DocxReview {
  suggestions: Record<string, SuggestionInfo>;
  points: Map<PMNode, CommentPoint[]>;
  /** Word comment ids of each thread (first message, then replies), by comment index. */
  wordIds: number[][];
  nextRevision: () => number;
  /** Used when a suggestion has no recorded time (Word requires one). */
  fallbackDate: string;
}

/** An ISO time as Word writes it (no milliseconds), or null. */
function wordDate(value: string): string | null {
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((w) => /\p{L}/u.exec(w)?.[0] ?? '')
    .filter(Boolean);
  return letters.slice(0, 3).join('').toUpperCase() || '?';
}

/** A comment's line as a paragraph in its own direction (an Arabic reply in an English document is right to left). */
function commentLine(text: string, document: BlockScope, italics = false): Paragraph {
  const scope = { dir: firstStrongDirection(text) ?? document.dir, lang: detectLanguage(text) ?? document.lang };
  return directedParagraph(scope.dir, { children: scopedTextRuns(text, scope, document, { italics }) });
}

/** Threads as Word comments: the first message is the comment, replies are comments threaded to it (commentsExtended.xml). */
export function wordComments(
  comments: readonly ExportComment[],
  review: DocxReview,
  words: ExportWording,
  document: BlockScope,
): ICommentOptions[] {
  const out: ICommentOptions[] = [];
  comments.forEach((c, index) => {
    const ids = review.wordIds[index]!;
    c.messages.forEach((m, i) => {
      const date = wordDate(m.createdAt);
      out.push({
        id: ids[i]!,
        author: m.authorName || words.unknownAuthor,
        initials: initials(m.authorName),
        date: date ? new Date(date) : undefined,
        parentId: i > 0 ? ids[0] : undefined,
        children: [
          // A thread whose text is gone sits at a point; say what it was about.
          ...(c.orphaned && i === 0 && c.quote
            ? [commentLine(fill(words.commentOnRemoved, { quote: c.quote }), document, true)]
            : []),
          ...m.text.split(/\r?\n/).map((line) => commentLine(line, document)),
        ],
      });
    });
  });
  return out;
}

/** Numbers every message of every thread (Word comment ids) and returns the review state. */
export function createDocxReview(
  comments: readonly ExportComment[],
  suggestions: Record<string, SuggestionInfo>,
  points: Map<PMNode, CommentPoint[]>,
): DocxReview {
  let next = 0;
  const wordIds = comments.map((c) => c.messages.map(() => next++));
  // Revision ids follow the comment ids, so that no two annotations share one.
  let revision = next;
  return {
    suggestions,
    points,
    wordIds,
    nextRevision: () => revision++,
    fallbackDate: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

/** Range starts, ends and references for the points at one place. */
export function pointRuns(points: readonly CommentPoint[], review: DocxReview): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const p of points) {
    for (const id of review.wordIds[p.index] ?? []) {
      if (p.kind === 'start') out.push(new CommentRangeStart(id));
      else out.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    }
  }
  return out;
}

/** A run of `text` with `node`'s formatting: a Word tracked insertion or deletion when it carries a suggestion mark. */
export function reviewRun(node: PMNode, text: string, options: IRunOptions, review: DocxReview): ParagraphChild {
  const suggestion = node.marks.find((m) => m.type.name === 'insertion' || m.type.name === 'deletion');
  if (!suggestion) return new TextRun({ ...options, text });
  const info = review.suggestions[String(suggestion.attrs.id)];
  const change = {
    id: review.nextRevision(),
    author: info?.authorName || 'Unknown',
    date: wordDate(info?.createdAt ?? '') ?? review.fallbackDate,
  };
  return suggestion.type.name === 'insertion'
    ? new InsertedTextRun({ ...options, text, ...change })
    : new DeletedTextRun({ ...options, text, ...change });
}
