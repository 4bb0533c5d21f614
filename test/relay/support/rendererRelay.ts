import type { TestProject } from 'vitest/node';
// What the renderer's tests get with `inject('relay')` (typed there, renderer/src/testing/relay.ts).
import type {} from '../../../renderer/src/testing/relay.ts';
import { newId } from '../../../shared/ids.ts';
import { inviteViaCli } from './cli.ts';
import { cleanupRelays, spawnRelay } from './relayProcess.ts';

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
