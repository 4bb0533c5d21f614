import type { Token } from 'markdown-it';
import { FIGURE_WORDING } from '../export/figureWording.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORDS = [...new Set(Object.values(FIGURE_WORDING).flatMap((w) => [w.figure, w.table]))].map(escape);

/** "Figure 3." or "Tableau 2." exactly, in any of the six languages: how the Markdown export labels a caption. */
const EXPORTED_LABEL = new RegExp(`^(?:${WORDS.join('|')})\\s*\\d+\\.$`, 'i');

/**
 * Marks the paragraphs the Markdown export wrote for captions, `*Figure 3.* Cases by month` (a
 * label in emphasis, then the caption's text), as captions (`class="caption"`), so a document
 * exported to Markdown and imported again keeps its captions: the HTML importer then takes the label
 * off, as Concord numbers captions itself. Any other paragraph is left as it is.
 */
export function markMarkdownCaptions(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const open = tokens[i]!;
    const inline = tokens[i + 1]!;
    if (open.type !== 'paragraph_open' || inline.type !== 'inline') continue;
    const [emOpen, label, emClose, rest] = inline.children ?? [];
    if (emOpen?.type !== 'em_open' || label?.type !== 'text' || emClose?.type !== 'em_close') continue;
    if (!EXPORTED_LABEL.test(label.content.trim()) || rest?.type !== 'text' || !rest.content.trim()) continue;
    open.attrSet('class', 'caption');
    // Plain "Figure 3. Cases by month": the caption importer takes the label off and reads its kind.
    rest.content = `${label.content.trim()} ${rest.content.trimStart()}`;
    inline.children!.splice(0, 3);
  }
}
