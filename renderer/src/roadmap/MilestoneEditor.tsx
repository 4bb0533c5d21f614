import { useState } from 'react';
import type * as Y from 'yjs';
import type { MilestonePatch, RoadmapMilestone } from '../../../shared/model/roadmap.ts';
import { upsertMilestone } from '../../../shared/model/roadmap.ts';
import { isUncertain } from '../../../shared/domain/sources.ts';
import { useT } from '../i18n/useT.ts';
import { roadmapDescription, roadmapTitle } from '../../../shared/i18n/roadmapWording.ts';

/**
 * Records a milestone's real dates and outcome as they are announced. Dates stay marked projected or
 * unconfirmed until the coalition ticks "confirmed"; a source for the confirmation can be added.
 */
export function MilestoneEditor({
  workspace,
  milestone: m,
  onDone,
}: {
  workspace: Y.Doc;
  milestone: RoadmapMilestone;
  onDone(): void;
}) {
  const [start, setStart] = useState(m.date.start);
  const [end, setEnd] = useState(m.date.end ?? '');
  const t = useT();
  // The shipped description in the interface language; saved unchanged, the workspace keeps the shipped
  // words (so every member still reads them in their own language).
  const shownDescription = roadmapDescription(t, m);
  const [description, setDescription] = useState(shownDescription);
  const [confirmed, setConfirmed] = useState(!isUncertain(m.confidence));
  const [source, setSource] = useState('');
  const [error, setError] = useState<string | null>(null);

  const save = () => {
    const kept = description === shownDescription ? m.description : description;
    const patch: MilestonePatch = { id: m.id, date: { start, ...(end ? { end } : {}) }, description: kept };
    if (confirmed && isUncertain(m.confidence)) Object.assign(patch, { confidence: 'confirmed', precision: 'day' });
    if (source.trim()) patch.sources = [...m.sources, { label: source.trim().slice(0, 300) }];
    try {
      upsertMilestone(workspace, patch);
      onDone();
    } catch {
      setError(t('milestone.badDates'));
    }
  };

  return (
    <form
      className="milestone-editor"
      aria-label={t('milestone.edit', { title: roadmapTitle(t, m) })}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label htmlFor={`${m.id}-start`}>{t('milestone.start')}</label>
      <input id={`${m.id}-start`} type="date" required value={start} onChange={(e) => setStart(e.target.value)} />
      <label htmlFor={`${m.id}-end`}>{t('milestone.end')}</label>
      <input id={`${m.id}-end`} type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
      <label htmlFor={`${m.id}-description`}>{t('milestone.notes')}</label>
      <textarea
        dir="auto"
        id={`${m.id}-description`}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <label htmlFor={`${m.id}-source`}>{t('milestone.source')}</label>
      <input
        dir="auto"
        id={`${m.id}-source`}
        placeholder={t('milestone.sourcePlaceholder')}
        value={source}
        onChange={(e) => setSource(e.target.value)}
      />
      {isUncertain(m.confidence) && (
        <label className="toggle wide">
          <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          {t('milestone.confirmed')}
        </label>
      )}
      {error && (
        <p role="alert" className="field-error wide">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
