import { CreatedInvitationSchema, apiPath } from '../../../shared/protocol/membersApi.ts';
import type { RelayHandle } from './relayProcess.ts';

/** Calls the relay's members API (`/api/workspaces/…`) with `token`: the status and the parsed body. */
async function callApi(relay: RelayHandle, method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${relay.httpUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: (await res.text().then((t) => (t ? JSON.parse(t) : null))) as unknown };
}

/** An owner invites an editor labelled `label` to `ws`: the invitation's token. */
export async function inviteEditor(relay: RelayHandle, ws: string, ownerToken: string, label: string): Promise<string> {
  const created = await callApi(relay, 'POST', apiPath(ws, 'invitations'), ownerToken, {
    role: 'editor',
    label,
    expiresInDays: 3,
  });
  return CreatedInvitationSchema.parse(created.json).token;
}

/** An owner removes member `id` from `ws`: the response status (204 when removed). */
export async function removeMember(relay: RelayHandle, ws: string, ownerToken: string, id: string): Promise<number> {
  return (await callApi(relay, 'DELETE', apiPath(ws, 'members', id), ownerToken)).status;
}
