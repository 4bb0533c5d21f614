import type { Confidence, Source } from './sources.ts';
import { SOURCES } from './sources.ts';

/** A round table of the forum and the cluster of objectives it reviews (A/RES/73/326). */
export interface RoundTable {
  readonly number: number;
  readonly id: string;
  readonly title: string;
  /** Objective numbers; the four clusters partition 1-23. */
  readonly objectives: readonly number[];
  /** Confidence in the title. Whether a forum used the clusters is per cycle: see ROUND_TABLE_CLUSTERS. */
  readonly confidence: Confidence;
  readonly unconfirmedNote?: string;
  readonly sources: readonly Source[];
}

const TITLE_UNOFFICIAL =
  'Unofficial title: no official source gives the round tables titles (A/RES/73/326 and the UN forum page name them by number); the objective cluster is from A/RES/73/326.';
const CLUSTER_SOURCES: readonly Source[] = [SOURCES.modalities, SOURCES.unImrf2022, SOURCES.qunoBriefing];

/** The four round tables and their clusters, which A/RES/73/326 sets for every forum. No title is official. */
export const ROUND_TABLES: readonly RoundTable[] = [
  {
    number: 1,
    id: 'RT1',
    title: 'Ensuring that migration is voluntary, orderly and regular',
    objectives: [2, 5, 6, 12, 18],
    confidence: 'unconfirmed',
    unconfirmedNote: `${TITLE_UNOFFICIAL} The UN Network's consultation for it was headed "How to enhance voluntary, safe and regular migration, and ensure access to decent work?", a consultation title.`,
    sources: [...CLUSTER_SOURCES, SOURCES.unNetworkRt1Consultation],
  },
  {
    number: 2,
    id: 'RT2',
    title: 'Protecting migrants through rights-based border governance measures',
    objectives: [4, 8, 9, 10, 11, 13, 21],
    confidence: 'unconfirmed',
    unconfirmedNote: TITLE_UNOFFICIAL,
    sources: CLUSTER_SOURCES,
  },
  {
    number: 3,
    id: 'RT3',
    title: "Supporting migrants' integration and contributions to development",
    objectives: [14, 15, 16, 19, 20, 22],
    confidence: 'unconfirmed',
    unconfirmedNote: TITLE_UNOFFICIAL,
    sources: CLUSTER_SOURCES,
  },
  {
    number: 4,
    id: 'RT4',
    title: 'Strengthening evidence-based policymaking, public debate and cooperation',
    objectives: [1, 3, 7, 17, 23],
    confidence: 'unconfirmed',
    unconfirmedNote: TITLE_UNOFFICIAL,
    sources: CLUSTER_SOURCES,
  },
];

/** Whether a forum's round tables followed these clusters. */
export interface ClusterUse {
  readonly cycleId: string;
  readonly confidence: Confidence;
  readonly unconfirmedNote?: string;
  readonly sources: readonly Source[];
}

/** The clusters per forum: used in 2022, assumed for 2026, projected for 2030. */
export const ROUND_TABLE_CLUSTERS: readonly ClusterUse[] = [
  { cycleId: 'imrf-2022', confidence: 'confirmed', sources: [SOURCES.unImrf2022, SOURCES.qunoBriefing] },
  {
    cycleId: 'imrf-2026',
    confidence: 'unconfirmed',
    unconfirmedNote:
      'Assumed from A/RES/73/326: the 2026 forum had four round tables covering all 23 objectives, but its clusters are not in our sources.',
    sources: [SOURCES.modalities, SOURCES.globalCitiesHub],
  },
  {
    cycleId: 'imrf-2030',
    confidence: 'projected',
    unconfirmedNote: 'Projected from A/RES/73/326 for the 2030 forum.',
    sources: [SOURCES.modalities],
  },
];

/** The round table whose cluster holds this objective number. */
export function roundTableOfObjective(objective: number): RoundTable | undefined {
  return ROUND_TABLES.find((rt) => rt.objectives.includes(objective));
}
