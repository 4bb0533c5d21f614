import type * as Y from 'yjs';
import { addCycle, getMilestone, listCycles, listMilestones, upsertMilestone } from './roadmap.ts';
import { addChecklistItem, listChecklist } from './checklist.ts';

/** Moves a YYYY-MM-DD date by whole years (29 February becomes the 28th when needed). */
export function shiftYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Adds the next review cycle (the 2030 forum, say) by projecting an existing one `years` ahead: the
 * same kinds of milestone with their checklists, every date a placeholder marked projected for the
 * coalition to correct. Returns the new cycle's id.
 */
export function projectCycle(
  workspace: Y.Doc,
  fromCycleId: string,
  options: { id: string; title?: string; years?: number },
): string {
  const from = listCycles(workspace).find((c) => c.id === fromCycleId);
  if (!from) throw new Error(`unknown cycle "${fromCycleId}"`);
  const years = options.years ?? 4;
  const renumber = (text: string) =>
    text.replace(/\b(19|20)\d\d\b/g, (y) =>
      Number(y) >= from.startYear && Number(y) <= from.endYear ? String(Number(y) + years) : y,
    );
  const source = [{ label: `Projected from ${from.title}` }];
  const note = `Projected ${years} years ahead from ${from.title}; the date is a placeholder to confirm.`;
  const milestones = listMilestones(workspace, fromCycleId);
  const idOf = (id: string) =>
    `${options.id}.${id.startsWith(`${fromCycleId}.`) ? id.slice(fromCycleId.length + 1) : id}`;
  const taken = milestones.map((m) => idOf(m.id)).find((id) => getMilestone(workspace, id));
  if (taken) throw new Error(`a milestone with id "${taken}" already exists`);
  workspace.transact(() => {
    addCycle(workspace, {
      id: options.id,
      title: options.title ?? renumber(from.title),
      startYear: from.startYear + years,
      endYear: from.endYear + years,
      description: `Projected from ${from.title}. Dates are placeholders until confirmed.`,
      sources: source,
      confidence: 'projected',
    });
    for (const m of milestones) {
      const id = idOf(m.id);
      upsertMilestone(workspace, {
        id,
        cycleId: options.id,
        title: renumber(m.title),
        date: { start: shiftYears(m.date.start, years), ...(m.date.end ? { end: shiftYears(m.date.end, years) } : {}) },
        precision: 'approximate',
        kind: m.kind,
        description: `Projected from "${m.title}" (${m.date.start}).`,
        sources: source,
        confidence: 'projected',
        unconfirmedNote: note,
      });
      for (const item of listChecklist(workspace, m.id)) addChecklistItem(workspace, id, item.text);
    }
  });
  return options.id;
}
