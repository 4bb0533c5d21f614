import type { Source } from '../sources.ts';

/**
 * Where a title in one language comes from (shared/domain/gcm-titles-un-languages.md): a copy of the
 * resolution (`official-doc`), a UN Network on Migration page (`official-UN`), an IOM page
 * (`official-IOM`), a non-UN source quoting it (`secondary`), or Concord's own wording (`ours`: a
 * translation where no source in that language was found, or a title no source gives).
 */
export type TitleConfidence = 'official-doc' | 'official-UN' | 'official-IOM' | 'secondary' | 'ours';

/** A title of the Compact's reference data (objective, guiding principle, round table) in one language. */
export interface LocalizedTitle {
  readonly text: string;
  /** True only for wording copied from an official UN or IOM source; never for our own translation. */
  readonly official: boolean;
  readonly confidence: TitleConfidence;
  /** Where the wording was found; absent for our own. */
  readonly source?: Source;
}

/** The titles of one language: 23 objectives, 10 guiding principles, 4 round tables, in order. */
export interface TitleSet {
  readonly objectives: readonly LocalizedTitle[];
  readonly principles: readonly LocalizedTitle[];
  readonly roundTables: readonly LocalizedTitle[];
}

/** Official wording from a source. */
export function official(
  text: string,
  confidence: Exclude<TitleConfidence, 'secondary' | 'ours'>,
  source: Source,
): LocalizedTitle {
  return { text, official: true, confidence, source };
}

/** Wording quoted by a non-UN source: shipped as an editable default, marked as not verified. */
export function secondary(text: string, source: Source): LocalizedTitle {
  return { text, official: false, confidence: 'secondary', source };
}

/** Concord's own wording, marked as unofficial wherever it is shown. */
export function ours(text: string): LocalizedTitle {
  return { text, official: false, confidence: 'ours' };
}
