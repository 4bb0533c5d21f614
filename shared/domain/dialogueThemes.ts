import type { Source } from './sources.ts';
import { SOURCES } from './sources.ts';

/** A theme of the IMRF dialogue series: one per round-table cluster, then gaps and emerging challenges. */
export interface DialogueTheme {
  readonly id: string;
  readonly title: string;
  readonly kind: 'cluster' | 'emerging';
  /** For cluster dialogues, the round table whose objectives it covers. */
  readonly roundTable?: number;
  readonly sources: readonly Source[];
}

const src = [SOURCES.qunoBriefing];

/** The dialogue-series themes in the briefing's order. */
export const DIALOGUE_THEMES: readonly DialogueTheme[] = [
  ...[1, 2, 3, 4].map((n): DialogueTheme => ({
    id: `dialogue-rt${n}`,
    title: `Objectives of round table ${n}`,
    kind: 'cluster',
    roundTable: n,
    sources: src,
  })),
  { id: 'dialogue-climate-change', title: 'Climate change', kind: 'emerging', sources: src },
  { id: 'dialogue-preventing-loss-of-life', title: 'Preventing loss of life', kind: 'emerging', sources: src },
  {
    id: 'dialogue-alternatives-to-detention',
    title: 'Alternatives to immigration detention',
    kind: 'emerging',
    sources: src,
  },
  { id: 'dialogue-youth', title: 'Youth', kind: 'emerging', sources: src },
  { id: 'dialogue-inclusive-societies', title: 'Inclusive societies', kind: 'emerging', sources: src },
  { id: 'dialogue-covid-19', title: 'COVID-19 response and recovery', kind: 'emerging', sources: src },
];
