import { formatNumber } from './result.ts';
import type { Figure, ScenarioResult } from './result.ts';
import { machineLine } from './machine.ts';
import type { MachineInfo } from './machine.ts';

/** A figure's value in its unit, bytes shown in KiB/MiB. */
function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return value === Number.POSITIVE_INFINITY ? `∞ ${unit}` : '–';
  if (unit === 'B') {
    if (value >= 1024 ** 2) return `${formatNumber(value / 1024 ** 2)} MiB`;
    if (value >= 1024) return `${formatNumber(value / 1024)} KiB`;
    return `${formatNumber(value)} B`;
  }
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`;
}

function cell(figure: Figure | undefined): string {
  if (!figure) return '';
  if (figure.infinite || figure.value === Number.POSITIVE_INFINITY)
    return `∞ ${figure.unit} (some edits never arrived)`;
  const main = (figure.atLeast ? '> ' : '') + formatValue(figure.value, figure.unit);
  const s = figure.spread;
  const [lo, hi] = s?.p25 !== undefined ? [s.p25, s.p75] : [s?.min, s?.max];
  if (lo === undefined || hi === undefined || lo === hi || !Number.isFinite(figure.value)) return main;
  // Bytes: the spread in the same unit as the value.
  const scale = figure.unit !== 'B' ? 1 : figure.value >= 1024 ** 2 ? 1024 ** 2 : figure.value >= 1024 ? 1024 : 1;
  return `${main} (${formatNumber(lo / scale)}–${formatNumber(hi / scale)})`;
}

function ratioText(result: ScenarioResult, figure: string, baseline: string): string {
  const r = result.ratios[`${figure} vs ${baseline}`];
  return r === undefined || !Number.isFinite(r) ? '' : ` · ours ×${formatNumber(r)}`;
}

function parametersText(p: Record<string, unknown>): string {
  return Object.entries(p)
    .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join('/') : String(v)}`)
    .join(', ');
}

/** One scenario as a Markdown table (figures × ours and each baseline) with its targets. */
function scenarioMarkdown(result: ScenarioResult): string {
  const load = result.loadAverage ? `, load average ${result.loadAverage.map((l) => l.toFixed(1)).join(' → ')}` : '';
  const on = result.cpu ? ` on ${result.cpu}` : '';
  const when = result.measuredAt
    ? `; measured ${result.measuredAt.slice(0, 16).replace('T', ' ')} UTC${on}${load}`
    : '';
  const lines = [`### ${result.name}`, '', `_${parametersText(result.parameters)}${when}_`, ''];
  if (result.skipped) return [...lines, result.skipped, ''].join('\n');
  const baselines = Object.keys(result.baseline);
  const names = [
    ...new Set([...Object.keys(result.figures), ...baselines.flatMap((b) => Object.keys(result.baseline[b]!))]),
  ];
  lines.push(`| | Concord | ${baselines.join(' | ')} |`, `|---|---|${baselines.map(() => '---|').join('')}`);
  for (const name of names) {
    lines.push(
      `| ${name} | ${cell(result.figures[name])} | ${baselines.map((b) => cell(result.baseline[b]![name]) + (result.baseline[b]![name] ? ratioText(result, name, b) : '')).join(' | ')} |`,
    );
  }
  const other = Object.entries(result.ratios).filter(([label]) => !baselines.some((b) => label.endsWith(` vs ${b}`)));
  if (other.length > 0) lines.push('', other.map(([label, r]) => `${label}: ×${formatNumber(r)}`).join('; '));
  if (result.targets.length > 0) {
    lines.push(
      '',
      ...result.targets.map((t) => `- ${t.met ? '✅ met' : '❌ missed'}: ${t.name}: ${t.actual} (target ${t.limit})`),
    );
  }
  if (result.notes.length > 0)
    lines.push(
      '',
      '<details><summary>How this is measured</summary>',
      '',
      ...result.notes.map((n) => `- ${n}`),
      '',
      '</details>',
    );
  return [...lines, ''].join('\n');
}

/** One table of every target from issue 7: where we stand against each. */
function targetsMarkdown(results: ScenarioResult[]): string {
  const rows = results.flatMap((r) =>
    r.targets.map((t) => `| ${t.name} | ${t.limit} | ${t.actual} | ${t.met ? '✅ met' : '❌ missed'} |`),
  );
  if (rows.length === 0) return '';
  return ['| Target | Limit | Concord | |', '|---|---|---|---|', ...rows, ''].join('\n');
}

/** The whole results page: the machine line, then every scenario. */
export function resultsMarkdown(
  machine: MachineInfo,
  mode: string,
  results: ScenarioResult[],
  runNote: string,
): string {
  return [
    '## Benchmarks',
    '',
    `The last run: ${machineLine(machine)}, with \`npm run bench${mode === 'quick' ? ' -- --quick' : ''}\` (${runNote}). Scenarios not run then keep their earlier results: each says when it was measured and, since 2 December 2026, on which CPU. The machine is shared: each scenario shows the 1-minute load average before and after it ran. Medians with p25–p75 or min–max in brackets; "ours ×r" is Concord's figure divided by that baseline's (below 1: Concord is faster or smaller). Full results: \`bench/results/${mode === 'quick' ? 'quick' : 'latest'}.json\`.`,
    '',
    targetsMarkdown(results),
    ...results.map(scenarioMarkdown),
  ].join('\n');
}
