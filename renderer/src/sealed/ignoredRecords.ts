import type { OpenFailure } from '../../../shared/sealed/openError.ts';

/**
 * Why records the relay sent were ignored, as a person can act on it: `altered` (not as a member
 * sealed it: changed, held back and served out of order, rolled back, or sealed with a removed
 * member's key: tell whoever runs the relay), `not-allowed` (authentic, but the writer's role may
 * not make that change), `newer-version` (made by a newer Concord: update). Not counted: a record
 * sealed under a key this device has not got yet (the relay bar says that, NewestKeyMissing), and
 * a record applied already (`replayed`): a member's app sends a record again when its socket dropped
 * before the acknowledgement, and two tabs may send one outbox, so it is mostly no one's fault, and a
 * relay repeating a record on purpose changes nothing (it is never applied twice).
 */
export type IgnoredKind = 'altered' | 'not-allowed' | 'newer-version';

function ignoredKind(failure: OpenFailure): IgnoredKind | null {
  switch (failure) {
    case 'unknown epoch':
    case 'replayed':
      return null;
    case 'not allowed':
      return 'not-allowed';
    case 'unknown version':
    case 'unknown kind':
      return 'newer-version';
    default:
      return 'altered';
  }
}

export type IgnoredCounts = Readonly<Record<IgnoredKind, number>>;

const NONE: IgnoredCounts = { altered: 0, 'not-allowed': 0, 'newer-version': 0 };

/**
 * Where the records of a private workspace's own rooms are counted: its index (the library's list
 * of documents) and its key room (device keys, key changes), said in the relay bar. Never a
 * document id.
 */
export const WORKSPACE_RECORDS = '';

/**
 * The records of a private workspace's documents that this device refused to apply, counted per
 * document while the app runs, so the document's status bar can say so where the person looks
 * (docs/private-workspaces.md, Integrity); those of the index and key room under
 * `WORKSPACE_RECORDS`, for the relay bar. Nothing of a refused record is applied.
 */
export class IgnoredRecords {
  private readonly counts = new Map<string, IgnoredCounts>();
  private readonly listeners = new Set<(id: string) => void>();

  /** Counts a record of document `id` (or `WORKSPACE_RECORDS`) refused for `failure`. */
  note(id: string, failure: OpenFailure): void {
    const kind = ignoredKind(failure);
    if (!kind) return;
    const before = this.of(id);
    this.counts.set(id, { ...before, [kind]: before[kind] + 1 });
    this.listeners.forEach((l) => l(id));
  }

  /** What was ignored in document `id` so far (zeros when nothing). */
  of(id: string): IgnoredCounts {
    return this.counts.get(id) ?? NONE;
  }

  /** Hears the id of each document whose counts changed; returns the function that stops. */
  subscribe(listener: (id: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
