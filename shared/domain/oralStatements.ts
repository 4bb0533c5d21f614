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
 * How many words usually fit an NGO speaking slot, read at 100-130 words a minute: a 2-minute slot
 * holds 200-260 words, a 3-minute one 300-390. (The facts file's 250-300 and 350-400 exceed that pace.)
 */
export const SPEAKING_SLOT_GUIDE = [
  { seconds: 120, words: { min: 200, max: 260 } },
  { seconds: 180, words: { min: 300, max: 390 } },
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

/** "200-260 words": what a slot of `seconds` holds across the usual reading pace. */
export function slotWordRange(seconds: number): { min: number; max: number } {
  return {
    min: wordsForSeconds(seconds, WORDS_PER_MINUTE_RANGE.min),
    max: wordsForSeconds(seconds, WORDS_PER_MINUTE_RANGE.max),
  };
}
