import type { HostApi } from '../../../shared/host/HostApi.ts';
import type { RelayConfig } from '../sync/RelayConnection.ts';
import { SharingApi } from '../sharing/sharingApi.ts';
import { personLabel, type Identity } from './identity.ts';
import { readProfile, type Profile } from './profile.ts';

/** The relay of the workspace, where owners see members by the name they give themselves. */
interface ProfileRelay {
  config: RelayConfig;
  workspaceId: string;
}

/**
 * Who the person at the keyboard is, changeable at any time (settings): a change is kept in the
 * settings, told to the relay's member list (best effort, it may be offline), and heard by whoever
 * shows or credits the person from then on (presence, comments, versions, sign-on).
 */
export class IdentityStore {
  private listeners = new Set<(identity: Identity) => void>();

  constructor(
    private readonly host: HostApi,
    private identity: Identity,
    /** The name and organisation as given (empty strings while not given). */
    private given: Profile,
    private readonly relay: ProfileRelay | null,
    /** False once the person said "not now" to giving a name (a setting). */
    private ask = true,
  ) {}

  get current(): Identity {
    return this.identity;
  }

  /** The name and organisation as the person gave them (what the settings dialog starts from). */
  get profile(): Profile {
    return this.given;
  }

  subscribe(listener: (identity: Identity) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Checks, keeps and announces a new name and organisation; throws a LocalizedError (and changes
   * nothing) when they do not pass `readProfile`. Resolves with the new identity.
   */
  async change(name: string, organisation: string): Promise<Identity> {
    const profile = readProfile(name, organisation);
    await this.host.setSetting('displayName', profile.name);
    await this.host.setSetting('organisation', profile.organisation);
    this.given = profile;
    this.identity = { ...this.identity, name: personLabel(profile.name, profile.organisation), named: true };
    this.listeners.forEach((l) => l(this.identity));
    this.publish(profile);
    return this.identity;
  }

  /** Whether to ask for a name at the start: never given one and never said "not now". */
  get asking(): boolean {
    return this.ask && !this.identity.named;
  }

  /** "Not now": the app stops asking (the settings still offer it). */
  async stopAsking(): Promise<void> {
    this.ask = false;
    await this.host.setSetting('namePromptDismissed', true);
  }

  /** Tells the relay the name the owners' member list shows (not verified; never blocks, never fails). */
  publish(profile: Profile): void {
    if (!this.relay) return;
    void new SharingApi(this.relay.config, this.relay.workspaceId)
      .setProfile({ name: profile.name.slice(0, 100), organisation: profile.organisation.slice(0, 100) })
      .catch(() => undefined);
  }
}
