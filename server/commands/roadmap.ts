import { parseArgs } from 'node:util';
import type { Command } from './command.ts';
import { DEFAULT_CYCLES } from '../../shared/domain/cycles.ts';
import { BUILTIN_TEMPLATES } from '../../shared/templates/builtinTemplates.ts';
import { formatRoadmapReport, roadmapReport } from '../../shared/templates/roadmapReport.ts';

const HELP = `Usage: concord roadmap [--json] [--cycle ID]

Lists the review cycles Concord ships, their milestones (date or range, title, confidence, sources)
and the templates that serve each. Dates marked [projected] or [unconfirmed] are placeholders: the
note says why. A workspace's own roadmap (dates a coalition corrected) lives in the app.

  --json        print JSON instead of text
  --cycle ID    only this cycle (imrf-2022, imrf-2026, imrf-2030)`;

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, cycle: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }).values;
}

/** Prints usage on stderr and returns the usage exit code. */
function usage(message: string): number {
  console.error(`concord roadmap: ${message}\n\n${HELP}`);
  return 2;
}

export const roadmap: Command = {
  summary: 'list review cycles, milestones, confidence, sources and templates',
  async run(argv) {
    let values: ReturnType<typeof parse>;
    try {
      values = parse(argv);
    } catch (err) {
      return usage(err instanceof Error ? err.message : String(err));
    }
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    const ids = DEFAULT_CYCLES.map((c) => c.cycle.id);
    if (values.cycle !== undefined && !ids.includes(values.cycle))
      return usage(`unknown cycle "${values.cycle}"; one of: ${ids.join(', ')}`);
    const report = roadmapReport(DEFAULT_CYCLES, BUILTIN_TEMPLATES, values.cycle);
    console.log(values.json ? JSON.stringify(report, null, 2) : formatRoadmapReport(report));
    return 0;
  },
};
