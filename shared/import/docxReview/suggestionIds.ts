import type { WordRevision } from './markReviewXml.ts';

/** A deletion right before an insertion, by the same author at the same time: Word's replacement. */
function replacement(x: WordRevision | undefined, y: WordRevision | undefined): boolean {
  return !!x && !!y && x.kind === 'deletion' && y.kind === 'insertion' && x.author === y.author && x.date === y.date;
}

/**
 * Gives each Word revision (by its index) a suggestion id. Some revisions are one suggestion and
 * share an id: a replacement (a deletion followed at once by an insertion of the same author and
 * time) and the two halves of a move.
 */
export class SuggestionIds {
  /** Revision index -> suggestion id, in the order ids were given. */
  readonly byIndex = new Map<number, string>();
  private readonly byGroup = new Map<string, string>();
  private last: { index: number; endedAt: number } | null = null;

  constructor(
    private readonly revisions: readonly WordRevision[],
    private readonly newId: () => string,
  ) {}

  /** The id of revision `index`, whose text starts at position `pos`. */
  idFor(index: number, pos: number): string {
    const known = this.byIndex.get(index);
    if (known) return known;
    const r = this.revisions[index];
    const previous = this.last && this.last.endedAt === pos ? this.last.index : -1;
    const id =
      (r?.group ? this.byGroup.get(r.group) : undefined) ??
      (replacement(this.revisions[previous], r) ? this.byIndex.get(previous) : undefined) ??
      this.newId();
    this.byIndex.set(index, id);
    if (r?.group && !this.byGroup.has(r.group)) this.byGroup.set(r.group, id);
    return id;
  }

  /** Revision `index` ended at position `pos` (the next one may continue it as a replacement). */
  closed(index: number, pos: number): void {
    this.last = { index, endedAt: pos };
  }
}
