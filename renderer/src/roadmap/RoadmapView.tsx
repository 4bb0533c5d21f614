import { useState } from 'react';
import type { Session } from '../app/session.ts';
import type { Route } from '../app/useHashRoute.ts';
import { listCycles, listMilestones } from '../../../shared/model/roadmap.ts';
import { addMember, listMembers } from '../../../shared/model/members.ts';
import { dueDate, isoDay } from '../../../shared/domain/deadlines.ts';
import { useIndexEntries } from '../library/useIndexEntries.ts';
import { ConfidenceBadge } from '../ui/ConfidenceBadge.tsx';
import { useRoadmapRevision } from './useRoadmap.ts';
import { MilestoneItem } from './MilestoneItem.tsx';
import { MemberLogo } from './MemberLogo.tsx';
import { useT } from '../i18n/useT.ts';
import { useFormat } from '../i18n/useFormat.ts';
import { useGate } from '../roles/useGate.ts';
import { useRole } from '../roles/useRole.ts';
import { roadmapDescription, roadmapTitle } from '../../../shared/i18n/roadmapWording.ts';

/**
 * The review cycle as a timeline with today marked: each milestone's dates (editable, with how sure
 * they are), documents and their status, and its checklist. Opens on the latest cycle. Its dates,
 * checklists and members are the workspace's: only those who may change the library edit them.
 */
export function RoadmapView({ session, navigate }: { session: Session; navigate(route: Route): void }) {
  const ws = session.workspace.doc;
  useRoadmapRevision(ws);
  const docs = useIndexEntries(ws, 'library');
  const cycles = listCycles(ws);
  const today = isoDay(new Date());
  const [cycleId, setCycleId] = useState(() => cycles.at(-1)?.id ?? '');
  const [memberName, setMemberName] = useState('');
  const cycle = cycles.find((c) => c.id === cycleId);
  const milestones = listMilestones(ws, cycleId).sort((a, b) => a.date.start.localeCompare(b.date.start));
  const members = listMembers(ws);
  const todayIndex = milestones.findIndex((m) => m.date.start > today);
  const t = useT();
  const format = useFormat();
  const todayLabel = t('roadmap.today', { date: format.day(today) });
  const lib = useGate(useRole(session))('edit-library');

  return (
    <main className="roadmap" aria-labelledby="roadmap-title">
      <header className="view-header">
        <h1 id="roadmap-title">{t('library.roadmap')}</h1>
        <div className="actions">
          <label className="toggle">
            {t('roadmap.cycle')}
            <select value={cycleId} onChange={(e) => setCycleId(e.target.value)}>
              {cycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {roadmapTitle(t, c)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => navigate({ view: 'library' })}>
            {t('common.backToLibrary')}
          </button>
        </div>
      </header>
      {cycle && (
        <p className="hint cycle-summary" dir="auto">
          {roadmapDescription(t, cycle)}
          <ConfidenceBadge confidence={cycle.confidence} />
        </p>
      )}
      {lib.reason && (
        <p className="hint" role="note">
          {lib.reason}
        </p>
      )}
      {/* A disabled fieldset disables every control inside it: what the relay would decline is not offered. */}
      <fieldset className="plain" disabled={!lib.allowed} title={lib.reason}>
        <ol className="timeline" aria-label={t('roadmap.milestones')}>
          {milestones.map((m, i) => (
            <li key={m.id} className={`milestone ${dueDate(m) < today ? 'past' : ''}`}>
              {i === todayIndex && (
                <div className="today-marker" role="separator" aria-label={todayLabel}>
                  {todayLabel}
                </div>
              )}
              <MilestoneItem
                workspace={ws}
                milestone={m}
                documents={docs.filter((d) => d.milestoneId === m.id)}
                members={members}
                today={today}
              />
            </li>
          ))}
          {todayIndex === -1 && (
            <li className="today-marker" role="separator" aria-label={todayLabel}>
              {t('roadmap.allPast', { today: todayLabel })}
            </li>
          )}
        </ol>
        <section className="members" aria-labelledby="members-title">
          <h2 id="members-title">{t('roadmap.members')}</h2>
          <ul>
            {members.map((m) => (
              <li key={m.id}>
                <MemberLogo session={session} member={m} />
                <bdi>{m.name}</bdi>
              </li>
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
              dir="auto"
              aria-label={t('roadmap.newMember')}
              placeholder={t('roadmap.memberName')}
              value={memberName}
              onChange={(e) => setMemberName(e.target.value)}
            />
            <button type="submit">{t('roadmap.addMember')}</button>
          </form>
        </section>
      </fieldset>
    </main>
  );
}
