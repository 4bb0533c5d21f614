import { ImportError } from './importTypes.ts';
import type { ImportedDocument } from './importTypes.ts';
import type { MessageId } from '../i18n/messages.ts';
import type { MessageArgs } from '../i18n/translator.ts';

// The reply of an import worker, apart from the importers themselves: the window that starts a
// worker reads replies without loading Word's and Markdown's parsers (they are most of a megabyte).

/** Why an import was refused, as the ImportError's catalogue message (worded in the person's language). */
interface Refusal {
  messageId: MessageId;
  args: MessageArgs;
}

/** A worker's answer: the document, or why not (`refused`: an ImportError's message; else a failure). */
export type ImportReply =
  { ok: true; imported: ImportedDocument } | { ok: false; refused: Refusal | null; message: string };

/** The error a refused reply stands for: the ImportError again, or a plain Error for anything else. */
export function replyError(reply: { refused: Refusal | null; message: string }): Error {
  return reply.refused ? new ImportError(reply.refused.messageId, reply.refused.args) : new Error(reply.message);
}
