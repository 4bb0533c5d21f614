import { z } from 'zod';

/** Where a fact comes from: a publisher or document, and its address when there is one. */
export const SourceSchema = z.object({
  label: z.string().min(1).max(300),
  url: z.string().max(2048).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * Whether a fact was found in a primary source. Unconfirmed facts ship as editable defaults and the
 * UI says so; they are never presented as settled.
 */
export const ConfidenceSchema = z.enum(['confirmed', 'unconfirmed']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** The sources the reference data cites, named once so every item points at the same label. */
export const SOURCES = {
  gcm: {
    label: 'A/RES/73/195 (Global Compact for Safe, Orderly and Regular Migration)',
    url: 'https://undocs.org/A/RES/73/195',
  },
  unNetwork: { label: 'UN Network on Migration', url: 'https://migrationnetwork.un.org' },
  unNetworkHub: { label: 'UN Network on Migration, IMRF hub', url: 'https://migrationnetwork.un.org' },
  unNetworkPledges: { label: 'UN Network on Migration, pledge form', url: 'https://migrationnetwork.un.org' },
  iomHandbook: { label: 'IOM handbook on the GCM', url: 'https://emm.iom.int/handbooks/gcm' },
  quno: { label: 'Quaker United Nations Office', url: 'https://quno.org' },
  qunoBriefing: {
    label: 'QUNO, Migration Justice paper 3: Using the IMRF to further migration justice (roadmap briefing)',
    url: 'https://quno.org',
  },
  escwa: { label: 'UN ESCWA', url: 'https://www.unescwa.org' },
  escap: { label: 'UN ESCAP', url: 'https://www.unescap.org' },
  cepal: { label: 'ECLAC regional review site', url: 'https://pactomigracion.cepal.org' },
  eca: { label: 'UN ECA', url: 'https://www.uneca.org' },
  reliefweb: { label: 'ReliefWeb', url: 'https://reliefweb.int' },
  csActionCommittee: { label: 'Civil Society Action Committee', url: 'https://csactioncommittee.org' },
  pdd: { label: 'Platform on Disaster Displacement', url: 'https://disasterdisplacement.org' },
  mayorsMechanism: { label: 'Mayors Mechanism', url: 'https://www.mayorsmechanism.org' },
  indico: { label: 'UN Indico (IMRF 2022 programme)', url: 'https://indico.un.org' },
  globalCitiesHub: { label: 'Global Cities Hub', url: 'https://globalcitieshub.org' },
  treatyBodyPractice: { label: 'UN treaty body, UPR and SDG spotlight reporting practice' },
} as const satisfies Record<string, Source>;
