/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Wraps text a message interpolates (a title, a name, a quote) in Unicode first-strong isolates, so
 * its own direction cannot reorder the sentence around it: a Latin title ending in a number inside
 * Arabic, an Arabic name inside English. Only where it matters: everything in a right-to-left
 * interface, and right-to-left text in a left-to-right one (English text stays as typed).
 */
export function isolate(text: string, interfaceRtl: boolean): string {
  return interfaceRtl || RTL_LETTER.test(text) ? `${FSI}${text}${PDI}` : text;
}

/** An identifier (`editor`, `inReview`): the key of an ICU select, never isolated, or it would not match. */
const SELECT_KEY = /^[a-z][a-zA-Z0-9]*$/;

/**
 * The same for the string values of a message's arguments, except select keys; numbers and dates are
 * formatted by ICU.
 */
export function isolateValues<V>(values: Record<string, V>, interfaceRtl: boolean): Record<string, V | string> {
  const out: Record<string, V | string> = {};
  for (const [key, value] of Object.entries(values))
    out[key] = typeof value === 'string' && !SELECT_KEY.test(value) ? isolate(value, interfaceRtl) : value;
  return out;
}
