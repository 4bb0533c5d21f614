import type { Source } from './sources.ts';
import { SOURCES } from './sources.ts';

/** Reading pace for interpreters, words a minute: the default and the usual range. */
export const DEFAULT_WORDS_PER_MINUTE = 120;
/**
 * The usual range of that pace.
 * @public Reference data for the speaking-slot guidance (issue 16); no code reads it yet.
 */
export const WORDS_PER_MINUTE_RANGE = { min: 100, max: 130 } as const;

/** No published limit for the forum's hearing was found: 2 minutes is a default the user can change. */
export const DEFAULT_SPEAKING_SLOT_SECONDS = 120;

/**
 * How many words usually fit an NGO speaking slot.
 * @public Reference data for the speaking-slot guidance (issue 16); no code reads it yet.
 */
export const SPEAKING_SLOT_GUIDE = [
  { seconds: 120, words: { min: 250, max: 300 } },
  { seconds: 180, words: { min: 350, max: 400 } },
] as const;

/**
 * Where the figures of this file come from.
 * @public Reference data for the speaking-slot guidance (issue 16); no code reads it yet.
 */
export const ORAL_STATEMENT_SOURCES: readonly Source[] = [SOURCES.treatyBodyPractice];

/** Seconds it takes to read `words` aloud at `wordsPerMinute`, rounded up. */
export function speakingSeconds(words: number, wordsPerMinute: number = DEFAULT_WORDS_PER_MINUTE): number {
  const pace = wordsPerMinute > 0 ? wordsPerMinute : DEFAULT_WORDS_PER_MINUTE;
  return Math.ceil((words * 60) / pace);
}

/** Words that fit in `seconds` at `wordsPerMinute`, rounded down. */
export function wordsForSeconds(seconds: number, wordsPerMinute: number = DEFAULT_WORDS_PER_MINUTE): number {
  const pace = wordsPerMinute > 0 ? wordsPerMinute : DEFAULT_WORDS_PER_MINUTE;
  return Math.floor((seconds * pace) / 60);
}
