import { useState } from 'react';
import type * as Y from 'yjs';
import type { RoadmapMilestone } from '../../../shared/model/roadmap.ts';
import type { Member } from '../../../shared/model/members.ts';
import type { IndexEntry } from '../../../shared/model/workspaceIndex.ts';
import { isUncertain } from '../../../shared/domain/sources.ts';
import { ConfidenceBadge } from '../ui/ConfidenceBadge.tsx';
import { Checklist } from './Checklist.tsx';
import { MilestoneEditor } from './MilestoneEditor.tsx';

const STATUS: Record<string, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  final: 'Final',
  submitted: 'Submitted',
};

/** One milestone on the timeline: when (editable), how sure, its documents and its checklist. */
export function MilestoneItem({
  workspace,
  milestone: m,
  documents,
  members,
}: {
  workspace: Y.Doc;
  milestone: RoadmapMilestone;
  documents: IndexEntry[];
  members: Member[];
}) {
  const [editing, setEditing] = useState(false);
  return (
    <>
      <h2>
        <time dateTime={m.date.start}>
          {m.date.start}
          {m.date.end ? ` – ${m.date.end}` : ''}
        </time>{' '}
        {m.title} <ConfidenceBadge confidence={m.confidence} note={m.unconfirmedNote} />{' '}
        {!editing && (
          <button type="button" className="link-button" aria-label={`Edit ${m.title}`} onClick={() => setEditing(true)}>
            Edit
          </button>
        )}
      </h2>
      {isUncertain(m.confidence) && m.unconfirmedNote && <p className="confidence-note">{m.unconfirmedNote}</p>}
      {editing ? (
        <MilestoneEditor workspace={workspace} milestone={m} onDone={() => setEditing(false)} />
      ) : (
        m.description && <p className="hint">{m.description}</p>
      )}
      {documents.length > 0 && (
        <ul className="linked-docs" aria-label={`Documents for ${m.title}`}>
          {documents.map((d) => (
            <li key={d.id}>
              <a href={`#/doc/${d.id}`}>{d.title}</a>{' '}
              <span className={`status status-${d.status}`}>{STATUS[d.status] ?? d.status}</span>
            </li>
          ))}
        </ul>
      )}
      <Checklist workspace={workspace} milestoneId={m.id} milestoneTitle={m.title} members={members} />
    </>
  );
}
