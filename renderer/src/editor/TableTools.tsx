import type { Editor } from '@tiptap/core';
import { useT } from '../i18n/useT.ts';
import { Tool } from './Tool.tsx';

/** The table's own tools, shown while the cursor is in a table. */
export function TableTools({ editor }: { editor: Editor }) {
  const t = useT();
  const chain = () => editor.chain().focus();
  return (
    <span role="group" aria-label={t('toolbar.tableTools')} className="table-tools">
      <Tool label={t('toolbar.addRow')} onClick={() => chain().addRowAfter().run()}>
        {t('toolbar.addRowGlyph')}
      </Tool>
      <Tool label={t('toolbar.addColumn')} onClick={() => chain().addColumnAfter().run()}>
        {t('toolbar.addColumnGlyph')}
      </Tool>
      <Tool label={t('toolbar.deleteRow')} onClick={() => chain().deleteRow().run()}>
        {t('toolbar.deleteRowGlyph')}
      </Tool>
      <Tool label={t('toolbar.deleteColumn')} onClick={() => chain().deleteColumn().run()}>
        {t('toolbar.deleteColumnGlyph')}
      </Tool>
      <Tool label={t('toolbar.deleteTable')} onClick={() => chain().deleteTable().run()}>
        {t('toolbar.deleteTableGlyph')}
      </Tool>
    </span>
  );
}
