import type { CycleDefaults } from '../domain/cycles.ts';
import type { DateSpan, DatePrecision, Milestone, MilestoneKind } from '../domain/milestone.ts';
import type { Confidence, Source } from '../domain/sources.ts';
import { isUncertain } from '../domain/sources.ts';
import type { Template } from './template.ts';
import { templateServes } from './listTemplates.ts';

/** A milestone as the roadmap report lists it: when, what, how sure, from where, and its templates. */
export interface RoadmapReportMilestone {
  id: string;
  title: string;
  kind: MilestoneKind;
  date: DateSpan;
  precision: DatePrecision;
  confidence: Confidence;
  unconfirmedNote?: string;
  sources: Source[];
  templates: { id: string; title: string }[];
}

/** A cycle with its milestones in date order. */
export interface RoadmapReportCycle {
  id: string;
  title: string;
  startYear: number;
  endYear: number;
  confidence: Confidence;
  sources: Source[];
  milestones: RoadmapReportMilestone[];
}

function reportMilestone(m: Milestone, templates: readonly Template[]): RoadmapReportMilestone {
  return {
    id: m.id,
    title: m.title,
    kind: m.kind,
    date: m.date,
    precision: m.precision,
    confidence: m.confidence,
    ...(m.unconfirmedNote ? { unconfirmedNote: m.unconfirmedNote } : {}),
    sources: [...m.sources],
    templates: templates.filter((t) => templateServes(t, m)).map((t) => ({ id: t.id, title: t.title })),
  };
}

/** The roadmap of the given cycles (all of them, or the one whose id is given) with the templates of each step. */
export function roadmapReport(
  cycles: readonly CycleDefaults[],
  templates: readonly Template[],
  cycleId?: string,
): RoadmapReportCycle[] {
  return cycles
    .filter((c) => cycleId === undefined || c.cycle.id === cycleId)
    .map(({ cycle, milestones }) => ({
      id: cycle.id,
      title: cycle.title,
      startYear: cycle.startYear,
      endYear: cycle.endYear,
      confidence: cycle.confidence,
      sources: [...cycle.sources],
      milestones: milestones.map((m) => reportMilestone(m, templates)),
    }));
}

/** "2026-05-05 to 2026-05-08", the one day, "2028-03 (month)" or "about 2026-03-05". */
function dateText(date: DateSpan, precision: DatePrecision = 'day'): string {
  if (precision === 'month') return `${date.start.slice(0, 7)} (month)`;
  const span = date.end && date.end !== date.start ? `${date.start} to ${date.end}` : date.start;
  return precision === 'approximate' ? `about ${span}` : span;
}

const badge = (c: Confidence) => (isUncertain(c) ? ` [${c}]` : '');

/** The report as plain text: one block per milestone, uncertain ones marked and their note given. */
export function formatRoadmapReport(report: readonly RoadmapReportCycle[]): string {
  const lines: string[] = [];
  for (const cycle of report) {
    lines.push(`${cycle.title} (${cycle.id})${badge(cycle.confidence)}`);
    for (const m of cycle.milestones) {
      lines.push(`  ${dateText(m.date, m.precision)}  ${m.title}${badge(m.confidence)}`, `    id: ${m.id}`);
      if (m.unconfirmedNote) lines.push(`    note: ${m.unconfirmedNote}`);
      lines.push(`    sources: ${m.sources.map((s) => (s.url ? `${s.label} <${s.url}>` : s.label)).join('; ')}`);
      if (m.templates.length) lines.push(`    templates: ${m.templates.map((t) => t.id).join(', ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
