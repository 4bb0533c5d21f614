import type { HostApi } from '../../../shared/host/HostApi.ts';
import { openLocalWorkspace, type LocalWorkspace } from '../storage/localWorkspace.ts';
import { DocumentRegistry } from '../storage/documentRegistry.ts';
import { Library } from '../library/Library.ts';
import { WorkspaceSync } from '../sync/WorkspaceSync.ts';
import { seedRoadmap } from '../../../shared/model/roadmap.ts';
import { newId } from '../../../shared/ids.ts';

/** The person at the keyboard, as collaborators see them. */
export interface Identity {
  /** Stable across sessions on this install; authorship of comments, suggestions and versions. */
  id: string;
  name: string;
  /** False while the person has not given a name (`name` is then the interface's "Anonymous member"). */
  named: boolean;
  colour: string;
}

/** Everything open for one workspace: its index, its documents, and its relay connection if it has one. */
export interface Session {
  workspace: LocalWorkspace;
  library: Library;
  registry: DocumentRegistry;
  sync: WorkspaceSync | null;
  identity: Identity;
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#ff7f0e'];

/**
 * Opens a workspace, waits for its local copy, and connects it to its relay when one is configured.
 * `anonymousName` names a person who has not given a name, in the interface language.
 */
export async function openSession(host: HostApi, workspaceId: string, anonymousName: string): Promise<Session> {
  const workspace = openLocalWorkspace(workspaceId);
  const registry = new DocumentRegistry();
  const library = new Library(workspace, registry);
  const [relays, name, colour, userId] = await Promise.all([
    host.getSetting('relays'),
    host.getSetting('displayName'),
    host.getSetting('colour'),
    host.getSetting('userId'),
    workspace.ready,
  ]);
  const identity: Identity = {
    id: userId ?? newId(),
    name: name || anonymousName,
    named: Boolean(name),
    colour: colour ?? COLOURS[Math.floor(Math.random() * COLOURS.length)]!,
  };
  if (!colour) await host.setSetting('colour', identity.colour);
  if (!userId) await host.setSetting('userId', identity.id);
  // The forum's roadmap, seeded once from the shipped cycles (deterministic, so replicas seeding apart converge).
  seedRoadmap(workspace.doc);
  const relay = relays?.[workspaceId];
  const sync = relay ? new WorkspaceSync(workspace, registry, relay) : null;
  return { workspace, library, registry, sync, identity };
}

/** Closes everything a session opened. */
export function closeSession(session: Session): void {
  session.sync?.destroy();
  session.workspace.destroy();
}
