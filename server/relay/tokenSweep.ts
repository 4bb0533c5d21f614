import { CLOSE_ROLE_CHANGED } from '../../shared/protocol/closeCodes.ts';
import type { Authenticator } from '../auth/authenticator.ts';
import type { Connection } from './connection.ts';

/**
 * Re-checks the tokens of open connections every `intervalMs`, closing those that were revoked or
 * expired since they connected (4401), so `concord revoke` takes effect without a restart, and those
 * whose member's role changed (4409: the app reconnects and gets the new role), which covers a
 * change made on another relay instance or from the command line.
 */
export function startTokenSweep(
  connections: ReadonlySet<Connection>,
  authenticator: Authenticator,
  intervalMs: number,
  /** Runs after each round's token checks (the relay's: workspaces made private on another instance). */
  afterRound: () => Promise<void> = async () => undefined,
): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void (async () => {
      for (const conn of [...connections]) {
        const result = await authenticator.stillValid(conn.info.token);
        if (!result.ok) conn.close(result.code, result.reason);
        else if (result.role !== conn.role) conn.close(CLOSE_ROLE_CHANGED, `role changed to ${result.role}`);
      }
      await afterRound();
    })()
      // The token store is unreachable (Postgres down): keep the connections, check again next round.
      .catch(() => undefined)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
