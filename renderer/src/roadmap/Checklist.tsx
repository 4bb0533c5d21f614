import { useState } from 'react';
import type * as Y from 'yjs';
import {
  addChecklistItem,
  assignChecklistItem,
  listChecklist,
  toggleChecklistItem,
} from '../../../shared/model/checklist.ts';
import type { Member } from '../../../shared/model/members.ts';

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
  const items = listChecklist(workspace, milestoneId);
  return (
    <div className="checklist">
      <ul aria-label={`Checklist for ${milestoneTitle}`}>
        {items.map((item) => (
          <li key={item.id} className={item.done ? 'done' : ''}>
            <label>
              <input type="checkbox" checked={item.done} onChange={() => toggleChecklistItem(workspace, item.id)} />
              {item.text}
            </label>
            <select
              aria-label={`Assign “${item.text.slice(0, 40)}” to`}
              value={item.assignee ?? ''}
              onChange={(e) => assignChecklistItem(workspace, item.id, e.target.value || null)}
            >
              <option value="">Unassigned</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </li>
        ))}
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
          aria-label={`New action for ${milestoneTitle}`}
          placeholder="Add an action…"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">Add</button>
      </form>
    </div>
  );
}
