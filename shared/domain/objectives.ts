import type { Source } from './sources.ts';
import { SOURCES } from './sources.ts';

/** One of the Compact's 23 objectives. `id` is its tag (`O13`), as carried by headings and tag marks. */
export interface Objective {
  readonly number: number;
  readonly id: string;
  /** The official title (A/RES/73/195 para 16); some public copies alter it, this one is checked. */
  readonly title: string;
  readonly label: string;
  readonly sources: readonly Source[];
}

const OBJECTIVE_SOURCES: readonly Source[] = [SOURCES.gcm, SOURCES.unNetwork, SOURCES.iomHandbook];

const ROWS: readonly (readonly [string, string])[] = [
  ['Collect and utilize accurate and disaggregated data as a basis for evidence-based policies', 'Data'],
  [
    'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
    'Minimize adverse drivers',
  ],
  ['Provide accurate and timely information at all stages of migration', 'Information provision'],
  [
    'Ensure that all migrants have proof of legal identity and adequate documentation',
    'Legal identity and documentation',
  ],
  ['Enhance availability and flexibility of pathways for regular migration', 'Regular pathways'],
  [
    'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
    'Recruitment and decent work',
  ],
  ['Address and reduce vulnerabilities in migration', 'Reduce vulnerabilities'],
  ['Save lives and establish coordinated international efforts on missing migrants', 'Save lives'],
  ['Strengthen the transnational response to smuggling of migrants', 'Counter smuggling'],
  [
    'Prevent, combat and eradicate trafficking in persons in the context of international migration',
    'Eradicate trafficking',
  ],
  ['Manage borders in an integrated, secure and coordinated manner', 'Manage borders'],
  [
    'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
    'Screening and referral',
  ],
  [
    'Use migration detention only as a measure of last resort and work towards alternatives',
    'Alternatives to detention',
  ],
  ['Enhance consular protection, assistance and cooperation throughout the migration cycle', 'Consular protection'],
  ['Provide access to basic services for migrants', 'Access to basic services'],
  ['Empower migrants and societies to realize full inclusion and social cohesion', 'Inclusion and social cohesion'],
  [
    'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
    'Eliminate discrimination',
  ],
  [
    'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
    'Skills development and recognition',
  ],
  [
    'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
    'Migrant and diaspora contributions',
  ],
  [
    'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
    'Remittances',
  ],
  [
    'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
    'Dignified return and reintegration',
  ],
  ['Establish mechanisms for the portability of social security entitlements and earned benefits', 'Social protection'],
  [
    'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
    'International cooperation',
  ],
];

/** The 23 objectives in order, numbered 1-23. */
export const OBJECTIVES: readonly Objective[] = ROWS.map(([title, label], i) => ({
  number: i + 1,
  id: `O${i + 1}`,
  title,
  label,
  sources: OBJECTIVE_SOURCES,
}));

/** The objective with this number (1-23), or undefined. */
export function objectiveByNumber(n: number): Objective | undefined {
  return OBJECTIVES[n - 1];
}
