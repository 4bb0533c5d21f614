import { createIntl, createIntlCache } from '@formatjs/intl';
import { en } from './catalogues/en.ts';
import type { MessageId } from './messages.ts';

/** The values of a message's ICU arguments, as an error carries them. */
export type MessageArgs = Readonly<Record<string, string | number>>;

const english = createIntl({ locale: 'en', messages: en }, createIntlCache());

/** A catalogue message in English (logs, the command line, an error's `message`). */
export function englishMessage(id: MessageId, args: MessageArgs = {}): string {
  return english.formatMessage({ id }, args);
}

/**
 * An error worded for the person at the keyboard: it names a catalogue message and its arguments, so
 * the interface shows it in the person's language; its `message` is the English text.
 */
export class LocalizedError extends Error {
  constructor(
    readonly messageId: MessageId,
    readonly args: MessageArgs = {},
  ) {
    super(englishMessage(messageId, args));
  }
}
