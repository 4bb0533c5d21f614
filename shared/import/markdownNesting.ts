import type { MarkdownIt, StateCore, Token } from 'markdown-it';

/** Inline elements (emphasis, links) nested deeper than this lose the extra wrappers, not their text. */
const MAX_INLINE_NESTING = 32;

/**
 * Caps how deeply inline tokens nest. markdown-it nests emphasis as deep as the text asks (7 MB of
 * `_a ` runs make a million levels); the HTML parser after it keeps its open elements in an array
 * it shifts on every tag, quadratic in that depth, and the wrappers add nothing (a mark is either
 * on or off). Runs last, so that footnote text (parsed separately) is capped too.
 */
export function capInlineNesting(md: MarkdownIt): void {
  md.core.ruler.push('cap_inline_nesting', (state: StateCore) => {
    for (const tok of state.tokens) if (tok.type === 'inline' && tok.children) tok.children = capped(tok.children);
  });
}

function capped(children: Token[]): Token[] {
  const out: Token[] = [];
  // For each open token on the way down: whether it was kept.
  const open: boolean[] = [];
  let depth = 0;
  for (const tok of children) {
    if (tok.nesting === 1) {
      const keep = depth < MAX_INLINE_NESTING;
      open.push(keep);
      if (keep) depth += 1;
      if (keep) out.push(tok);
    } else if (tok.nesting === -1) {
      const kept = open.pop() ?? true;
      if (kept) depth -= 1;
      if (kept) out.push(tok);
    } else out.push(tok);
  }
  return out;
}
