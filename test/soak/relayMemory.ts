import type { MemoryReport } from '../relay/support/memory.ts';

const MiB = 1024 * 1024;

/** Heap growth every round may have without a finding: fixed slack, plus this many times the stored document's size. */
const MEMORY_SLACK_BYTES = 16 * MiB;
const MEMORY_PER_DOCUMENT_BYTE = 20;

/**
 * Whether the relay's memory returned near its level before the round: heap (after a full
 * collection) plus external memory, summed over instances, may exceed its earlier level by at most
 * 16 MiB plus 20 times the stored document's encoded size (the room holds the document, which only
 * grows, and its history). A message when it did not, else null.
 */
export function memoryCheck(before: MemoryReport[], after: MemoryReport[], documentBytes: number): string | null {
  const held = (list: MemoryReport[]) => list.reduce((n, r) => n + r.heapUsed + r.external, 0);
  const allowed = held(before) + MEMORY_SLACK_BYTES + MEMORY_PER_DOCUMENT_BYTE * documentBytes;
  if (held(after) <= allowed) return null;
  const mib = (n: number) => (n / MiB).toFixed(1);
  return `relay memory did not return: heap+external ${mib(held(before))} -> ${mib(held(after))} MiB (allowed ${mib(allowed)} MiB, document ${mib(documentBytes)} MiB)`;
}
