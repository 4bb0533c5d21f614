/** The person at the keyboard, as collaborators see them. */
export interface Identity {
  /**
   * Authorship of comments, suggestions and versions: in a workspace with a relay, the member id of
   * their invitation (the relay binds their comments to it); otherwise stable across sessions on
   * this install. It never changes while a workspace is open; the name and colour may.
   */
  id: string;
  /** Their name with their organisation, as carets, comments, versions and sign-on show it. */
  name: string;
  /** False while the person has not given a name (`name` is then the interface's "Anonymous member"). */
  named: boolean;
  colour: string;
}

/** How a person is shown: "Ana (FIDH)", or just the name or the organisation. */
export function personLabel(name: string, organisation: string): string {
  const [n, o] = [name.trim(), organisation.trim()];
  if (n && o) return `${n} (${o})`;
  return n || o;
}
