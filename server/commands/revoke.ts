import { defineCommand, UsageError } from './command.ts';
import { verifyToken } from '../auth/token.ts';
import { openTokenAdmin, TOKEN_ADMIN_HELP, TOKEN_ADMIN_OPTIONS } from './tokenAdmin.ts';

const HELP = `Usage: concord revoke [--data DIR] TOKEN_OR_ID

Revokes an invitation: the relay refuses it from now on (within about a second) and closes the
connections that use it (within --token-recheck-ms). Give the token id shown by \`concord tokens\`
or the whole token. Works while the relay runs.

${TOKEN_ADMIN_HELP}`;

/** `concord revoke`: revokes a token by id or by value. */
export const revoke = defineCommand({
  help: HELP,
  positionals: true,
  options: TOKEN_ADMIN_OPTIONS,
  async run({ values, positionals }) {
    const [given] = positionals;
    if (!given || positionals.length > 1) throw new UsageError('give one token or token id');
    const admin = await openTokenAdmin(values, process.env);
    const dataDir = admin.where;
    try {
      const store = admin.tokens;
      let id = given.trim();
      if (id.includes('.')) {
        const payload = verifyToken(admin.keys().keys, id);
        if (!payload) throw new Error(`not a token signed by the relay in ${dataDir}`);
        await store.record(payload);
        id = payload.id;
      }
      if (!(await store.revoke(id, Math.floor(Date.now() / 1000))))
        throw new Error(`no token with id "${id}" in ${dataDir} (see \`concord tokens\`)`);
      const record = await store.get(id);
      console.log(
        `Revoked token ${id}${record ? ` (${record.role} of ${record.ws}${record.name ? `, ${record.name}` : ''})` : ''}`,
      );
    } finally {
      await admin.close();
    }
  },
});
