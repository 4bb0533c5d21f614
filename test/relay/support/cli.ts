import { execFile } from 'node:child_process';
import { loadOrCreateSigningKey } from '../../../server/auth/signingKey.ts';
import { signToken } from '../../../server/auth/token.ts';
import type { Role, TokenPayload } from '../../../shared/protocol/tokenPayload.ts';
import { newId } from '../../../shared/ids.ts';
import { CONCORD_BIN, REPO_ROOT } from './relayProcess.ts';

/** Result of one `concord` command. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/concord.js ...args`. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CONCORD_BIN, ...args],
      { cwd: REPO_ROOT, env: { ...process.env, ...env } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Issues a token through `concord invite` (as an organiser would) and returns it (the last line). */
export async function inviteViaCli(
  dataDir: string,
  workspace: string,
  role: Role,
  extra: string[] = [],
): Promise<string> {
  const result = await runCli(['invite', '--data', dataDir, '--workspace', workspace, '--role', role, ...extra]);
  if (result.code !== 0) throw new Error(`concord invite failed: ${result.stderr}`);
  return result.stdout.trim().split('\n').at(-1)!;
}

/** Signs a token in-process with the relay's key (for claims the CLI will not produce, e.g. already expired). */
export function signWithRelayKey(dataDir: string, claims: Partial<TokenPayload> & { ws: string }): string {
  const now = Math.floor(Date.now() / 1000);
  const payload: TokenPayload = { v: 1, id: newId(), role: 'editor', iat: now, exp: now + 3600, ...claims };
  return signToken(loadOrCreateSigningKey(dataDir).key, payload);
}
