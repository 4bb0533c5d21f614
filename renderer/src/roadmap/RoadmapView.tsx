import { useState } from 'react';
import type { Session } from '../app/session.ts';
import type { Route } from '../app/useHashRoute.ts';
import { listCycles, listMilestones } from '../../../shared/model/roadmap.ts';
import { addMember, listMembers } from '../../../shared/model/members.ts';
import { dueDate, isoDay } from '../../../shared/domain/deadlines.ts';
import { useIndexEntries } from '../library/useIndexEntries.ts';
import { useRoadmapRevision } from './useRoadmap.ts';
import { Checklist } from './Checklist.tsx';

const STATUS: Record<string, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  final: 'Final',
  submitted: 'Submitted',
};

/** The review cycle as a timeline with today marked: each milestone's documents, their status, and its checklist. */
export function RoadmapView({ session, navigate }: { session: Session; navigate(route: Route): void }) {
  const ws = session.workspace.doc;
  useRoadmapRevision(ws);
  const docs = useIndexEntries(ws, 'library');
  const cycles = listCycles(ws);
  const today = isoDay(new Date());
  const [cycleId, setCycleId] = useState(() => cycles.at(-1)?.id ?? '');
  const [memberName, setMemberName] = useState('');
  const milestones = listMilestones(ws, cycleId).sort((a, b) => a.date.start.localeCompare(b.date.start));
  const members = listMembers(ws);
  const todayIndex = milestones.findIndex((m) => m.date.start > today);

  return (
    <main className="roadmap" aria-labelledby="roadmap-title">
      <header className="view-header">
        <h1 id="roadmap-title">Roadmap</h1>
        <div className="actions">
          <label className="toggle">
            Cycle
            <select value={cycleId} onChange={(e) => setCycleId(e.target.value)}>
              {cycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => navigate({ view: 'library' })}>
            Back to library
          </button>
        </div>
      </header>
      <ol className="timeline" aria-label="Milestones">
        {milestones.map((m, i) => {
          const linked = docs.filter((d) => d.milestoneId === m.id);
          return (
            <li key={m.id} className={`milestone ${dueDate(m) < today ? 'past' : ''}`}>
              {i === todayIndex && (
                <div className="today-marker" role="separator" aria-label={`Today, ${today}`}>
                  Today · {today}
                </div>
              )}
              <h2>
                <time dateTime={m.date.start}>
                  {m.date.start}
                  {m.date.end ? ` – ${m.date.end}` : ''}
                </time>{' '}
                {m.title}
                {m.confidence === 'unconfirmed' && (
                  <span className="badge" title={m.unconfirmedNote ?? 'Not confirmed by a primary source'}>
                    unconfirmed
                  </span>
                )}
              </h2>
              {m.description && <p className="hint">{m.description}</p>}
              {linked.length > 0 && (
                <ul className="linked-docs" aria-label={`Documents for ${m.title}`}>
                  {linked.map((d) => (
                    <li key={d.id}>
                      <a href={`#/doc/${d.id}`}>{d.title}</a>{' '}
                      <span className={`status status-${d.status}`}>{STATUS[d.status] ?? d.status}</span>
                    </li>
                  ))}
                </ul>
              )}
              <Checklist workspace={ws} milestoneId={m.id} milestoneTitle={m.title} members={members} />
            </li>
          );
        })}
        {todayIndex === -1 && (
          <li className="today-marker" role="separator" aria-label={`Today, ${today}`}>
            Today · {today}: every milestone of this cycle is past
          </li>
        )}
      </ol>
      <section className="members" aria-labelledby="members-title">
        <h2 id="members-title">Member organisations</h2>
        <ul>
          {members.map((m) => (
            <li key={m.id}>{m.name}</li>
          ))}
        </ul>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (memberName.trim()) addMember(ws, memberName.trim());
            setMemberName('');
          }}
        >
          <input
            aria-label="New member organisation"
            placeholder="Organisation name"
            value={memberName}
            onChange={(e) => setMemberName(e.target.value)}
          />
          <button type="submit">Add member</button>
        </form>
      </section>
    </main>
  );
}
