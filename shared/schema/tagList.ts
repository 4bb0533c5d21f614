/** A tag is `O<n>` for objective n (1-23) or `P<n>` for guiding principle n (1-10). */
export const TAG_PATTERN = /^(O([1-9]|1\d|2[0-3])|P([1-9]|10))$/;

/** Parses a space- or comma-separated list into a sorted, de-duplicated list of valid tags. */
export function parseTagList(raw: unknown): string[] {
  const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : [];
  const valid = items.filter((t): t is string => typeof t === 'string' && TAG_PATTERN.test(t));
  return sortTags([...new Set(valid)]);
}

/** Sorts objectives before principles, each numerically. */
export function sortTags(tags: readonly string[]): string[] {
  const key = (t: string) => (t[0] === 'O' ? 0 : 100) + Number(t.slice(1));
  return [...tags].sort((a, b) => key(a) - key(b));
}

/** The attribute form of a tag list. */
export function formatTagList(raw: unknown): string {
  return parseTagList(raw).join(' ');
}
