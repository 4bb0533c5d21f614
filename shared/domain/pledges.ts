import type { Source } from './sources.ts';
import { SOURCES } from './sources.ts';

/** The pledge types offered by the UN Network's pledge form. */
export const PLEDGE_TYPES = [
  { id: 'financial', label: 'Financial' },
  { id: 'human-resources', label: 'Human resources' },
  { id: 'process-oriented', label: 'Process-oriented' },
  { id: 'policy-oriented', label: 'Policy-oriented' },
] as const;

/** The form's limits on a pledge description, in characters. */
export const PLEDGE_DESCRIPTION_CHARS = { min: 300, max: 3000 } as const;

/**
 * Where the facts of this file come from.
 * @public Reference data for the pledge template (issue 16); no code reads it yet.
 */
export const PLEDGE_SOURCES: readonly Source[] = [SOURCES.unNetworkPledges];
