import type { Confidence, Source } from './sources.ts';
import { SOURCES } from './sources.ts';

/** The sessions of one cycle's multi-stakeholder hearing, as far as they are known. */
export interface HearingProgramme {
  readonly cycleId: string;
  readonly sessions: readonly string[];
  readonly confidence: Confidence;
  readonly unconfirmedNote?: string;
  readonly sources: readonly Source[];
}

/** Each hearing has its own programme: the 2022 sessions are not those of any other cycle. */
const HEARING_PROGRAMMES: readonly HearingProgramme[] = [
  {
    cycleId: 'imrf-2022',
    sessions: [
      'progress, gaps and challenges',
      'commitments and recommendations',
      'collective summary of recommendations and pledges',
    ],
    confidence: 'confirmed',
    sources: [SOURCES.indico, SOURCES.csActionCommittee],
  },
  {
    cycleId: 'imrf-2026',
    sessions: [],
    confidence: 'unconfirmed',
    unconfirmedNote: "The 2026 hearing's sessions are not in our sources; record them from its programme.",
    sources: [SOURCES.globalCitiesHub],
  },
];

/** The hearing programme of a cycle, or undefined when none is recorded. */
export function hearingProgramme(cycleId: string): HearingProgramme | undefined {
  return HEARING_PROGRAMMES.find((p) => p.cycleId === cycleId);
}
