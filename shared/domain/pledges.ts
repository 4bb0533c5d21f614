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

/** What the form asks of a pledge, in its own words. */
export const PLEDGE_QUALITIES = [
  'concrete',
  'measurable',
  'realistic',
  'forward-looking',
  'time-bound',
  'preferably in partnership',
] as const;

/**
 * The fields of the pledge form, in order (one attachment is also allowed).
 * @public Reference data for the pledge template (issue 16); no code reads it yet.
 */
export const PLEDGE_FORM_FIELDS = [
  'Contact person',
  'Pledger',
  'Other participating States or actors (joint pledges)',
  'Matching pledge (title and id of the pledge matched)',
  'Type',
  'GCM objectives and principles',
  'Timeline',
  'Description',
] as const;

/**
 * Pledges concern migrants, not refugees (the Global Compact on Refugees has its own pledges).
 * @public Reference data for the pledge template (issue 16); no code reads it yet.
 */
export const PLEDGE_SCOPE_NOTE = 'Pledges concern migrants (not refugees).';

/**
 * Where the facts of this file come from.
 * @public Reference data for the pledge template (issue 16); no code reads it yet.
 */
export const PLEDGE_SOURCES: readonly Source[] = [SOURCES.unNetworkPledges];
