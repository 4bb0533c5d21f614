import { z } from 'zod';
import { LocalizedError } from '../../../shared/i18n/LocalizedError.ts';

/** The longest name and organisation kept (the settings' own limits, shared/host/HostApi.ts). */
export const PROFILE_LIMITS = { name: 80, organisation: 80 } as const;

/** A person's name and organisation as they typed them, made tidy: trimmed, inner spaces and line breaks one space. */
const tidy = z.string().transform((s) => s.replace(/[\s\p{Cc}]+/gu, ' ').trim());

const ProfileSchema = z.object({
  name: tidy.pipe(z.string().min(1).max(PROFILE_LIMITS.name)),
  organisation: tidy.pipe(z.string().max(PROFILE_LIMITS.organisation)),
});

/** A checked name and organisation (the organisation may be empty). */
export type Profile = z.infer<typeof ProfileSchema>;

/**
 * Checks what a person typed as their name and organisation; throws a LocalizedError saying what
 * to change (the first problem, the name's before the organisation's).
 */
export function readProfile(name: string, organisation: string): Profile {
  const parsed = ProfileSchema.safeParse({ name, organisation });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path[0] === 'organisation' ? 'organisation' : 'name';
  if (field === 'name' && issue.code === 'too_small') throw new LocalizedError('join.needsName');
  throw new LocalizedError(field === 'name' ? 'settings.nameTooLong' : 'settings.organisationTooLong', {
    max: PROFILE_LIMITS[field],
  });
}
