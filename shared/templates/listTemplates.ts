import type * as Y from 'yjs';
import type { Milestone } from '../domain/milestone.ts';
import { DEFAULT_MILESTONES } from '../domain/cycles.ts';
import { dueDate, isoDay } from '../domain/deadlines.ts';
import { listMilestones } from '../model/roadmap.ts';
import type { Template } from './template.ts';
import { builtinTemplates } from './builtinTemplates.ts';
import type { Locale } from '../i18n/locales.ts';
import { listWorkspaceTemplates } from './workspaceTemplates.ts';

/** What listing needs of a milestone; confidence and its note travel along for badges. */
type MilestoneLike = Pick<Milestone, 'id' | 'kind' | 'date' | 'title'> &
  Partial<Pick<Milestone, 'confidence' | 'unconfirmedNote'>>;

/** Templates for a new document: the built-in ones in `language`, then the workspace's own (each in its own language). */
export function listTemplates(workspace?: Y.Doc, language: Locale = 'en'): Template[] {
  return [...builtinTemplates(language), ...(workspace ? listWorkspaceTemplates(workspace) : [])];
}

/** True when a template serves a milestone, by id or (for cycles added later) by kind. */
export function templateServes(template: Template, milestone: Pick<Milestone, 'id' | 'kind'>): boolean {
  return template.milestoneIds.includes(milestone.id) || template.milestoneKinds.includes(milestone.kind);
}

/** Templates under one milestone; `milestone` is null for templates that serve none of those given. */
export interface TemplateGroup<M extends MilestoneLike = MilestoneLike> {
  milestone: M | null;
  due: string | null;
  upcoming: boolean;
  templates: Template[];
}

/**
 * Groups templates by the milestones they serve: upcoming milestones first, the next deadline at the
 * top; then past ones, most recent first; then templates linked to none. A template can appear under
 * several milestones.
 */
export function groupTemplatesByMilestone<M extends MilestoneLike>(
  templates: readonly Template[],
  milestones: readonly M[],
  now: Date | string,
): TemplateGroup<M>[] {
  const today = isoDay(now);
  const groups: TemplateGroup<M>[] = milestones
    .map((m) => ({
      milestone: m,
      due: dueDate(m),
      upcoming: dueDate(m) >= today,
      templates: templates.filter((t) => templateServes(t, m)),
    }))
    .filter((g) => g.templates.length > 0)
    .sort((a, b) => {
      if (a.upcoming !== b.upcoming) return a.upcoming ? -1 : 1;
      const byDate = a.upcoming ? a.due.localeCompare(b.due) : b.due.localeCompare(a.due);
      return byDate || a.milestone.title.localeCompare(b.milestone.title);
    });
  const unlinked = templates.filter((t) => !milestones.some((m) => templateServes(t, m)));
  if (unlinked.length) groups.push({ milestone: null, due: null, upcoming: false, templates: unlinked });
  return groups;
}

/** The workspace's milestones once its roadmap is seeded, the shipped defaults before. */
function roadmapMilestones(workspace?: Y.Doc): MilestoneLike[] {
  const fromWorkspace = workspace ? listMilestones(workspace) : [];
  return fromWorkspace.length ? fromWorkspace : [...DEFAULT_MILESTONES];
}

/** The template picker's content: every template (built-ins in `language`), grouped by milestone, the next deadline first. */
export function templateGroups(
  workspace: Y.Doc | undefined,
  now: Date | string,
  language: Locale = 'en',
): TemplateGroup[] {
  return groupTemplatesByMilestone(listTemplates(workspace, language), roadmapMilestones(workspace), now);
}

/** The milestone a new document from this template most likely serves: the next one due, else the latest. */
export function suggestMilestone<M extends MilestoneLike>(
  template: Template,
  milestones: readonly M[],
  now: Date | string,
): M | null {
  const today = isoDay(now);
  const served = milestones
    .filter((m) => templateServes(template, m))
    .sort((a, b) => dueDate(a).localeCompare(dueDate(b)));
  return served.find((m) => dueDate(m) >= today) ?? served.at(-1) ?? null;
}
