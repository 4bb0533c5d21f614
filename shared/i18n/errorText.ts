import { LocalizedError } from './LocalizedError.ts';
import type { Translator } from './translator.ts';

/**
 * What went wrong, for a notice or a dialog: an error worded for people (LocalizedError) in the
 * interface language; anything else (a programming error, the platform's own) by its message.
 */
export function errorText(t: Translator, err: unknown): string {
  if (err instanceof LocalizedError) return t(err.messageId, err.args);
  return err instanceof Error ? err.message : String(err);
}
