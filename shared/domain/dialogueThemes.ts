import type { Source } from './sources.ts';
import { SOURCES } from './sources.ts';

/** A theme of the IMRF dialogue series: one per round-table cluster, then gaps and emerging challenges. */
export interface DialogueTheme {
  readonly id: string;
  readonly title: string;
  readonly kind: 'cluster' | 'emerging';
  /** For cluster dialogues, the round table whose objectives it covers. */
  readonly roundTable?: number;
  /** For emerging themes, the objectives a brief on it most likely serves (a suggestion, as the policy-brief templates say: shared/templates/text/). */
  readonly objectives?: readonly number[];
  readonly sources: readonly Source[];
}

const src = [SOURCES.qunoBriefing];

function emerging(slug: string, title: string, objectives: readonly number[]): DialogueTheme {
  return { id: `dialogue-${slug}`, title, kind: 'emerging', objectives, sources: src };
}

/** The dialogue-series themes in the briefing's order. */
export const DIALOGUE_THEMES: readonly DialogueTheme[] = [
  ...[1, 2, 3, 4].map((n): DialogueTheme => ({
    id: `dialogue-rt${n}`,
    title: `Objectives of round table ${n}`,
    kind: 'cluster',
    roundTable: n,
    sources: src,
  })),
  emerging('climate-change', 'Climate change', [2, 5]),
  emerging('preventing-loss-of-life', 'Preventing loss of life', [8]),
  emerging('alternatives-to-detention', 'Alternatives to immigration detention', [13]),
  emerging('youth', 'Youth', [16, 18]),
  emerging('inclusive-societies', 'Inclusive societies', [16, 17]),
  emerging('covid-19', 'COVID-19 response and recovery', [15, 22]),
];
