import type { HostApi } from '../../../shared/host/HostApi.ts';
import { newEpochKey } from '../../../shared/sealed/epochKeys.ts';
import type { SharingApi } from '../sharing/sharingApi.ts';
import { loadWorkspaceKeys, saveWorkspaceKeys } from './workspaceKeys.ts';

/**
 * Turns a shared workspace private in place (docs/private-workspaces.md): makes epoch key 0 on
 * this computer (or keeps the one an earlier attempt made), asks the relay to close and delete the
 * workspace's ordinary rooms, then marks its relay setting private. The caller reopens the session:
 * every document's first sealed catch-up uploads its whole local state, images go up sealed.
 */
export async function makeWorkspacePrivate(host: HostApi, api: SharingApi, workspaceId: string): Promise<void> {
  if (!(await loadWorkspaceKeys(workspaceId))) await saveWorkspaceKeys(workspaceId, [newEpochKey(0)]);
  await api.makePrivate();
  const relays = (await host.getSetting('relays')) ?? {};
  const relay = relays[workspaceId];
  if (!relay) return; // left the relay meanwhile: nothing to reconnect
  await host.setSetting('relays', { ...relays, [workspaceId]: { ...relay, private: true } });
}
