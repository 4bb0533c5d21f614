import type { DocJson } from './importTypes.ts';

/** Longest title an import keeps (the importers' limit for titles and subtitles). */
const MAX_TITLE = 500;

/** The reading text of a node: footnotes (inline nodes with their own text) and suggested deletions left out. */
function readingText(node: DocJson): string {
  if (node.type === 'footnote') return '';
  if (node.type === 'text') return node.marks?.some((m) => m.type === 'deletion') ? '' : (node.text ?? '');
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(readingText).join('');
}

/** The text of the first heading at the top of the body that has any, whitespace collapsed; '' when none has. */
export function firstHeadingText(doc: DocJson): string {
  for (const block of doc.content ?? []) {
    if (block.type !== 'heading') continue;
    const text = readingText(block).replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return '';
}

/**
 * An imported document's title: the file's own (Word's core properties or Title paragraph, Markdown
 * front matter), else its first heading, else the file's name. A report saved as `report.md` whose
 * first line is `# Shadow report: Ruritania 2028` is titled after that line, not "report".
 */
export function importedTitle(own: string, doc: DocJson, fileName: string): string {
  return (own.trim() || firstHeadingText(doc) || fileName).slice(0, MAX_TITLE);
}
