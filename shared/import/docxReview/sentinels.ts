/**
 * Review markup travels through mammoth as private-use characters in the text (mammoth drops Word
 * comments and tracked changes): the rewritten document.xml carries them as ordinary runs, and they
 * are turned into marks and anchors after conversion. A file's own private-use characters in this
 * range are removed first, so they cannot forge markers.
 */
export const MARK = {
  /** Followed by a revision index and END_ARG: a tracked insertion starts. */
  insertion: '\uE000',
  /** Followed by a revision index and END_ARG: a tracked deletion starts. */
  deletion: '\uE001',
  /** The innermost open insertion or deletion ends. */
  close: '\uE002',
  /** Followed by a Word comment id and END_ARG. */
  commentStart: '\uE003',
  commentEnd: '\uE004',
  endArg: '\uE005',
  /** Followed by a Word comment id and END_ARG: a comment anchored at a point (no range in the file). */
  commentPoint: '\uE006',
} as const;

/** Every marker character (for removing them from text that must not carry any, such as titles). */
const ANY_MARK = /[\uE000-\uE006]/g;

/** A marker sequence in text: kind character, optional argument. */
export const MARKER = /([\uE000\uE001\uE003\uE004\uE006])([^\uE005]{0,40})\uE005|\uE002/g;

/** Removes markers and their arguments from `text`. */
export function stripMarkers(text: string): string {
  return text.replace(MARKER, '').replace(ANY_MARK, '');
}
