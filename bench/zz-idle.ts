// Temporary driver (not committed): the idle-room figure for this checkout and CONCORD_BENCH_BEFORE, merged into latest.json.
import fs from 'node:fs';
import os from 'node:os';
import { runIdleRooms } from './relay/idleRooms.ts';
import { resultsMarkdown } from './lib/markdown.ts';
import type { ResultsFile } from './lib/resultsFile.ts';

const o = { rooms: 200, editsPerRoom: 100, charsPerEdit: 40, idleUnloadMs: 90_000 };
const measuredAt = new Date().toISOString();
const load0 = os.loadavg()[0]!;
const log = (l: string) => console.log(l);
const [ours, before] = await Promise.all([runIdleRooms(o, log), runIdleRooms({ ...o, checkout: process.env.CONCORD_BENCH_BEFORE! }, log)]);
fs.writeFileSync('/tmp/rl/idle-before.json', JSON.stringify(before, null, 2));
const base = 'bench/results/latest';
const file = JSON.parse(fs.readFileSync(`${base}.json`, 'utf8')) as ResultsFile;
const i = file.results.findIndex((r) => r.name === ours.name);
const old = file.results[i]!;
ours.baseline['concord relay before'] = before.figures;
file.results[i] = { ...ours, scenario: old.scenario, measuredAt, loadAverage: [load0, os.loadavg()[0]!] };
const note = `the last runs, of relay-traces and the relay scenario's idle-room figure only, took ${process.env.RUN_MINUTES} min`;
fs.writeFileSync(`${base}.json`, JSON.stringify(file, null, 2) + '\n');
fs.writeFileSync(`${base}.md`, resultsMarkdown(file.machine, file.mode, file.results, note));
console.log(JSON.stringify(ours.figures), JSON.stringify(before.figures));
