import { defineCommand, UsageError } from './command.ts';
import { DEFAULT_CYCLES } from '../../shared/domain/cycles.ts';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtinTemplates.ts';
import { formatRoadmapReport, roadmapReport } from '../../shared/templates/roadmapReport.ts';

const HELP = `Usage: concord roadmap [--json] [--cycle ID]

Lists the review cycles Concord ships, their milestones (date or range, title, confidence, sources)
and the templates that serve each. Dates marked [projected] or [unconfirmed] are placeholders: the
note says why. A workspace's own roadmap (dates a coalition corrected) lives in the app.

  --json        print JSON instead of text
  --cycle ID    only this cycle (imrf-2022, imrf-2026, imrf-2030)`;

/** `concord roadmap`: the shipped review cycles, their milestones and the templates that serve them. */
export const roadmap = defineCommand({
  help: HELP,
  options: { json: { type: 'boolean' }, cycle: { type: 'string' } },
  async run({ values }) {
    const ids = DEFAULT_CYCLES.map((c) => c.cycle.id);
    if (values.cycle !== undefined && !ids.includes(values.cycle))
      throw new UsageError(`unknown cycle "${values.cycle}"; one of: ${ids.join(', ')}`);
    const report = roadmapReport(DEFAULT_CYCLES, BUILTIN_TEMPLATES, values.cycle);
    console.log(values.json ? JSON.stringify(report, null, 2) : formatRoadmapReport(report));
  },
});
