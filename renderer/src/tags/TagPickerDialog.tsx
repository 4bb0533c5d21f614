import { useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { Dialog } from '../ui/Dialog.tsx';
import { searchTags } from '../../../shared/domain/tags.ts';
import { applyTags, type TagTarget } from './tagCommands.ts';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';

/** Picks the Compact's objectives and guiding principles for a section or a selection, searching by number, title or label. */
export function TagPickerDialog({ editor, target, onClose }: { editor: Editor; target: TagTarget; onClose(): void }) {
  const t = useT();
  const format = useFormat();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string[]>(target.current);
  const results = useMemo(() => searchTags(query), [query]);
  const toggle = (tag: string) => setChosen((c) => (c.includes(tag) ? c.filter((x) => x !== tag) : [...c, tag]));
  return (
    <Dialog
      title={target.kind === 'section' ? t('tags.titleSection') : t('tags.titleText')}
      onClose={onClose}
      onClosed={() => editor.view.focus()}
      onSubmit={() => {
        applyTags(editor, target, chosen);
        onClose();
      }}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('tags.apply')}
          </button>
        </>
      }
    >
      <label className="field">
        <span>{t('tags.search')}</span>
        <input
          dir="auto"
          autoFocus
          value={query}
          placeholder={t('tags.searchPlaceholder')}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      <p className="hint">{chosen.length ? t('tags.chosen', { tags: format.list(chosen) }) : t('tags.chosenNone')}</p>
      <ul className="tag-results" aria-label={t('tags.results')}>
        {results.map((r) => (
          <li key={r.tag}>
            <label>
              <input type="checkbox" checked={chosen.includes(r.tag)} onChange={() => toggle(r.tag)} />
              <span className="tag-chip">{r.tag}</span>
              {r.kind === 'objective'
                ? t('tags.objective', { number: r.number, label: r.label })
                : t('tags.principle', { title: r.title })}
              {r.kind === 'objective' && (
                <span className="hint tag-title" dir="auto">
                  {r.title}
                </span>
              )}
            </label>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
