import { useState } from 'react';
import type * as Y from 'yjs';
import {
  addChecklistItem,
  assignChecklistItem,
  listChecklist,
  toggleChecklistItem,
} from '../../../shared/model/checklist.ts';
import type { Member } from '../../../shared/model/members.ts';
import { useT } from '../i18n/useT.ts';
import { checklistText } from '../../../shared/i18n/roadmapWording.ts';

/** A milestone's ideas for action: tick off, assign to a member organisation, add your own. */
export function Checklist({
  workspace,
  milestoneId,
  milestoneTitle,
  members,
}: {
  workspace: Y.Doc;
  milestoneId: string;
  milestoneTitle: string;
  members: Member[];
}) {
  const [text, setText] = useState('');
  const t = useT();
  const items = listChecklist(workspace, milestoneId);
  return (
    <div className="checklist">
      <ul aria-label={t('checklist.label', { title: milestoneTitle })}>
        {items.map((item) => {
          const text = checklistText(t, item);
          return (
            <li key={item.id} className={item.done ? 'done' : ''}>
              <label>
                <input type="checkbox" checked={item.done} onChange={() => toggleChecklistItem(workspace, item.id)} />
                <bdi>{text}</bdi>
              </label>
              <select
                aria-label={t('checklist.assign', { item: text.slice(0, 40) })}
                value={item.assignee ?? ''}
                onChange={(e) => assignChecklistItem(workspace, item.id, e.target.value || null)}
              >
                <option value="">{t('checklist.unassigned')}</option>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          addChecklistItem(workspace, milestoneId, text.trim());
          setText('');
        }}
      >
        <input
          dir="auto"
          aria-label={t('checklist.newAction', { title: milestoneTitle })}
          placeholder={t('checklist.addAction')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">{t('checklist.add')}</button>
      </form>
    </div>
  );
}
