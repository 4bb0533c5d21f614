import type * as Y from 'yjs';
import type { Milestone } from '../domain/milestone.ts';
import { isUncertain } from '../domain/sources.ts';
import { getMilestone } from '../model/roadmap.ts';
import type { DocumentMeta } from '../model/documentMeta.ts';
import type { Template } from './template.ts';
import { listTemplates } from './listTemplates.ts';
import type { Locale } from '../i18n/locales.ts';
import { fillText, templateText } from './text/templateText.ts';
import { milestoneWorded, type Words } from '../i18n/roadmapWording.ts';

type MilestoneFacts = Pick<Milestone, 'title' | 'confidence' | 'unconfirmedNote'>;

/**
 * What a document built from `template` for `milestone` rests on that no primary source confirms,
 * worded in `language` (the document's; the template should be in it too). The roadmap's own
 * milestone titles and notes are the workspace's, as it holds them.
 */
export function documentUncertainties(
  template: Pick<Template, 'title' | 'unconfirmedNote'> | undefined,
  milestone: MilestoneFacts | null | undefined,
  language: Locale = 'en',
): string[] {
  const w = templateText(language).uncertainty;
  const out: string[] = [];
  if (template?.unconfirmedNote)
    out.push(fillText(w.template, { title: template.title, note: template.unconfirmedNote }));
  if (milestone && isUncertain(milestone.confidence)) {
    const how = milestone.confidence === 'projected' ? w.projected : w.unconfirmed;
    out.push(fillText(w.milestone, { title: milestone.title, how, note: milestone.unconfirmedNote ?? w.unsourced }));
  }
  return out;
}

/**
 * The same, for a document in a workspace: its template and milestone as the workspace holds them,
 * the milestone's shipped title and note in `t`'s language when given (the document's).
 */
export function workspaceDocumentUncertainties(
  workspace: Y.Doc,
  meta: Pick<DocumentMeta, 'templateId' | 'milestoneId' | 'language'>,
  t?: Words,
): string[] {
  const template = meta.templateId
    ? listTemplates(workspace, meta.language).find((t) => t.id === meta.templateId)
    : undefined;
  const stored = meta.milestoneId ? getMilestone(workspace, meta.milestoneId) : null;
  const milestone = stored && t ? milestoneWorded(t, stored) : stored;
  return documentUncertainties(template, milestone, meta.language);
}
