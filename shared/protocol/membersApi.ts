// The relay's small HTTP API for sharing a workspace from the app (docs/relay.md, Sharing): the
// shapes both sides validate, and the paths. Requests carry the member's token as a Bearer token.
import * as z from 'zod/mini';
import '../schema/zodMessages.ts';
import { ID_PATTERN } from '../ids.ts';
import { INVITABLE_ROLES, ROLES } from './tokenPayload.ts';

/**
 * The API's fixed limits; docs/relay.md lists them. The body size and request rate are the relay's
 * flags (--max-api-body, --max-api-rate, --max-api-burst in server/relay/limitOptions.ts).
 */
export const API_LIMITS = {
  /** Characters of an invitation's label ("for Caritas Lebanon"). */
  label: 200,
  /** Characters of a member's name and of their organisation. */
  name: 100,
  /** Days an invitation made in the app may stay valid. */
  maxDays: 365,
  /** Invitations of one workspace not yet used, revoked or expired. */
  pendingInvitations: 100,
  /** Tokens one workspace may have in all (members and invitations, revoked ones included). */
  workspaceTokens: 2000,
} as const;

const id = z.string().check(z.regex(ID_PATTERN));
const when = z.string().check(z.maxLength(40));

/** A pending invitation as the owner sees it. */
export const InvitationSchema = z.object({
  id,
  role: z.enum(ROLES),
  label: z.string().check(z.maxLength(API_LIMITS.label)),
  createdAt: when,
  expiresAt: when,
});
export type Invitation = z.infer<typeof InvitationSchema>;

/** A member (an invitation that was used), with how they call themselves. */
export const MemberSchema = z.object({
  id,
  role: z.enum(ROLES),
  label: z.string().check(z.maxLength(API_LIMITS.label)),
  name: z.string().check(z.maxLength(API_LIMITS.name)),
  organisation: z.string().check(z.maxLength(API_LIMITS.name)),
  joinedAt: when,
  expiresAt: when,
});
export type Member = z.infer<typeof MemberSchema>;

/** GET …/members */
export const MembersResponseSchema = z.object({
  members: z.array(MemberSchema).check(z.maxLength(API_LIMITS.workspaceTokens)),
  invitations: z.array(InvitationSchema).check(z.maxLength(API_LIMITS.workspaceTokens)),
});
export type MembersResponse = z.infer<typeof MembersResponseSchema>;

/** POST …/invitations */
export const CreateInvitationSchema = z.strictObject({
  role: z.enum(INVITABLE_ROLES),
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(API_LIMITS.label)),
  expiresInDays: z.int().check(z.minimum(1), z.maximum(API_LIMITS.maxDays)),
});
export type CreateInvitation = z.infer<typeof CreateInvitationSchema>;
export const CreatedInvitationSchema = z.object({
  invitation: InvitationSchema,
  token: z.string().check(z.maxLength(4096)),
});
export type CreatedInvitation = z.infer<typeof CreatedInvitationSchema>;

/** PATCH …/members/<id> */
export const ChangeRoleSchema = z.strictObject({ role: z.enum(ROLES) });

/** PUT …/me: how the member calls themselves, shown to the workspace's owners. */
export const ProfileSchema = z.strictObject({
  name: z.string().check(z.trim(), z.maxLength(API_LIMITS.name)),
  organisation: z.string().check(z.trim(), z.maxLength(API_LIMITS.name)),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** Every error answer: `{ error }`, a sentence. */
export const ApiErrorSchema = z.object({ error: z.string().check(z.maxLength(500)) });

/** Path prefix of the API. */
export const API_PATH = '/api/workspaces';

/** The API path of a workspace, with the rest (`members`, `invitations/<id>`, `me`). */
export function apiPath(workspaceId: string, ...rest: string[]): string {
  return `${API_PATH}/${[workspaceId, ...rest].map(encodeURIComponent).join('/')}`;
}
