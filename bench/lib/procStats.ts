import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

let ticks: number | null = null;

/** Clock ticks per second of /proc/<pid>/stat times (almost always 100). */
function clockTicks(): number {
  if (ticks === null) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** User + system seconds in a /proc stat line. */
function statCpu(stat: string): number {
  // Fields after the command name (which may hold spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicks();
}

/** User + system CPU seconds a process has used so far (Linux /proc), or NaN when unreadable. */
export function cpuSeconds(pid: number): number {
  try {
    return statCpu(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds of each thread of a process so far, by thread id (the main thread's is the pid). */
export function threadCpuSeconds(pid: number): Map<number, number> {
  const threads = new Map<number, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      threads.set(Number(tid), statCpu(fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')));
    } catch {
      // The thread ended meanwhile.
    }
  }
  return threads;
}

/** Peak (VmHWM) and current (VmRSS) resident memory of a process in MiB, NaN when unreadable. */
export function memoryMiB(pid: number): { peak: number; current: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (key: string) => Number(new RegExp(`${key}:\\s*(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
    return { peak: kib('VmHWM') / 1024, current: kib('VmRSS') / 1024 };
  } catch {
    return { peak: Number.NaN, current: Number.NaN };
  }
}

/** Total size in bytes of the files under `dir`. */
export function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += dirBytes(full);
    else if (entry.isFile()) total += fs.statSync(full).size;
  }
  return total;
}
