import { z } from 'zod';
import { MAX_SIBLING_BYTES, MAX_SIBLING_PATH, type SiblingReader } from './siblingPath.ts';

/** The import worker asks the window for a file beside the Markdown file it imports. */
export const SiblingAskSchema = z.object({
  kind: z.literal('sibling'),
  id: z.number().int().nonnegative(),
  path: z.string().min(1).max(MAX_SIBLING_PATH),
});
export type SiblingAsk = z.infer<typeof SiblingAskSchema>;

/** The window's answer: the file's bytes, or null when it could not (or would not) read it. */
const SiblingAnswerSchema = z.object({
  kind: z.literal('siblingAnswer'),
  id: z.number().int().nonnegative(),
  bytes: z
    .custom<Uint8Array>((v) => v instanceof Uint8Array && v.byteLength <= MAX_SIBLING_BYTES, 'expected at most 20 MB')
    .nullable(),
});
export type SiblingAnswer = z.infer<typeof SiblingAnswerSchema>;

/**
 * A SiblingReader for the import worker that asks the window through `post` (the window holds the
 * shell's reader: the picked folder's files, or the desktop's IPC), and `answer`, to be given every
 * message from the window: it settles the matching read; anything that is not a valid answer is ignored.
 */
export function askingSiblingReader(post: (ask: SiblingAsk) => void): {
  read: SiblingReader;
  answer(message: unknown): void;
} {
  const waiting = new Map<number, (bytes: Uint8Array | null) => void>();
  let next = 0;
  return {
    read: (path) =>
      new Promise((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        post({ kind: 'sibling', id, path });
      }),
    answer(message) {
      const parsed = SiblingAnswerSchema.safeParse(message);
      if (!parsed.success) return;
      waiting.get(parsed.data.id)?.(parsed.data.bytes);
      waiting.delete(parsed.data.id);
    },
  };
}

/** Answers one ask with `read` (the window's side); an ask that does not parse is answered with nothing. */
export async function answerSiblingAsk(message: unknown, read: SiblingReader): Promise<SiblingAnswer | null> {
  const ask = SiblingAskSchema.safeParse(message);
  if (!ask.success) return null;
  const bytes = await read(ask.data.path).catch(() => null);
  return {
    kind: 'siblingAnswer',
    id: ask.data.id,
    bytes: bytes && bytes.byteLength <= MAX_SIBLING_BYTES ? bytes : null,
  };
}
