import { z } from 'zod';

/** Where a fact comes from: a publisher or document, and its address when there is one. */
export const SourceSchema = z.object({
  label: z.string().min(1).max(300),
  url: z.string().max(2048).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * Whether a fact was found in a primary source: `confirmed`; not found there (a secondary source, a
 * placeholder, an assumption): `unconfirmed`; derived from a rule for a future cycle (a forum every
 * four years): `projected`. Anything but confirmed ships as an editable default and is shown as such.
 */
export const ConfidenceSchema = z.enum(['confirmed', 'unconfirmed', 'projected']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** True for facts that must be shown with their uncertainty (a badge, a note, a JSON field). */
export function isUncertain(confidence: Confidence): boolean {
  return confidence !== 'confirmed';
}

/** The sources the reference data cites, named once so every item points at the same label. */
export const SOURCES = {
  gcm: {
    label: 'A/RES/73/195 (Global Compact for Safe, Orderly and Regular Migration)',
    url: 'https://undocs.org/A/RES/73/195',
  },
  gcmReview: {
    label:
      'A/RES/73/195 paras 49-50 (a forum every four years from 2022; regional reviews from 2020, alternating with it)',
    url: 'https://undocs.org/A/RES/73/195',
  },
  modalities: {
    label: 'A/RES/73/326 (format and organizational aspects of the international migration review forums)',
    url: 'https://undocs.org/A/RES/73/326',
  },
  unImrf2022: {
    label: 'United Nations, IMRF 2022: About the Forum (presents A/RES/73/326)',
    url: 'https://www.un.org/en/migration2022/about-the-forum',
  },
  indicoImrf2022: {
    label: 'UN Indico, IMRF 2022 registration page (programme: round tables 17 May and the morning of 18 May)',
    url: 'https://indico.un.org/event/1000748/',
  },
  unNetworkRt1Consultation: {
    label: 'UN Network on Migration, round table 1 consultation space',
    url: 'https://migrationnetwork.un.org/hub/discussion-space/regular-pathways/content/imrf-roundtable-1-consultation-how-enhance-voluntary',
  },
  progressDeclarationZh: {
    label: 'United Nations, Progress Declaration (Chinese text), page A-RES-76-266',
    url: 'https://www.un.org/zh/documents/treaty/A-RES-76-266',
  },
  cepal2025: {
    label: 'ECLAC, second regional review of the GCM: background (Santiago, 18-20 March 2025)',
    url: 'https://pactomigracion.cepal.org/2/en/background',
  },
  indicoUnece2024: {
    label: 'UN Indico, GCM regional review for the ECE region (Geneva, 11 March 2024)',
    url: 'https://indico.un.org/event/1007071/overview',
  },
  unNetworkUnece2024: {
    label: 'UN Network on Migration, regional information brief for the UNECE region (March 2024)',
    url: 'https://migrationnetwork.un.org/regional-information-brief',
  },
  escwa2024: {
    label: 'IOM, ESCWA and League of Arab States press release of 4 July 2024 (second Arab regional review, Cairo)',
    url: 'https://miragenews.com/arab-region-hosts-2nd-global-migration-compact-1269423',
  },
  escap2025: {
    label: 'ESCAP, second regional review of the GCM in Asia and the Pacific (Bangkok, 4-6 February 2025)',
    url: 'https://www.unescap.org',
  },
  escap2025Opening: {
    label: "ESCAP Executive Secretary's opening of the second Asia-Pacific review, as reprinted by Business Ghana",
    url: 'http://businessghana.com/site/news/general/323398/Asia-Pacific-Region-to-chart-bold-path-for-migration-governance',
  },
  csActionCommitteeUnece2024: {
    label: 'Civil Society Action Committee, civil society at the 2024 UNECE regional review',
    url: 'https://csactioncommittee.org/zooming-into-civil-society-contributions-at-the-europe-central-asia-and-north-america-regional-reviews-inclusion-rights-based-pathways-migration-narratives/',
  },
  unNetworkArabConsultation: {
    label: 'UN Network on Migration, Arab region multi-stakeholder consultation before the first review',
    url: 'https://migrationnetwork.un.org/arab-region-multi-stakeholder-consultation-held-preparation-regional-review-global-compact-safe',
  },
  escapStakeholders2021: {
    label: 'ESCAP/GCM/2021/CRP.2 (summary of four stakeholder consultations for the 2021 Asia-Pacific review)',
    url: 'https://www.unescap.org',
  },
  escapSurvey2021: {
    label: 'ESCAP/GCM/2021/CRP.1 (synthesis of the voluntary reviews (surveys) of ESCAP member States)',
    url: 'https://www.unescap.org',
  },
  cepalEvent2021: {
    label: 'ECLAC, 2021 regional review: event information (consultations before the review)',
    url: 'https://pactomigracion.cepal.org/en/event-information',
  },
  unNetworkReviews2024: {
    label: 'UN Network on Migration, Regional Reviews 2024',
    url: 'https://migrationnetwork.un.org/regional-reviews-2024',
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
  globalCitiesHub: {
    label: 'Global Cities Hub, briefing on the 2026 IMRF (3 February 2026)',
    url: 'https://globalcitieshub.org/en/the-global-cities-hub-calls-for-lrg-inclusion-at-2026-imrf-briefing',
  },
  concord: { label: 'Concord: a default to edit, not a published fact' },
  treatyBodyPractice: { label: 'UN treaty body, UPR and SDG spotlight reporting practice' },
} as const satisfies Record<string, Source>;
