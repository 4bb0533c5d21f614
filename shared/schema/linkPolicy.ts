/** Link schemes a document may carry; everything else (javascript:, data:, file:...) is refused. */
const ALLOWED_LINK_SCHEMES = ['http:', 'https:', 'mailto:'] as const;

/** True when `href` is an absolute http, https or mailto URL. */
export function isAllowedLink(href: unknown): href is string {
  if (typeof href !== 'string' || href.length === 0 || href.length > 2048) return false;
  try {
    const url = new URL(href.trim());
    return (ALLOWED_LINK_SCHEMES as readonly string[]).includes(url.protocol);
  } catch {
    return false;
  }
}

/** Normalises what a user typed into a link: `example.org` becomes `https://example.org`; refused input gives null. */
export function normaliseLinkInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  if (isAllowedLink(trimmed)) return trimmed;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^:/]+:\d+/.test(trimmed);
  if (hasScheme) return null;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return `mailto:${trimmed}`;
  const candidate = `https://${trimmed}`;
  return isAllowedLink(candidate) ? candidate : null;
}
