import type { Confidence, Source } from './sources.ts';
import { SOURCES } from './sources.ts';

/** A round table of the first forum (2022) and the cluster of objectives it reviewed. */
export interface RoundTable {
  readonly number: number;
  readonly id: string;
  readonly title: string;
  /** Objective numbers; the four clusters partition 1-23. */
  readonly objectives: readonly number[];
  /** Confidence in the title; every cluster's objectives are confirmed by the briefing. */
  readonly confidence: Confidence;
  readonly unconfirmedNote?: string;
  readonly sources: readonly Source[];
}

const TITLE_UNCONFIRMED =
  'Title not found in a primary source; the objective cluster itself is confirmed by the briefing.';

/** The four round tables of IMRF 2022. Titles 3 and 4 are unconfirmed. */
export const ROUND_TABLES: readonly RoundTable[] = [
  {
    number: 1,
    id: 'RT1',
    title: 'Ensuring that migration is voluntary, orderly and regular',
    objectives: [2, 5, 6, 12, 18],
    confidence: 'confirmed',
    sources: [SOURCES.qunoBriefing],
  },
  {
    number: 2,
    id: 'RT2',
    title: 'Protecting migrants through rights-based border governance measures',
    objectives: [4, 8, 9, 10, 11, 13, 21],
    confidence: 'confirmed',
    sources: [SOURCES.qunoBriefing],
  },
  {
    number: 3,
    id: 'RT3',
    title: "Supporting migrants' integration and contributions to development",
    objectives: [14, 15, 16, 19, 20, 22],
    confidence: 'unconfirmed',
    unconfirmedNote: TITLE_UNCONFIRMED,
    sources: [SOURCES.qunoBriefing],
  },
  {
    number: 4,
    id: 'RT4',
    title: 'Strengthening evidence-based policymaking, public debate and cooperation',
    objectives: [1, 3, 7, 17, 23],
    confidence: 'unconfirmed',
    unconfirmedNote: TITLE_UNCONFIRMED,
    sources: [SOURCES.qunoBriefing],
  },
];

/** The round table whose cluster holds this objective number. */
export function roundTableOfObjective(objective: number): RoundTable | undefined {
  return ROUND_TABLES.find((rt) => rt.objectives.includes(objective));
}

/** "Round table 2: Protecting migrants through rights-based border governance measures". */
export function roundTableHeading(rt: RoundTable): string {
  return `Round table ${rt.number}: ${rt.title}`;
}
