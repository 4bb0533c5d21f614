import { isAllowedLink } from '../../schema/linkPolicy.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** A CSS string literal holding `text` (for generated content such as the running header). */
export function cssString(text: string): string {
  // Escape everything that could end the string, the declaration or the style element.
  return `"${text.replace(/[\\"'<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The href to emit for a link mark, or null when the link policy refuses it (javascript:, data:, ...). */
export function safeHref(href: unknown): string | null {
  return isAllowedLink(href) ? href.trim() : null;
}
