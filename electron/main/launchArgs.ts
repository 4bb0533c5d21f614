import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInviteLink } from './inviteLink.ts';

/** More than this many files in one launch is treated as a mistake, not a request. */
const MAX_FILES_PER_LAUNCH = 20;

/**
 * The `.concord` files named on a command line (double-click on Windows and Linux, `concord x.concord`,
 * or a second instance's argv), as absolute paths. Accepts plain paths and file:// URLs (Linux desktop
 * files pass %U); skips the executable, Chromium switches and everything else.
 */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    let candidate = arg;
    if (/^file:\/\//i.test(arg)) {
      try {
        candidate = fileURLToPath(arg);
      } catch {
        continue;
      }
    } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
      continue;
    }
    if (!/\.concord$/i.test(candidate) || candidate.includes('\0')) continue;
    const absolute = path.resolve(cwd, candidate);
    if (!files.includes(absolute)) files.push(absolute);
    if (files.length >= MAX_FILES_PER_LAUNCH) break;
  }
  return files;
}

/** The concord://join invite links on a command line (how Windows and Linux deliver deep links). */
export function inviteLinksFromArgv(argv: readonly string[]): string[] {
  return argv
    .slice(1)
    .filter((arg) => isInviteLink(arg))
    .slice(0, 1);
}
