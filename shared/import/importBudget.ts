import { ImportError } from './importTypes.ts';

/** How much one import may do: work in steps (tokens, HTML nodes, document nodes), time, memory. */
export interface ImportLimits {
  /** Steps of work; a proxy for memory that the same file always spends the same way. */
  maxWork: number;
  /** Wall-clock time, checked as the work is counted and enforced by the worker that runs the import. */
  timeMs: number;
  /** Heap of the worker thread that runs the import (the command line; a browser cannot cap a worker). */
  memoryMb: number;
}

/**
 * The defaults. Ordinary Markdown (prose, headings, tables, links) costs about 0.3 million steps
 * per MB, so a 20 MB file (the size limit) takes 6 million; 8 million keep the memory an import
 * may use to about 1 GB (markdown-it holds some hundred bytes per token and delimiter).
 */
export const IMPORT_LIMITS: ImportLimits = { maxWork: 8_000_000, timeMs: 120_000, memoryMb: 2048 };

/** Counts an import's work against its limits and refuses it, with a message a user can act on, beyond them. */
export class ImportBudget {
  spent = 0;
  private readonly deadline: number;

  constructor(
    private readonly limits: Pick<ImportLimits, 'maxWork' | 'timeMs'> = IMPORT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + limits.timeMs;
  }

  /** Records `steps` of work; throws ImportError once over the work or time limit. */
  spend(steps: number): void {
    this.spent += steps;
    if (this.spent > this.limits.maxWork) throw tooComplex();
    if (this.now() > this.deadline) throw tooSlow(this.limits.timeMs);
  }
}

/** The refusal when an import needs more work (or memory) than allowed. */
export function tooComplex(): ImportError {
  return new ImportError('error.import.tooComplex');
}

/** The refusal when an import runs past its time limit. */
export function tooSlow(timeMs: number): ImportError {
  return new ImportError('error.import.tooSlow', { seconds: Math.round(timeMs / 1000) });
}
