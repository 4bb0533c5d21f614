import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { seedRoadmap, upsertMilestone } from '../../../shared/model/roadmap.ts';
import { createDocumentDoc } from '../../../shared/model/documentMeta.ts';
import { ar } from '../../../shared/i18n/catalogues/ar.ts';
import { fr } from '../../../shared/i18n/catalogues/fr.ts';
import { documentExportExtras } from './documentExportExtras.ts';

const MILESTONE = 'imrf-2026.accreditation';
const meta = (language: 'ar' | 'fr') => ({ templateId: null, milestoneId: MILESTONE, language });
const today = new Date('2026-05-04T12:00:00Z');

describe('what an export takes from the workspace', () => {
  it('is in the document’s language, whatever the interface’s: milestone, its note, the date', async () => {
    const workspace = new Y.Doc();
    seedRoadmap(workspace);
    const extras = await documentExportExtras(workspace, createDocumentDoc(), meta('ar'), today);
    expect(extras.milestoneTitle).toBe(ar[`roadmapData.${MILESTONE}.title`]);
    expect(extras.date).toBe('4 مايو 2026');
    expect(extras.uncertainties).toHaveLength(1);
    expect(extras.uncertainties![0]).toContain(ar[`roadmapData.${MILESTONE}.note`]);
    expect(extras.uncertainties![0]).toContain(ar[`roadmapData.${MILESTONE}.title`]);
  });

  it('keeps a coalition’s own title as written', async () => {
    const workspace = new Y.Doc();
    seedRoadmap(workspace);
    upsertMilestone(workspace, { id: MILESTONE, title: 'Accréditation : notre échéance' });
    const extras = await documentExportExtras(workspace, createDocumentDoc(), meta('fr'), today);
    expect(extras.milestoneTitle).toBe('Accréditation : notre échéance');
    expect(extras.date).toBe('4 mai 2026');
    expect(extras.uncertainties![0]).toContain(fr[`roadmapData.${MILESTONE}.note`]);
  });
});
