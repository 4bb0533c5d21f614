/**
 * What goes wrong in a private workspace beyond one document, which the relay bar says until it is
 * put right (docs/private-workspaces.md, In the app):
 * - `own-key-refused`: this computer's device key is not in the key room because its member has
 *   `MAX_DEVICE_KEYS_PER_MEMBER` already, so it gets no new keys (a new invitation is the way out);
 * - `own-key-not-stored`: the relay refused this computer's device key otherwise (a full key room);
 * - `grant-failed`: an owner's app could not give the newest key to a member's new device;
 * - `rotation-failed`: an owner's app could not change the key after a removal;
 * - `session-not-saved`: where this computer stopped reading a room could not be saved or read
 *   (the next start reads the whole log again).
 */
export type WorkspaceProblem =
  'own-key-refused' | 'own-key-not-stored' | 'grant-failed' | 'rotation-failed' | 'session-not-saved';

/** The problems a private workspace has now, in a fixed order; listeners hear each change. */
export class WorkspaceProblems {
  private current: readonly WorkspaceProblem[] = [];
  private readonly listeners = new Set<() => void>();

  /** Notes that `problem` is there (`on`) or put right; listeners hear only a change. */
  set(problem: WorkspaceProblem, on: boolean): void {
    if (this.current.includes(problem) === on) return;
    this.current = on ? [...this.current, problem] : this.current.filter((p) => p !== problem);
    this.listeners.forEach((l) => l());
  }

  /** The problems there now, oldest first (the same array until one changes). */
  get list(): readonly WorkspaceProblem[] {
    return this.current;
  }

  /** Hears each change; returns the function that stops. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
