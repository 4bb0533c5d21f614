import type { z } from 'zod/mini';
import type { Role, TokenPayload } from '../../../shared/protocol/tokenPayload.ts';
import {
  API_LIMITS,
  ChangeRoleSchema,
  CreateInvitationSchema,
  ProfileSchema,
  type CreatedInvitation,
  type Invitation,
  type Member,
  type MembersResponse,
} from '../../../shared/protocol/membersApi.ts';
import { newId } from '../../../shared/ids.ts';
import { signToken } from '../../auth/token.ts';
import type { TokenRecord, TokenStore } from '../../auth/tokenStore.ts';
import { ApiError } from './httpJson.ts';

/** Who is asking: a verified token and the member's current role. */
export interface Caller {
  payload: TokenPayload;
  role: Role;
}

/** What the actions need from the relay. */
export interface ActionDeps {
  tokens: TokenStore;
  signingKey: Buffer;
  /** A member's token was revoked or their role changed: close their open connections. */
  onMemberChanged(id: string, change: 'revoked' | 'role'): void;
  /** Makes the workspace private: its ordinary rooms close for good, their rows and plain images go. */
  makePrivate(workspaceId: string): Promise<unknown>;
  log(line: string): void;
  now(): number;
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
const live = (r: TokenRecord, now: number) => r.revokedAt === null && r.exp > now;

function toInvitation(r: TokenRecord): Invitation {
  return { id: r.id, role: r.role, label: r.name ?? '', createdAt: iso(r.iat), expiresAt: iso(r.exp) };
}

function toMember(r: TokenRecord): Member {
  return {
    id: r.id,
    role: r.role,
    label: r.name ?? '',
    name: r.memberName ?? '',
    organisation: r.memberOrganisation ?? '',
    joinedAt: iso(r.firstUsedAt ?? r.iat),
    expiresAt: iso(r.exp),
  };
}

function parse<T>(schema: z.ZodMiniType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.map(String).join('.') || 'body';
  throw new ApiError(400, `invalid request: ${where}: ${issue?.message ?? 'malformed'}`);
}

/** The sharing actions of one workspace's API (docs/relay.md, Sharing); owners only, except `setProfile`. */
export class MemberActions {
  constructor(private readonly deps: ActionDeps) {}

  private seconds(): number {
    return Math.floor(this.deps.now() / 1000);
  }

  private requireOwner(caller: Caller): void {
    if (caller.role !== 'owner') throw new ApiError(403, "only the workspace's owners can see and change its members");
  }

  /** Members and pending invitations (revoked and expired ones left out). */
  async list(caller: Caller): Promise<MembersResponse> {
    this.requireOwner(caller);
    const now = this.seconds();
    const records = (await this.deps.tokens.listWorkspace(caller.payload.ws)).filter((r) => live(r, now));
    return {
      members: records.filter((r) => r.firstUsedAt !== null).map(toMember),
      invitations: records.filter((r) => r.firstUsedAt === null).map(toInvitation),
    };
  }

  /** Signs a new invitation for the caller's workspace. */
  async invite(caller: Caller, body: unknown): Promise<CreatedInvitation> {
    this.requireOwner(caller);
    const request = parse(CreateInvitationSchema, body);
    const now = this.seconds();
    const all = await this.deps.tokens.listWorkspace(caller.payload.ws);
    if (all.length >= API_LIMITS.workspaceTokens)
      throw new ApiError(
        409,
        `this workspace has ${API_LIMITS.workspaceTokens} invitations; ask the relay's administrator`,
      );
    const pending = all.filter((r) => live(r, now) && r.firstUsedAt === null).length;
    if (pending >= API_LIMITS.pendingInvitations)
      throw new ApiError(409, `${pending} invitations are still unused; revoke some before making more`);
    const payload: TokenPayload = {
      v: 1,
      id: newId(),
      ws: caller.payload.ws,
      role: request.role,
      iat: now,
      exp: now + request.expiresInDays * 86400,
      name: request.label,
    };
    const token = signToken(this.deps.signingKey, payload);
    await this.deps.tokens.record(payload, caller.payload.id);
    this.deps.log(`api: ${caller.payload.id} invited ${payload.role} ${payload.id} to ${payload.ws}`);
    const recorded = await this.deps.tokens.get(payload.id);
    if (!recorded) throw new ApiError(500, 'the invitation could not be recorded');
    return { invitation: toInvitation(recorded), token };
  }

  /** Revokes an invitation or a member: their open connections close at once. */
  async revoke(caller: Caller, id: string): Promise<void> {
    this.requireOwner(caller);
    const target = await this.target(caller, id);
    if (target.role === 'owner') await this.keepAnOwner(caller, id);
    await this.deps.tokens.revoke(id, this.seconds());
    this.deps.onMemberChanged(id, 'revoked');
    this.deps.log(`api: ${caller.payload.id} revoked ${id} in ${caller.payload.ws}`);
  }

  /** Changes a member's role: their open connections close and reconnect with the new one. */
  async changeRole(caller: Caller, id: string, body: unknown): Promise<Member> {
    this.requireOwner(caller);
    const { role } = parse(ChangeRoleSchema, body);
    const target = await this.target(caller, id);
    if (target.role === 'owner' && role !== 'owner') await this.keepAnOwner(caller, id);
    await this.deps.tokens.setRole(id, role);
    this.deps.onMemberChanged(id, 'role');
    this.deps.log(`api: ${caller.payload.id} made ${id} ${role} in ${caller.payload.ws}`);
    return toMember({ ...target, role });
  }

  /** Makes the caller's workspace private (docs/private-workspaces.md); repeating it is harmless. */
  async makePrivate(caller: Caller): Promise<void> {
    if (caller.role !== 'owner') throw new ApiError(403, "only the workspace's owners can make it private");
    await this.deps.makePrivate(caller.payload.ws);
    this.deps.log(`api: ${caller.payload.id} made ${caller.payload.ws} private`);
  }

  /** Records how the caller (any member) calls themselves and their organisation. */
  async setProfile(caller: Caller, body: unknown): Promise<void> {
    const { name, organisation } = parse(ProfileSchema, body);
    await this.deps.tokens.record(caller.payload);
    await this.deps.tokens.setProfile(caller.payload.id, name, organisation);
  }

  private async target(caller: Caller, id: string): Promise<TokenRecord> {
    const record = await this.deps.tokens.get(id);
    if (!record || record.ws !== caller.payload.ws || record.revokedAt !== null)
      throw new ApiError(404, `no member or invitation ${id} in this workspace`);
    return record;
  }

  /** Refuses to leave a workspace without an owner who can still connect. */
  private async keepAnOwner(caller: Caller, leaving: string): Promise<void> {
    const now = this.seconds();
    const owners = (await this.deps.tokens.listWorkspace(caller.payload.ws)).filter(
      (r) => r.role === 'owner' && live(r, now) && r.id !== leaving,
    );
    if (owners.length === 0) throw new ApiError(409, 'a workspace needs an owner: make someone else owner first');
  }
}
