import { isAppUrl } from './appOrigin.ts';

/** The part of Electron's WebFrameMain the check needs (structural, so tests need no Electron). */
export interface SenderFrame {
  readonly url: string;
}

/**
 * True when an IPC message came from a frame showing our own app:// page. A frame that navigated
 * elsewhere, a subframe of another origin, or a destroyed frame (null) is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  return isAppUrl(frame.url);
}
