import { en } from './catalogues/en.ts';
import type { MessageId } from './messages.ts';
import { createTranslator, type MessageArgs } from './translator.ts';

const english = createTranslator('en', en);

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
    super(english(messageId, args));
  }
}
