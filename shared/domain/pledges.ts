import type { Source } from './sources.ts';
import { SOURCES } from './sources.ts';

/** The pledge types offered by the UN Network's pledge form. */
export const PLEDGE_TYPES = [
  { id: 'financial', label: 'Financial' },
  { id: 'human-resources', label: 'Human resources' },
  { id: 'process-oriented', label: 'Process-oriented' },
  { id: 'policy-oriented', label: 'Policy-oriented' },
] as const;
export type PledgeType = (typeof PLEDGE_TYPES)[number]['id'];

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

/** The fields of the pledge form, in order, then its one allowed attachment. Nothing else is on the form. */
export const PLEDGE_FORM_FIELDS = [
  'Contact person',
  'Pledger',
  'Other participating States or actors (joint pledges)',
  'Matching pledge (title and id of the pledge matched)',
  'Type',
  'GCM objectives and principles',
  'Timeline',
  'Description',
  'Attachment',
] as const;

/** How many files the pledge form accepts. */
export const PLEDGE_ATTACHMENTS = 1;

/** Pledges concern migrants, not refugees (the Global Compact on Refugees has its own pledges). */
export const PLEDGE_SCOPE_NOTE = 'Pledges concern migrants (not refugees).';

export const PLEDGE_SOURCES: readonly Source[] = [SOURCES.unNetworkPledges];
