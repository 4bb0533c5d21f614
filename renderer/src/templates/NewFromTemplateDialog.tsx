import { useMemo, useState } from 'react';
import type { Session } from '../app/session.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { templateGroups } from '../../../shared/templates/listTemplates.ts';
import { instantiateTemplate } from '../../../shared/templates/instantiate.ts';
import { listMilestones } from '../../../shared/model/roadmap.ts';
import { dueDate } from '../../../shared/domain/deadlines.ts';
import type { Template } from '../../../shared/templates/template.ts';
import { flattenSections, templateConfidence } from '../../../shared/templates/template.ts';
import { directionOf, type Locale } from '../../../shared/i18n/locales.ts';
import { ConfidenceBadge } from '../ui/ConfidenceBadge.tsx';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { TemplateLanguageField } from './TemplateLanguageField.tsx';
import { readCoverDefaults } from '../../../shared/model/coverDefaults.ts';
import { roadmapNote, roadmapTitle } from '../../../shared/i18n/roadmapWording.ts';

interface Props {
  session: Session;
  /** The language the dialog starts in (the interface's); the templates are shown and created in the chosen one. */
  language: Locale;
  onCreated(id: string): void;
  onClose(): void;
}

/**
 * New document from a template: templates grouped by the milestone they serve, next deadline first;
 * uncertain templates and milestones carry a badge, and the chosen template's note is shown. The
 * templates are written in the chosen language, which the new document takes.
 */
export function NewFromTemplateDialog({ session, language: initialLanguage, onCreated, onClose }: Props) {
  const ws = session.workspace.doc;
  const t = useT();
  const format = useFormat();
  const [language, setLanguage] = useState<Locale>(initialLanguage);
  const groups = useMemo(() => templateGroups(ws, new Date(), language), [ws, language]);
  const milestones = useMemo(() => listMilestones(ws).sort((a, b) => dueDate(a).localeCompare(dueDate(b))), [ws]);
  const [template, setTemplate] = useState<Template | null>(groups[0]?.templates[0] ?? null);
  // A template can serve several milestones and so appear in several groups: the choice is the pair.
  const [choice, setChoice] = useState(`${groups[0]?.milestone?.id ?? ''}:${groups[0]?.templates[0]?.id ?? ''}`);
  const [milestoneId, setMilestoneId] = useState<string>(groups[0]?.milestone?.id ?? '');
  const [title, setTitle] = useState('');
  const [subtitle, setSubtitle] = useState('');
  const [error, setError] = useState<string | null>(null);

  const choose = (chosen: Template, groupMilestone: string | null) => {
    setTemplate(chosen);
    setChoice(`${groupMilestone ?? ''}:${chosen.id}`);
    if (groupMilestone) setMilestoneId(groupMilestone);
  };
  // The same template (and choice) in the other language.
  const changeLanguage = (next: Locale) => {
    setLanguage(next);
    const same = templateGroups(ws, new Date(), next)
      .flatMap((g) => g.templates)
      .find((x) => x.id === template?.id);
    setTemplate(same ?? null);
  };
  const unofficialTitles = template ? flattenSections(template.sections).some((s) => s.titleNote) : false;
  const create = async () => {
    if (!template) return setError(t('templates.choose'));
    const milestone = milestones.find((m) => m.id === milestoneId) ?? null;
    const doc = instantiateTemplate(template, {
      title: title.trim() || template.title,
      // What was typed here wins; left empty, the template's subtitle, purpose and the milestone's month fill the cover.
      subtitle,
      milestoneId: milestone?.id ?? null,
      deadline: milestone ? dueDate(milestone) : null,
      cover: readCoverDefaults(ws),
    });
    onCreated(await session.library.adopt(doc));
    onClose();
  };

  return (
    <Dialog
      title={t('templates.newTitle')}
      onClose={onClose}
      onSubmit={() => void create()}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('templates.create')}
          </button>
        </>
      }
    >
      <TemplateLanguageField value={language} onChange={changeLanguage} />
      <div className="template-groups" role="radiogroup" aria-label={t('templates.label')}>
        {groups.map((g) => (
          <fieldset key={g.milestone?.id ?? 'none'}>
            <legend>
              {g.milestone
                ? t('templates.group', {
                    title: roadmapTitle(t, g.milestone),
                    date: format.day(g.due ?? ''),
                    past: String(!g.upcoming),
                  })
                : t('templates.other')}
              {g.milestone?.confidence && (
                <ConfidenceBadge confidence={g.milestone.confidence} note={roadmapNote(t, g.milestone)} />
              )}
            </legend>
            {g.templates.map((tpl) => (
              <label key={`${g.milestone?.id}:${tpl.id}`} className="template-option">
                <input
                  type="radio"
                  name="template"
                  checked={choice === `${g.milestone?.id ?? ''}:${tpl.id}`}
                  onChange={() => choose(tpl, g.milestone?.id ?? null)}
                />
                <span lang={language} dir={directionOf(language)}>
                  <strong>{tpl.title}</strong>
                  <ConfidenceBadge confidence={templateConfidence(tpl)} note={tpl.unconfirmedNote} />
                  <span className="hint"> {tpl.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      {template?.unconfirmedNote && (
        <p
          className="confidence-note"
          role="note"
          aria-label={t('templates.about')}
          lang={language}
          dir={directionOf(language)}
        >
          {template.unconfirmedNote}
        </p>
      )}
      {unofficialTitles && (
        <p className="confidence-note" role="note">
          {t('templates.unofficialTitles')}
        </p>
      )}
      <label className="field">
        <span>{t('library.columnTitle')}</span>
        <input
          dir="auto"
          value={title}
          placeholder={template?.title ?? ''}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('cover.subtitle')}</span>
        <input
          dir="auto"
          lang={language}
          value={subtitle}
          maxLength={500}
          placeholder={template?.cover?.subtitle ?? ''}
          onChange={(e) => setSubtitle(e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('library.milestone')}</span>
        <select value={milestoneId} onChange={(e) => setMilestoneId(e.target.value)}>
          <option value="">{t('templates.noMilestone')}</option>
          {milestones.map((m) => (
            <option key={m.id} value={m.id}>
              {t('templates.milestoneOption', {
                date: format.day(dueDate(m)),
                title: roadmapTitle(t, m),
                confidence: m.confidence,
              })}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
