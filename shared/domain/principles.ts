import type { Source } from './sources.ts';
import { SOURCES } from './sources.ts';

/** One of the ten guiding principles. `id` is its tag (`P6`); `paragraph` is its place in para 15. */
export interface GuidingPrinciple {
  readonly number: number;
  readonly id: string;
  readonly paragraph: string;
  readonly title: string;
  readonly sources: readonly Source[];
}

const TITLES = [
  'People-centred',
  'International cooperation',
  'National sovereignty',
  'Rule of law and due process',
  'Sustainable development',
  'Human rights',
  'Gender-responsive',
  'Child-sensitive',
  'Whole-of-government approach',
  'Whole-of-society approach',
] as const;

/** The guiding principles in the order of A/RES/73/195 para 15 (a)-(j), numbered 1-10. */
export const PRINCIPLES: readonly GuidingPrinciple[] = TITLES.map((title, i) => ({
  number: i + 1,
  id: `P${i + 1}`,
  paragraph: `15(${String.fromCharCode(97 + i)})`,
  title,
  sources: [{ ...SOURCES.gcm, label: `${SOURCES.gcm.label}, para 15(${String.fromCharCode(97 + i)})` }],
}));
