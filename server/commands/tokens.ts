import { defineCommand } from './command.ts';
import { openTokenAdmin, TOKEN_ADMIN_HELP, TOKEN_ADMIN_OPTIONS } from './tokenAdmin.ts';

const HELP = `Usage: concord tokens [--data DIR]

Lists the invitations issued by this relay: id, workspace, role, name, expiry, revocation.

${TOKEN_ADMIN_HELP}`;

function when(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

/** `concord tokens`: lists issued tokens. */
export const tokens = defineCommand({
  help: HELP,
  options: TOKEN_ADMIN_OPTIONS,
  async run({ values }) {
    const admin = await openTokenAdmin(values, process.env);
    try {
      const now = Date.now() / 1000;
      const rows = (await admin.tokens.list()).map((r) => [
        r.id,
        r.ws,
        r.role,
        r.name ?? '',
        when(r.exp) + (r.exp <= now ? ' (expired)' : ''),
        r.revokedAt === null ? 'no' : when(r.revokedAt),
      ]);
      const table = [['ID', 'WORKSPACE', 'ROLE', 'NAME', 'EXPIRES (UTC)', 'REVOKED'], ...rows];
      const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
      for (const row of table)
        console.log(
          row
            .map((cell, i) => cell.padEnd(widths[i]!))
            .join('  ')
            .trimEnd(),
        );
      if (rows.length === 0) console.log('(no tokens issued yet)');
    } finally {
      await admin.close();
    }
  },
});
