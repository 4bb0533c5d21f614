import type { OpenedFile } from '../../shared/host/HostApi.ts';
import { isInviteLink } from './inviteLink.ts';
import { filesFromArgv, inviteLinksFromArgv } from './launchArgs.ts';
import { readOpenableFile } from './fileAccess.ts';
import { PendingDeliveries } from './pendingDeliveries.ts';
import type { QueuedEvent } from './ipcChannels.ts';

/** What launch requests need from the app: where errors go (to be worded there) and what to remember as recent. */
export interface LaunchRequestHooks {
  reportError(error: unknown): void;
  opened(file: string): void;
}

/**
 * Everything the operating system asks the app to open, from every route (first launch argv, a second
 * instance's argv, macOS open-file and open-url events, the Open Recent menu), read and checked here
 * and queued until the renderer listens.
 */
export class LaunchRequests {
  readonly files = new PendingDeliveries<OpenedFile>();
  readonly invites = new PendingDeliveries<string>();

  constructor(private readonly hooks: LaunchRequestHooks) {}

  /** Reads one file and queues it for the renderer; a file that cannot be opened is reported, not sent. */
  async openPath(file: string): Promise<void> {
    try {
      const opened = await readOpenableFile(file);
      this.files.push(opened);
      this.hooks.opened(file);
    } catch (error) {
      this.hooks.reportError(error);
    }
  }

  /** Queues an invite link when it is a well-formed concord://join link; anything else is dropped. */
  openInvite(url: string): boolean {
    if (!isInviteLink(url)) return false;
    this.invites.push(url);
    return true;
  }

  /** Handles a command line: its .concord files and its invite link. */
  async handleArgv(argv: readonly string[], cwd: string): Promise<void> {
    inviteLinksFromArgv(argv).forEach((url) => this.openInvite(url));
    for (const file of filesFromArgv(argv, cwd)) await this.openPath(file);
  }

  /** Starts delivering one kind of event through `send` (the renderer subscribed). */
  listen(event: QueuedEvent, send: (payload: OpenedFile | string) => void): void {
    if (event === 'onOpenFileRequest') this.files.listen(send);
    else this.invites.listen(send);
  }

  /** Holds everything back again (the page reloads or the window closed). */
  pause(): void {
    this.files.pause();
    this.invites.pause();
  }
}
