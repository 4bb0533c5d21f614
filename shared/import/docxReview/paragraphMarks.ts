type Kind = 'insertion' | 'deletion';

interface Paragraph {
  /** Whether its text is plain, inserted or deleted (any mix). */
  text: Set<Kind | 'plain'>;
  /** A tracked change on the paragraph mark itself: the paragraph break was inserted or deleted. */
  mark: Kind | null;
}

/**
 * Counts tracked paragraph breaks Concord cannot show. A break inserted or deleted together with a
 * whole paragraph of inserted or deleted text is kept (accepting or rejecting that text removes the
 * emptied paragraph, as the break would); a break that splits or joins paragraphs of other text is
 * not: Concord imports the paragraphs as they are now, and the report names the break.
 */
export class ParagraphMarks {
  private readonly open: Paragraph[] = [];
  /** A break of the previous paragraph, kept only if the next paragraph is wholly of its kind. */
  private pending: Kind | null = null;
  private unkept = 0;

  /** A paragraph starts. */
  start(): void {
    this.open.push({ text: new Set(), mark: null });
  }

  /** Text of the current paragraph, plain or inside a tracked insertion or deletion. */
  text(kind: Kind | 'plain'): void {
    this.open[this.open.length - 1]?.text.add(kind);
  }

  /** The current paragraph's mark is a tracked insertion or deletion. */
  mark(kind: Kind): void {
    const p = this.open[this.open.length - 1];
    if (p) p.mark = kind;
  }

  /** The current paragraph ends. */
  end(): void {
    const p = this.open.pop();
    if (!p) return;
    const whole = (kind: Kind) => p.text.size === 1 && p.text.has(kind);
    if (this.pending && !whole(this.pending)) this.unkept += 1;
    this.pending = null;
    // An empty paragraph is not imported at all, so its break has nothing to lose.
    if (p.mark && p.text.size > 0 && !whole(p.mark)) this.pending = p.mark;
  }

  /** How many tracked paragraph breaks were not kept, once the part is read. */
  finish(): number {
    if (this.pending) this.unkept += 1;
    this.pending = null;
    return this.unkept;
  }
}
