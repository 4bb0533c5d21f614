import { Footnote } from '../../../shared/schema/footnote.ts';
import type { Translate } from '../i18n/useT.ts';
import { footnoteNumberAt, footnoteNumbersPlugin } from './footnoteNumbers.ts';

export interface FootnoteEditingOptions {
  /** Called with the footnote's position when the writer clicks its number. */
  onEdit(pos: number): void;
  /** The interface language, for the footnote's tooltip and accessible name. */
  t: Translate | null;
}

/**
 * The footnote as the writer sees it: a superscript number (from the footnote numbers plugin, so it
 * renumbers itself as footnotes are added, moved or deleted) that opens the footnote for editing.
 */
export const FootnoteEditing = Footnote.extend<FootnoteEditingOptions>({
  addOptions() {
    return { onEdit: () => undefined, t: null };
  },
  addProseMirrorPlugins() {
    return [footnoteNumbersPlugin()];
  },
  addNodeView() {
    return ({ node, getPos, editor }) => {
      const dom = document.createElement('sup');
      dom.className = 'footnote-ref';
      const pos = getPos();
      const number = typeof pos === 'number' ? footnoteNumberAt(editor.state, pos) : null;
      if (number !== null) dom.dataset.number = String(number);
      dom.setAttribute('role', 'button');
      dom.contentEditable = 'false';
      const t = this.options.t;
      const describe = (text: string) => {
        if (!t) return;
        dom.title = text || t('footnote.empty');
        dom.setAttribute('aria-label', text ? t('footnote.named', { text }) : t('footnote.empty'));
      };
      describe(node.textContent);
      dom.addEventListener('mousedown', (e) => e.preventDefault());
      dom.addEventListener('click', () => {
        const pos = getPos();
        if (typeof pos === 'number') this.options.onEdit(pos);
      });
      return {
        dom,
        update: (updated) => {
          if (updated.type.name !== 'footnote') return false;
          describe(updated.textContent);
          return true;
        },
        ignoreMutation: () => true,
        stopEvent: () => false,
      };
    };
  },
});
