import { describe, expect, it } from 'vitest';
import { OBJECTIVES, objectiveByNumber } from './objectives.ts';
import { objectiveHeading } from './titles/localizedTitles.ts';
import { PRINCIPLES } from './principles.ts';

// Copied by hand from the facts file's table (../shared/domain/gcm-imrf.md); test/domain also parses
// the file itself when it is present.
const TITLES: Record<number, string> = {
  1: 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
  2: 'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
  3: 'Provide accurate and timely information at all stages of migration',
  4: 'Ensure that all migrants have proof of legal identity and adequate documentation',
  5: 'Enhance availability and flexibility of pathways for regular migration',
  6: 'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
  7: 'Address and reduce vulnerabilities in migration',
  8: 'Save lives and establish coordinated international efforts on missing migrants',
  9: 'Strengthen the transnational response to smuggling of migrants',
  10: 'Prevent, combat and eradicate trafficking in persons in the context of international migration',
  11: 'Manage borders in an integrated, secure and coordinated manner',
  12: 'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
  13: 'Use migration detention only as a measure of last resort and work towards alternatives',
  14: 'Enhance consular protection, assistance and cooperation throughout the migration cycle',
  15: 'Provide access to basic services for migrants',
  16: 'Empower migrants and societies to realize full inclusion and social cohesion',
  17: 'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
  18: 'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
  19: 'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
  20: 'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
  21: 'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
  22: 'Establish mechanisms for the portability of social security entitlements and earned benefits',
  23: 'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
};

describe('objectives', () => {
  it('are the 23 objectives, numbered 1-23, with the facts-file titles', () => {
    expect(OBJECTIVES).toHaveLength(23);
    OBJECTIVES.forEach((o, i) => {
      expect(o.number).toBe(i + 1);
      expect(o.id).toBe(`O${i + 1}`);
      expect(o.title).toBe(TITLES[i + 1]);
      expect(o.label.length).toBeGreaterThan(0);
      expect(o.sources.length).toBeGreaterThan(0);
    });
  });

  it('look up by number and format headings', () => {
    expect(objectiveByNumber(13)?.label).toBe('Alternatives to detention');
    expect(objectiveByNumber(24)).toBeUndefined();
    expect(objectiveHeading(8, 'en')).toEqual({
      text: 'Objective 8: Save lives and establish coordinated international efforts on missing migrants',
    });
  });
});

describe('guiding principles', () => {
  it('are the ten of para 15 (a)-(j), in order', () => {
    expect(PRINCIPLES.map((p) => p.title)).toEqual([
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
    ]);
    expect(PRINCIPLES.map((p) => p.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10']);
    expect(PRINCIPLES[0]?.paragraph).toBe('15(a)');
    expect(PRINCIPLES[9]?.paragraph).toBe('15(j)');
    expect(PRINCIPLES.every((p) => p.sources.length > 0)).toBe(true);
  });
});
