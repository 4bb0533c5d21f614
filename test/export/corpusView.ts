import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Node as PMNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { importDocx } from '../../shared/import/importDocx.ts';
import { importedToYDoc } from '../../shared/import/importedToYDoc.ts';
import { snapshotExportModel } from '../../shared/export/exportModel.ts';
import type { ExportModel } from '../../shared/export/exportModel.ts';
import { reviewSuggestions } from '../../shared/review/reviewSuggestions.ts';
import type { Verdict } from '../../shared/review/reviewSuggestions.ts';

/** The Word corpus: files written by LibreOffice and by the `docx` library (test/fixtures/word/). */
export const CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/word');

/** A corpus file imported as the app imports it, then read back from the new document's Y.Doc. */
export async function importCorpusFile(
  name: string,
): Promise<{ model: ExportModel; dropped: Record<string, number>; wordComments: number }> {
  const bytes = new Uint8Array(fs.readFileSync(path.join(CORPUS, name)));
  const imported = await importDocx(bytes, name);
  const comments = unzipSync(bytes, { filter: (f) => f.name === 'word/comments.xml' })['word/comments.xml'];
  const wordComments = comments ? (strFromU8(comments).match(/<w:comment\s/g)?.length ?? 0) : 0;
  return { model: snapshotExportModel(importedToYDoc(imported)), dropped: imported.dropped, wordComments };
}

/** Comment threads as a reader sees them, in document order: the text each is on, resolved or not, who said what. */
export function threadsOf(model: ExportModel) {
  // Threads on the same text are ordered by their first message, so the order does not depend on thread ids.
  const first = (c: ExportModel['comments'][number]) => c.messages[0]?.text ?? '';
  const sorted = [...model.comments].sort((a, b) => a.from - b.from || first(a).localeCompare(first(b)));
  return sorted.map((c) => ({
    on: model.body.textBetween(c.from, c.to, ' | ', '¶'),
    resolved: c.resolved,
    messages: c.messages.map((m) => `${m.authorName}: ${m.text}`),
  }));
}

const MARKS: Record<string, [string, string]> = { bold: ['**', '**'], italic: ['_', '_'] };

/** One line per block: text with bold as **x**, italic as _x_, footnotes as [^note]. */
function render(body: PMNode, suggestion?: (node: PMNode) => string | null): string[] {
  const lines: string[] = [];
  body.descendants((node) => {
    if (!node.isTextblock) return true;
    let line = '';
    node.forEach((child) => {
      let text = child.type.name === 'footnote' ? `[^${child.textContent}]` : (child.text ?? '');
      for (const m of child.marks)
        text = MARKS[m.type.name] ? `${MARKS[m.type.name]![0]}${text}${MARKS[m.type.name]![1]}` : text;
      const kind = suggestion?.(child);
      line += kind ? `${kind}${text}}` : text;
    });
    lines.push(line);
    return false;
  });
  return lines;
}

/** The body with each suggestion shown with its author: `Ana Ortiz{+inserted}`, `Ben Kaya{-deleted}`. */
export function markedView(model: ExportModel): string[] {
  return render(model.body, (node) => {
    const m = node.marks.find((k) => k.type.name === 'insertion' || k.type.name === 'deletion');
    if (!m) return null;
    const author = model.suggestions[String(m.attrs.id)]?.authorName ?? '?';
    return `${author}{${m.type.name === 'insertion' ? '+' : '-'}`;
  });
}

/** How many distinct suggestions the body holds. */
export function suggestionCount(model: ExportModel): number {
  const ids = new Set<string>();
  model.body.descendants((n) => {
    for (const m of n.marks) if (m.type.name === 'insertion' || m.type.name === 'deletion') ids.add(String(m.attrs.id));
  });
  return ids.size;
}

/** The body after accepting or rejecting every suggestion, as the review panel's buttons do. */
export function afterAll(model: ExportModel, verdict: Verdict): string[] {
  const state = EditorState.create({ doc: model.body });
  const tr = reviewSuggestions(state, null, verdict);
  return render(tr ? state.apply(tr).doc : model.body).filter((l) => l.replace(/\u200B/g, '') !== '');
}
