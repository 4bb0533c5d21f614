import { useState } from 'react';
import type * as Y from 'yjs';
import type { RoadmapMilestone } from '../../../shared/model/roadmap.ts';
import type { Member } from '../../../shared/model/members.ts';
import type { IndexEntry } from '../../../shared/model/workspaceIndex.ts';
import { isUncertain } from '../../../shared/domain/sources.ts';
import { dueDate } from '../../../shared/domain/deadlines.ts';
import { ConfidenceBadge } from '../ui/ConfidenceBadge.tsx';
import { Checklist } from './Checklist.tsx';
import { MilestoneEditor } from './MilestoneEditor.tsx';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { selectKey } from '../i18n/selectKey.ts';
import { roadmapDescription, roadmapNote, roadmapTitle } from '../../../shared/i18n/roadmapWording.ts';

/** One milestone on the timeline: when (editable, and how far off), how sure, its documents and its checklist. */
export function MilestoneItem({
  workspace,
  milestone: m,
  documents,
  members,
  today,
}: {
  workspace: Y.Doc;
  milestone: RoadmapMilestone;
  documents: IndexEntry[];
  members: Member[];
  /** YYYY-MM-DD. */
  today: string;
}) {
  const [editing, setEditing] = useState(false);
  const t = useT();
  const format = useFormat();
  const due = dueDate(m);
  // Concord's own words in the interface language; a coalition's edits as written.
  const title = roadmapTitle(t, m);
  const description = roadmapDescription(t, m);
  const note = roadmapNote(t, m);
  return (
    <>
      <h2 className="milestone-heading">
        <time dateTime={m.date.start}>{format.days(m.date.start, m.date.end)}</time>
        {title}
        <ConfidenceBadge confidence={m.confidence} note={note} />
        {!editing && (
          <button
            type="button"
            className="link-button"
            aria-label={t('milestone.edit', { title })}
            onClick={() => setEditing(true)}
          >
            {t('common.edit')}
          </button>
        )}
      </h2>
      {due >= today && <p className="milestone-when">{format.fromToday(due, today)}</p>}
      {isUncertain(m.confidence) && note && (
        <p className="confidence-note" dir="auto">
          {note}
        </p>
      )}
      {editing ? (
        <MilestoneEditor workspace={workspace} milestone={m} onDone={() => setEditing(false)} />
      ) : (
        description && (
          <p className="hint" dir="auto">
            {description}
          </p>
        )
      )}
      {documents.length > 0 && (
        <ul className="linked-docs" aria-label={t('milestone.documents', { title })}>
          {documents.map((d) => (
            <li key={d.id}>
              <a href={`#/doc/${d.id}`}>
                <bdi>{d.title}</bdi>
              </a>
              <span className={`status status-${d.status}`}>{t('status.name', { status: selectKey(d.status) })}</span>
            </li>
          ))}
        </ul>
      )}
      <Checklist workspace={workspace} milestoneId={m.id} milestoneTitle={title} members={members} />
    </>
  );
}
