import type { Source } from './sources.ts';
import { SOURCES } from './sources.ts';

/** The form's limits on a pledge description, in characters. */
export const PLEDGE_DESCRIPTION_CHARS = { min: 300, max: 3000 } as const;

/**
 * Where the facts of this file come from.
 * @public Reference data for the pledge template (issue 16); no code reads it yet.
 */
export const PLEDGE_SOURCES: readonly Source[] = [SOURCES.unNetworkPledges];
