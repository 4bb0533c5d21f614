import type { HostApi } from '../../../shared/host/HostApi.ts';
import { openLocalWorkspace, type LocalWorkspace } from '../storage/localWorkspace.ts';
import { DocumentRegistry } from '../storage/documentRegistry.ts';
import { Library } from '../library/Library.ts';
import { WorkspaceSync } from '../sync/WorkspaceSync.ts';
import { LocalBlobStore } from '../images/localBlobStore.ts';
import { seedRoadmap } from '../../../shared/model/roadmap.ts';
import { decodeTokenPayload, type Role } from '../../../shared/protocol/tokenPayload.ts';
import { may } from '../../../shared/roles/permissions.ts';
import { newId } from '../../../shared/ids.ts';
import { personLabel, type Identity } from '../settings/identity.ts';
import { IdentityStore } from '../settings/IdentityStore.ts';
import { loadDeviceKey, loadWorkspaceKeys } from '../sealed/workspaceKeys.ts';
import { AUTHOR_COLOURS } from './authorColours.ts';

/** Everything open for one workspace: its index, its documents, and its relay connection if it has one. */
export interface Session {
  workspace: LocalWorkspace;
  library: Library;
  registry: DocumentRegistry;
  /** The workspace's images on this computer. */
  blobs: LocalBlobStore;
  sync: WorkspaceSync | null;
  /** Who the person is (name and organisation changeable in settings). */
  identity: IdentityStore;
  /** The member's role when the session opened (`sync.role` follows the relay; `owner` without one). */
  role: Role;
  /** A private workspace whose keys this computer does not hold: it stays local until joined again with its link. */
  keysMissing: boolean;
}

/**
 * Opens a workspace, waits for its local copy, and connects it to its relay when one is configured.
 * `anonymousName` names a person who has not given a name, in the interface language.
 */
export async function openSession(host: HostApi, workspaceId: string, anonymousName: string): Promise<Session> {
  const workspace = openLocalWorkspace(workspaceId);
  const registry = new DocumentRegistry();
  const blobs = new LocalBlobStore(workspaceId);
  const library = new Library(workspace, registry, blobs, loadWorkspaceKeys);
  const [relays, name, organisation, colour, userId, namePromptDismissed] = await Promise.all([
    host.getSetting('relays'),
    host.getSetting('displayName'),
    host.getSetting('organisation'),
    host.getSetting('colour'),
    host.getSetting('userId'),
    host.getSetting('namePromptDismissed'),
    workspace.ready,
  ]);
  const relay = relays?.[workspaceId];
  const payload = relay ? decodeTokenPayload(relay.token) : null;
  const identity: Identity = {
    id: payload?.id ?? userId ?? newId(),
    name: personLabel(name ?? '', organisation ?? '') || anonymousName,
    named: Boolean(name?.trim() || organisation?.trim()),
    colour: colour ?? AUTHOR_COLOURS[Math.floor(Math.random() * AUTHOR_COLOURS.length)]!,
  };
  if (!colour) await host.setSetting('colour', identity.colour);
  if (!userId) await host.setSetting('userId', payload ? newId() : identity.id);
  const role: Role = relay ? (relay.role ?? payload?.role ?? 'viewer') : 'owner';
  // The forum's roadmap, seeded once from the shipped cycles (deterministic, so replicas seeding apart
  // converge); only by those who may change the workspace (the relay would decline anyone else's).
  if (may(role, 'edit-library')) seedRoadmap(workspace.doc);
  // A private workspace never falls back to ordinary rooms: without its keys it does not connect.
  const ring = relay?.private ? await loadWorkspaceKeys(workspaceId) : null;
  const keysMissing = Boolean(relay?.private) && ring === null;
  const device = ring ? await loadDeviceKey(workspaceId) : null;
  const sync =
    relay && payload && !keysMissing
      ? new WorkspaceSync(workspace, registry, relay, blobs, payload.id, role, ring, device)
      : null;
  const given = { name: name ?? '', organisation: organisation ?? '' };
  // Owners see members by the name they give themselves (not verified; best effort, offline too); a
  // private workspace does not tell the relay who its members are.
  const profileRelay = relay && payload && !relay.private ? { config: relay, workspaceId } : null;
  const identities = new IdentityStore(host, identity, given, profileRelay, !namePromptDismissed);
  if (name || organisation) identities.publish(given);
  // Remember the role the relay announces, so the next start (offline too) gates controls by it.
  sync?.subscribe((event) => {
    if (event.kind !== 'role') return;
    void host.getSetting('relays').then((all) => {
      const entry = all?.[workspaceId];
      if (entry) return host.setSetting('relays', { ...all, [workspaceId]: { ...entry, role: event.role } });
    });
  });
  return { workspace, library, registry, blobs, sync, identity: identities, role, keysMissing };
}

/** Closes everything a session opened. */
export function closeSession(session: Session): void {
  session.sync?.destroy();
  session.blobs.destroy();
  session.workspace.destroy();
}
