import { parseArgs } from 'node:util';
import type { Command } from './command.ts';
import { loadOrCreateSigningKey } from '../auth/signingKey.ts';
import { SqliteTokenStore } from '../auth/sqliteTokenStore.ts';
import { verifyToken } from '../auth/token.ts';
import { openDatabase } from '../storage/sqliteDatabase.ts';
import { resolveDataDir } from '../relay/options.ts';

const HELP = `Usage: concord revoke [--data DIR] TOKEN_OR_ID

Revokes an invitation: the relay refuses it from now on (within about a second) and closes the
connections that use it (within --token-recheck-ms). Give the token id shown by \`concord tokens\`
or the whole token. Works while the relay runs.

  --data DIR   the relay's data folder (default ./concord-data; env CONCORD_RELAY_DATA)`;

/** `concord revoke`: revokes a token by id or by value. */
export const revoke: Command = {
  summary: 'revoke an invitation (token)',
  async run(argv) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    const [given] = positionals;
    if (!given || positionals.length > 1) throw new Error('expected one token or token id (see --help)');
    const dataDir = resolveDataDir(values.data, process.env);
    const db = openDatabase(dataDir);
    try {
      const store = new SqliteTokenStore(db);
      let id = given.trim();
      if (id.includes('.')) {
        const payload = verifyToken(loadOrCreateSigningKey(dataDir).key, id);
        if (!payload) throw new Error(`not a token signed by the relay in ${dataDir}`);
        await store.record(payload);
        id = payload.id;
      }
      if (!(await store.revoke(id, Math.floor(Date.now() / 1000)))) throw new Error(`no token with id "${id}" in ${dataDir} (see \`concord tokens\`)`);
      const record = await store.get(id);
      console.log(`Revoked token ${id}${record ? ` (${record.role} of ${record.ws}${record.name ? `, ${record.name}` : ''})` : ''}`);
      return 0;
    } finally {
      db.close();
    }
  },
};
