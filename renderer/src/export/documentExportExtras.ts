import type * as Y from 'yjs';
import type { ExportExtras } from '../../../shared/export/exportModel.ts';
import type { DocumentMeta } from '../../../shared/model/documentMeta.ts';
import { getMilestone } from '../../../shared/model/roadmap.ts';
import { listMembers } from '../../../shared/model/members.ts';
import { coverOrganisations } from '../../../shared/export/coverOrganisations.ts';
import { workspaceDocumentUncertainties } from '../../../shared/templates/uncertainty.ts';
import { loadCatalogue } from '../../../shared/i18n/catalogue.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { roadmapTitle } from '../../../shared/i18n/roadmapWording.ts';
import { documentDate } from '../../../shared/i18n/documentDate.ts';

/**
 * What an export's cover and closing note take from the workspace, in the DOCUMENT's language
 * (whoever exports it): the milestone's shipped title and notes, today's date, the member organisations.
 */
export async function documentExportExtras(
  workspace: Y.Doc,
  doc: Y.Doc,
  meta: Pick<DocumentMeta, 'templateId' | 'milestoneId' | 'language'>,
  today: Date = new Date(),
): Promise<ExportExtras> {
  const t = createTranslator(meta.language, await loadCatalogue(meta.language));
  const milestone = meta.milestoneId ? getMilestone(workspace, meta.milestoneId) : null;
  return {
    milestoneTitle: milestone ? roadmapTitle(t, milestone) : '',
    date: documentDate(today, meta.language),
    uncertainties: workspaceDocumentUncertainties(workspace, meta, t),
    ...coverOrganisations(doc, listMembers(workspace)),
  };
}
