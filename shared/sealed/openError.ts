/** Why a sealed record was not opened (docs/private-workspaces.md, Formats). */
export type OpenFailure =
  | 'malformed'
  | 'unknown version'
  | 'unknown kind'
  | 'unknown epoch'
  | 'not authentic'
  | 'replayed'
  | 'reordered'
  /** The relay's log ends before records this client already holds (data lost, or an old copy served). */
  | 'rolled back'
  /** Sealed under an epoch older than one already in the room's log (a removed member's key). */
  | 'old epoch'
  /** Authentic, but its writer's role may not make this change (the commenter rule, or a viewer's label). */
  | 'not allowed';

/** A sealed record that cannot be opened or applied; nothing of it was applied. */
export class OpenError extends Error {
  constructor(
    readonly failure: OpenFailure,
    detail: string,
  ) {
    super(`sealed record refused (${failure}): ${detail}`);
    this.name = 'OpenError';
  }
}
