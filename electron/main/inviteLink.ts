/** The URL scheme of invite links (`concord://join?...`), registered with the OS by the installer. */
export const INVITE_SCHEME = 'concord';
const MAX_INVITE_LENGTH = 4096;

/** True when `url` is a concord://join link of sane length; its parameters are the renderer's to parse. */
export function isInviteLink(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > MAX_INVITE_LENGTH) return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${INVITE_SCHEME}:` &&
      parsed.host === 'join' &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}
