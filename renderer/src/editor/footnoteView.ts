import { Footnote } from '../../../shared/schema/footnote.ts';

export interface FootnoteEditingOptions {
  /** Called with the footnote's position when the writer clicks its number. */
  onEdit(pos: number): void;
}

/**
 * The footnote as the writer sees it: a superscript number (a CSS counter, so it renumbers itself as
 * footnotes are added, moved or deleted) that opens the footnote for editing.
 */
export const FootnoteEditing = Footnote.extend<FootnoteEditingOptions>({
  addOptions() {
    return { onEdit: () => undefined };
  },
  addNodeView() {
    return ({ node, getPos }) => {
      const dom = document.createElement('sup');
      dom.className = 'footnote-ref';
      dom.setAttribute('role', 'button');
      dom.contentEditable = 'false';
      const describe = (text: string) => {
        dom.title = text || '(empty footnote)';
        dom.setAttribute('aria-label', `Footnote: ${text || 'empty'}`);
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
