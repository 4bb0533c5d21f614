// The facts corrected in issue 16, checked against values written out here from the sources (the
// UN's event pages, the regional commissions, A/RES/73/326), never read back from the data itself.
import { describe, expect, it } from 'vitest';
import { defaultMilestone } from './cycles.ts';
import { ROUND_TABLES, ROUND_TABLE_CLUSTERS } from './roundTables.ts';
import { SPEAKING_SLOT_GUIDE, slotWordRange } from './oralStatements.ts';
import { hearingProgramme } from './hearingSessions.ts';

const urls = (id: string) => (defaultMilestone(id)?.sources ?? []).map((s) => s.url);
const checklistIds = (id: string) => defaultMilestone(id)?.checklist.map((c) => c.id) ?? [];

describe('issue 16 corrections', () => {
  it('2022: round tables on 17 May and the morning of 18 May, as the UN event page says', () => {
    const rt = defaultMilestone('imrf-2022.round-tables');
    expect(rt?.date).toEqual({ start: '2022-05-17', end: '2022-05-18' });
    expect(rt?.description).toContain('on 17 May and the morning of 18 May');
    expect(rt?.description).not.toMatch(/only/);
    expect(urls('imrf-2022.round-tables')).toContain('https://indico.un.org/event/1000748/');
    expect(defaultMilestone('imrf-2022.forum')?.description).toContain('17 May and the morning of 18 May');
  });

  it('round tables: clusters cite A/RES/73/326, no title is confirmed, 2026 clusters are assumed', () => {
    expect(ROUND_TABLES.map((rt) => rt.confidence)).toEqual([
      'unconfirmed',
      'unconfirmed',
      'unconfirmed',
      'unconfirmed',
    ]);
    for (const rt of ROUND_TABLES) {
      expect(rt.sources.map((s) => s.url)).toContain('https://undocs.org/A/RES/73/326');
      expect(rt.unconfirmedNote).toMatch(/title/);
    }
    const in2026 = ROUND_TABLE_CLUSTERS.find((c) => c.cycleId === 'imrf-2026');
    expect(in2026?.confidence).toBe('unconfirmed');
    expect(in2026?.unconfirmedNote).toMatch(/^Assumed from A\/RES\/73\/326/);
    expect(defaultMilestone('imrf-2026.round-tables')?.confidence).toBe('unconfirmed');
  });

  it('2026 regional reviews on their known dates, each with its source', () => {
    const expected: [string, { start: string; end?: string }, string, string][] = [
      ['unece', { start: '2024-03-11' }, 'Geneva', 'https://indico.un.org/event/1007071/overview'],
      [
        'arab',
        { start: '2024-07-03', end: '2024-07-04' },
        'Cairo',
        'https://miragenews.com/arab-region-hosts-2nd-global-migration-compact-1269423',
      ],
      ['asia-pacific', { start: '2025-02-04', end: '2025-02-06' }, 'Bangkok', 'https://www.unescap.org'],
      [
        'lac',
        { start: '2025-03-18', end: '2025-03-20' },
        'Santiago',
        'https://pactomigracion.cepal.org/2/en/background',
      ],
    ];
    for (const [region, date, city, url] of expected) {
      const m = defaultMilestone(`imrf-2026.review-${region}`);
      expect(m?.date, region).toEqual(date);
      expect(m?.precision, region).toBe('day');
      expect(m?.confidence, region).toBe('confirmed');
      expect(m?.description, region).toContain(city);
      expect(urls(`imrf-2026.review-${region}`), region).toContain(url);
    }
    expect(defaultMilestone('imrf-2026.review-lac')?.description).toContain('hearing on 18 March');
  });

  it('milestones whose symbol is unconfirmed are not confirmed; the 2022 Declaration adopted 20 May, endorsed 7 June', () => {
    expect(defaultMilestone('imrf-2026.sg-report')?.confidence).toBe('unconfirmed');
    expect(defaultMilestone('imrf-2026.sg-report')?.unconfirmedNote).toContain('A/79/590');
    expect(defaultMilestone('imrf-2022.adoption')).toMatchObject({
      confidence: 'unconfirmed',
      date: { start: '2022-06-07' },
    });
    expect(defaultMilestone('imrf-2022.adoption')?.unconfirmedNote).toContain('A/RES/76/266');
    expect(defaultMilestone('imrf-2022.declaration')).toMatchObject({
      kind: 'adoption',
      date: { start: '2022-05-20' },
    });
  });

  it('speaking slots: 100-130 words a minute fit 200-260 words in 2 minutes, 300-390 in 3', () => {
    expect(SPEAKING_SLOT_GUIDE).toEqual([
      { seconds: 120, words: { min: 200, max: 260 } },
      { seconds: 180, words: { min: 300, max: 390 } },
    ]);
    expect(slotWordRange(120)).toEqual({ min: 200, max: 260 });
  });

  it("keeps the 2022 hearing's sessions to 2022", () => {
    expect(hearingProgramme('imrf-2022')?.sessions).toEqual([
      'progress, gaps and challenges',
      'commitments and recommendations',
      'collective summary of recommendations and pledges',
    ]);
    expect(hearingProgramme('imrf-2026')).toMatchObject({ sessions: [], confidence: 'unconfirmed' });
    expect(defaultMilestone('imrf-2026.hearing')?.description).not.toContain('commitments and recommendations');
  });

  it('2026: negotiation and accreditation milestones carry the ideas due before them', () => {
    for (const id of ['accreditation', 'co-facilitators', 'zero-draft', 'consultations', 'final-draft'])
      expect(defaultMilestone(`imrf-2026.${id}`)?.confidence, id).toBe('unconfirmed');
    expect(checklistIds('imrf-2026.co-facilitators')).toEqual(['pd-key-messages']);
    expect(checklistIds('imrf-2026.consultations')).toEqual(['pd-promote']);
    expect(checklistIds('imrf-2026.accreditation')).toEqual([
      'accreditation-apply',
      'hearing-register',
      'forum-register',
    ]);
    expect(checklistIds('imrf-2026.hearing')).toEqual(['hearing-side-events']);
    expect(checklistIds('imrf-2026.forum')).not.toContain('forum-register');
    expect(checklistIds('imrf-2026.declaration')).toEqual([]);
    expect(defaultMilestone('imrf-2026.accreditation')!.date.start < '2026-05-04').toBe(true);
  });

  it('chooses regional review checklists by region', () => {
    const regions = ['unece', 'arab', 'africa', 'asia-pacific', 'lac'];
    const lists = regions.map((r) => checklistIds(`imrf-2026.review-${r}`).join(','));
    expect(new Set(lists).size).toBe(regions.length);
    expect(checklistIds('imrf-2026.review-unece')).toContain('unece-hearing');
    expect(checklistIds('imrf-2026.review-lac')).toContain('lac-hearing');
    expect(checklistIds('imrf-2026.review-lac')).not.toContain('unece-hearing');
  });
});
