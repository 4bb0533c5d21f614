import { defineCommand, UsageError } from './command.ts';
import { newId, ID_PATTERN } from '../../shared/ids.ts';
import { formatBrowserLink, formatInviteLink, normalizeRelayUrl } from '../../shared/protocol/invite.ts';
import { ROLES } from '../../shared/protocol/tokenPayload.ts';
import type { Role, TokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { parseDuration } from '../auth/duration.ts';
import { signToken } from '../auth/token.ts';
import { defaultPublicUrl } from '../relay/options.ts';
import { openTokenAdmin, TOKEN_ADMIN_HELP, TOKEN_ADMIN_OPTIONS } from './tokenAdmin.ts';

const HELP = `Usage: concord invite --workspace ID --role owner|editor|commenter|viewer [options]

Issues a signed invitation to one workspace of this relay and prints a link for the desktop app, a
link for the browser version, and on the last line the bare token. Works while the relay runs.
Owners invite everyone else from the app (Share); the first editor to connect a new workspace
becomes its owner, so an owner invitation is needed only for a workspace that already has data.

${TOKEN_ADMIN_HELP}
  --workspace ID    the workspace the token opens (6-64 letters, digits, - or _)
  --role ROLE       owner: an editor who also invites people, changes their roles and revokes
                    invitations from the app; editor: writes; commenter: comments and suggests
                    changes (the relay refuses anything else); viewer: reads and exports
  --expires TIME    validity: 12h, 14d, 8w, 1y (default 14d)
  --name TEXT       who it is for, shown in \`concord tokens\` and in the app
  --relay URL       the address members reach the relay at, e.g. wss://relay.example.org
                    (default env CONCORD_RELAY_PUBLIC_URL, else ws://HOST:PORT of the relay settings)`;

/** `concord invite`: issues a token and prints invite links. */
export const invite = defineCommand({
  help: HELP,
  options: {
    ...TOKEN_ADMIN_OPTIONS,
    workspace: { type: 'string' },
    role: { type: 'string' },
    expires: { type: 'string' },
    name: { type: 'string' },
    relay: { type: 'string' },
  },
  async run({ values }) {
    const ws = values.workspace ?? '';
    if (!ID_PATTERN.test(ws)) throw new UsageError('--workspace: expected an id of 6-64 letters, digits, - or _');
    const role = values.role as Role;
    if (!ROLES.includes(role)) throw new UsageError(`--role: expected one of ${ROLES.join(', ')}`);
    if (values.name !== undefined && (values.name.length === 0 || values.name.length > 200))
      throw new UsageError('--name: 1 to 200 characters');
    const relayUrl = normalizeRelayUrl(values.relay ?? defaultPublicUrl(process.env));
    if (!relayUrl) throw new UsageError('--relay: expected an address like wss://relay.example.org');
    if (/\/\/(0\.0\.0\.0|\[::\])[:/]/.test(relayUrl))
      console.error('note: the links point at a wildcard address; pass --relay with the address members use');
    let expires: number;
    try {
      expires = parseDuration(values.expires ?? '14d');
    } catch (err) {
      throw new UsageError(`--expires: ${err instanceof Error ? err.message : String(err)}`);
    }
    const admin = await openTokenAdmin(values, process.env);
    let token: string;
    const iat = Math.floor(Date.now() / 1000);
    const payload: TokenPayload = { v: 1, id: newId(), ws, role, iat, exp: iat + expires };
    if (values.name !== undefined) payload.name = values.name;
    try {
      const { key, created } = admin.keys();
      if (created)
        console.error(`note: created a new signing key in ${admin.where}; start the relay with --data ${admin.where}`);
      token = signToken(key, payload);
      await admin.tokens.record(payload);
    } finally {
      await admin.close();
    }
    const who = payload.name ? ` for ${payload.name}` : '';
    console.log(
      `Invitation${who}: ${role} of workspace ${ws}, valid until ${new Date(payload.exp * 1000).toISOString()} (token id ${payload.id})`,
    );
    console.log(`Desktop app: ${formatInviteLink(relayUrl, token)}`);
    console.log(`Browser:     ${formatBrowserLink(relayUrl, token)}`);
    console.log(token);
  },
});
