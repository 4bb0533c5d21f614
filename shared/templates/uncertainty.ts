import type * as Y from 'yjs';
import type { Milestone } from '../domain/milestone.ts';
import { isUncertain } from '../domain/sources.ts';
import { getMilestone } from '../model/roadmap.ts';
import type { DocumentMeta } from '../model/documentMeta.ts';
import type { Template } from './template.ts';
import { listTemplates } from './listTemplates.ts';

type MilestoneFacts = Pick<Milestone, 'title' | 'confidence' | 'unconfirmedNote'>;

/** What a document built from `template` for `milestone` rests on that no primary source confirms. */
export function documentUncertainties(
  template: Pick<Template, 'title' | 'unconfirmedNote'> | undefined,
  milestone: MilestoneFacts | null | undefined,
): string[] {
  const out: string[] = [];
  if (template?.unconfirmedNote) out.push(`Template “${template.title}”: ${template.unconfirmedNote}`);
  if (milestone && isUncertain(milestone.confidence)) {
    const what = milestone.confidence === 'projected' ? 'projected' : 'unconfirmed';
    out.push(
      `Milestone “${milestone.title}” (${what}): ${milestone.unconfirmedNote ?? 'not confirmed by a primary source.'}`,
    );
  }
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
