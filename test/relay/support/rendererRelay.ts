import type { TestProject } from 'vitest/node';
import { newId } from '../../../shared/ids.ts';
import { inviteViaCli } from './cli.ts';
import { cleanupRelays, spawnRelay } from './relayProcess.ts';

/** What the renderer's tests get with `inject('relay')`: a real relay and an editor's token for one workspace. */
declare module 'vitest' {
  export interface ProvidedContext {
    relay: { url: string; workspaceId: string; token: string };
  }
}

/**
 * Global setup of the renderer's tests (vitest.config.ts): one relay process for the run, which
 * accepts pages from any origin (the tests' page is served by Vitest, not by the relay), stopped
 * and its data removed at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const relay = await spawnRelay({ args: ['--allowed-origins', '*'] });
  const workspaceId = newId();
  const token = await inviteViaCli(relay.dataDir, workspaceId, 'editor');
  project.provide('relay', { url: relay.url, workspaceId, token });
  return cleanupRelays;
}
