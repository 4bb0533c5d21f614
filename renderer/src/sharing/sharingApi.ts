import type { z } from 'zod/mini';
import {
  apiPath,
  ApiErrorSchema,
  CreatedInvitationSchema,
  MembersResponseSchema,
  type CreateInvitation,
  type CreatedInvitation,
  type MembersResponse,
  type Profile,
} from '../../../shared/protocol/membersApi.ts';
import { relayToHttp } from '../../../shared/protocol/invite.ts';
import type { Role } from '../../../shared/protocol/tokenPayload.ts';
import type { RelayConfig } from '../sync/RelayConnection.ts';

/**
 * The relay's sharing API (docs/relay.md, Sharing) as the app calls it with the member's own token:
 * answers are validated with the schemas the relay uses; a refusal throws the relay's plain reason.
 */
export class SharingApi {
  private readonly base: string;

  constructor(
    private readonly config: RelayConfig,
    private readonly workspaceId: string,
  ) {
    this.base = relayToHttp(config.url);
  }

  /** Members and pending invitations (owners only). */
  members(): Promise<MembersResponse> {
    return this.call('GET', ['members'], undefined, MembersResponseSchema);
  }

  /** A new signed invitation (owners only); make its link with `formatBrowserLink`. */
  invite(request: CreateInvitation): Promise<CreatedInvitation> {
    return this.call('POST', ['invitations'], request, CreatedInvitationSchema);
  }

  /** Gives a member another role; their open connections follow at once. */
  async changeRole(memberId: string, role: Role): Promise<void> {
    await this.call('PATCH', ['members', memberId], { role }, null);
  }

  /** Revokes a member or a pending invitation. */
  async revoke(kind: 'members' | 'invitations', id: string): Promise<void> {
    await this.call('DELETE', [kind, id], undefined, null);
  }

  /** Makes the workspace private (owners only): the relay closes and deletes its ordinary rooms. */
  async makePrivate(): Promise<void> {
    await this.call('POST', ['private'], undefined, null);
  }

  /** Tells the relay how this member calls themselves (shown to owners). */
  async setProfile(profile: Profile): Promise<void> {
    await this.call('PUT', ['me'], profile, null);
  }

  private async call<T>(method: string, path: string[], body: unknown, schema: z.ZodMiniType<T> | null): Promise<T> {
    const response = await fetch(`${this.base}${apiPath(this.workspaceId, ...path)}`, {
      method,
      headers: {
        authorization: `Bearer ${this.config.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      // Not the relay's API answering (a proxy's page): reported by status below.
    }
    if (!response.ok) {
      const error = ApiErrorSchema.safeParse(json);
      throw new Error(error.success ? error.data.error : `HTTP ${response.status}`);
    }
    if (!schema) return undefined as T;
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new Error(`HTTP ${response.status}`);
    return parsed.data;
  }
}
