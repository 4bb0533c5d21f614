import * as Y from 'yjs';
import { z } from 'zod';
import { SourceSchema } from '../domain/sources.ts';
import { newId } from '../ids.ts';
import { collection, readFields, writeFields } from './roadmapFields.ts';

/** One checklist entry of a milestone: an idea for action, ticked off and assigned to a member organisation. */
const ChecklistItemSchema = z.object({
  id: z.string().min(1).max(200),
  milestoneId: z.string().min(1).max(200),
  text: z.string().max(1000),
  done: z.boolean().default(false),
  /** Member organisation id (members.ts), or null. */
  assignee: z.string().max(200).nullable().default(null),
  order: z.number().default(0),
  /** Defaults cite the briefing; items a coalition adds have none. */
  sources: z.array(SourceSchema).default([]),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** The id of a default item: its milestone's id and its own, so every replica derives the same one. */
export function checklistItemId(milestoneId: string, itemId: string): string {
  return `${milestoneId}:${itemId}`;
}

function items(workspace: Y.Doc): Y.Map<Y.Map<unknown>> {
  return collection(workspace, 'checklist');
}

function read(id: string, map: Y.Map<unknown>): ChecklistItem | null {
  const parsed = ChecklistItemSchema.safeParse({ ...readFields(map), id });
  return parsed.success ? parsed.data : null;
}

function itemMap(workspace: Y.Doc, id: string): Y.Map<unknown> {
  const map = items(workspace).get(id);
  if (!map) throw new Error(`unknown checklist item "${id}"`);
  return map;
}

/** A milestone's checklist in its order (concurrent additions with the same order fall back to id order). */
export function listChecklist(workspace: Y.Doc, milestoneId: string): ChecklistItem[] {
  const out: ChecklistItem[] = [];
  items(workspace).forEach((map, id) => {
    const item = read(id, map);
    if (item && item.milestoneId === milestoneId) out.push(item);
  });
  return out.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Adds an item at the end of a milestone's checklist and returns its id. */
export function addChecklistItem(
  workspace: Y.Doc,
  milestoneId: string,
  text: string,
  options: { assignee?: string | null } = {},
): string {
  const clean = text.trim();
  if (!clean) throw new Error('a checklist item needs some text');
  if (!collection(workspace, 'milestones').has(milestoneId)) throw new Error(`unknown milestone "${milestoneId}"`);
  const last = listChecklist(workspace, milestoneId).at(-1);
  const id = newId();
  workspace.transact(() => {
    const map = new Y.Map<unknown>();
    items(workspace).set(id, map);
    writeFields(map, {
      milestoneId,
      text: clean.slice(0, 1000),
      done: false,
      assignee: options.assignee ?? null,
      order: (last?.order ?? -1) + 1,
      sources: [],
    });
  });
  return id;
}

/** Ticks or unticks an item (flips it when `done` is omitted) and returns its new state. */
export function toggleChecklistItem(workspace: Y.Doc, id: string, done?: boolean): boolean {
  const map = itemMap(workspace, id);
  const next = done ?? map.get('done') !== true;
  writeFields(map, { done: next });
  return next;
}

/** Assigns an item to a member organisation, or unassigns it with null. */
export function assignChecklistItem(workspace: Y.Doc, id: string, memberId: string | null): void {
  writeFields(itemMap(workspace, id), { assignee: memberId });
}

/** Rewrites an item's text. */
export function editChecklistItem(workspace: Y.Doc, id: string, text: string): void {
  const clean = text.trim();
  if (!clean) throw new Error('a checklist item needs some text');
  writeFields(itemMap(workspace, id), { text: clean.slice(0, 1000) });
}

/** Removes every item of the given milestones (used when milestones are removed). */
export function removeChecklistFor(workspace: Y.Doc, milestoneIds: readonly string[]): void {
  const doomed: string[] = [];
  items(workspace).forEach((map, id) => {
    if (milestoneIds.includes(String(map.get('milestoneId')))) doomed.push(id);
  });
  workspace.transact(() => doomed.forEach((id) => items(workspace).delete(id)));
}
