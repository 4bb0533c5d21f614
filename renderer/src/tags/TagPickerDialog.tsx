import { useMemo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { Dialog } from '../ui/Dialog.tsx';
import { searchTags } from '../../../shared/domain/tags.ts';
import { applyTags, type TagTarget } from './tagCommands.ts';
import type { Locale } from '../../../shared/i18n/locales.ts';
import { LocalTagTitle } from './LocalTagTitle.tsx';

interface Props {
  editor: Editor;
  target: TagTarget;
  /** The document's language: titles are shown and searched in it too. */
  language: Locale;
  onClose(): void;
}

/** Picks the Compact's objectives and guiding principles for a section or a selection, searching by number, title or label. */
export function TagPickerDialog({ editor, target, language, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string[]>(target.current);
  const results = useMemo(() => searchTags(query, language), [query, language]);
  const toggle = (tag: string) => setChosen((c) => (c.includes(tag) ? c.filter((t) => t !== tag) : [...c, tag]));
  return (
    <Dialog
      title={target.kind === 'section' ? 'Tag this section' : 'Tag the selected text'}
      onClose={onClose}
      onClosed={() => editor.view.focus()}
      onSubmit={() => {
        applyTags(editor, target, chosen);
        onClose();
      }}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Apply tags
          </button>
        </>
      }
    >
      <label className="field">
        <span>Search objectives and principles</span>
        <input autoFocus value={query} placeholder="13, detention, P6…" onChange={(e) => setQuery(e.target.value)} />
      </label>
      <p className="hint">Chosen: {chosen.length ? chosen.join(', ') : 'none'}</p>
      <ul className="tag-results" aria-label="Objectives and principles">
        {results.map((t) => (
          <li key={t.tag}>
            <label>
              <input type="checkbox" checked={chosen.includes(t.tag)} onChange={() => toggle(t.tag)} />
              <span className="tag-chip">{t.tag}</span>{' '}
              {t.kind === 'objective' ? `Objective ${t.number}: ${t.label}` : `Principle: ${t.title}`}
              <span className="hint"> {t.kind === 'objective' ? t.title : ''}</span>
              <LocalTagTitle tag={t} language={language} />
            </label>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
