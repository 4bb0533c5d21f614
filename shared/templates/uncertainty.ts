import type * as Y from 'yjs';
import type { Milestone } from '../domain/milestone.ts';
import { isUncertain } from '../domain/sources.ts';
import { getMilestone } from '../model/roadmap.ts';
import type { DocumentMeta } from '../model/documentMeta.ts';
import type { Template } from './template.ts';
import { listTemplates } from './listTemplates.ts';

type MilestoneFacts = Pick<Milestone, 'title' | 'confidence' | 'unconfirmedNote'>;

/** The wording of the notes, kept together for translation. */
const WORDING = {
  template: (title: string, note: string) => `Template “${title}”: ${note}`,
  milestone: (title: string, how: string, note: string) => `Milestone “${title}” (${how}): ${note}`,
  unsourced: 'not confirmed by a primary source.',
};

/** What a document built from `template` for `milestone` rests on that no primary source confirms. */
export function documentUncertainties(
  template: Pick<Template, 'title' | 'unconfirmedNote'> | undefined,
  milestone: MilestoneFacts | null | undefined,
): string[] {
  const out: string[] = [];
  if (template?.unconfirmedNote) out.push(WORDING.template(template.title, template.unconfirmedNote));
  if (milestone && isUncertain(milestone.confidence))
    out.push(WORDING.milestone(milestone.title, milestone.confidence, milestone.unconfirmedNote ?? WORDING.unsourced));
  return out;
}

/** The same, for a document in a workspace: its template and milestone as the workspace holds them. */
export function workspaceDocumentUncertainties(
  workspace: Y.Doc,
  meta: Pick<DocumentMeta, 'templateId' | 'milestoneId'>,
): string[] {
  const template = meta.templateId ? listTemplates(workspace).find((t) => t.id === meta.templateId) : undefined;
  const milestone = meta.milestoneId ? getMilestone(workspace, meta.milestoneId) : null;
  return documentUncertainties(template, milestone);
}
