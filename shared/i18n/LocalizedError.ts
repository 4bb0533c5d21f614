import { en } from './catalogues/en.ts';
import type { MessageId } from './messages.ts';
import { createTranslator, type MessageArgs, type Translator } from './translator.ts';

// Made at the first error, not at import: formatjs's Intl objects page in ICU data (about 6 MiB of
// resident memory), which a relay that never words an error should not hold.
let english: Translator | null = null;

/**
 * An error worded for the person at the keyboard: it names a catalogue message and its arguments, so
 * the interface shows it in the person's language; its `message` is the English text (logs, the
 * command line).
 */
export class LocalizedError extends Error {
  constructor(
    readonly messageId: MessageId,
    readonly args: MessageArgs = {},
  ) {
    super((english ??= createTranslator('en', en))(messageId, args));
  }
}
