import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { filesFromArgv, inviteLinksFromArgv } from './launchArgs.ts';
import { isInviteLink } from './inviteLink.ts';

const cwd = path.resolve('/home/ana/Documents');

describe('filesFromArgv', () => {
  it('finds .concord files in a packaged launch', () => {
    expect(filesFromArgv(['/opt/Concord/concord', 'report.concord'], cwd)).toEqual([path.join(cwd, 'report.concord')]);
  });

  it('skips the dev app path, switches and other files', () => {
    const argv = [
      '/usr/bin/electron',
      '.',
      '--allow-file-access-from-files',
      '--flag=x.concord',
      'notes.txt',
      'a.CONCORD',
    ];
    expect(filesFromArgv(argv, cwd)).toEqual([path.join(cwd, 'a.CONCORD')]);
  });

  it('keeps absolute paths and accepts file:// URLs', () => {
    const abs = path.resolve('/tmp/shared/Key messages.concord');
    expect(filesFromArgv(['concord', abs, pathToFileURL(abs).href], cwd)).toEqual([abs]);
  });

  it('ignores other URL schemes and invite links', () => {
    expect(filesFromArgv(['concord', 'https://example.org/x.concord', 'concord://join?x=1.concord'], cwd)).toEqual([]);
  });

  it('never reads the executable itself', () => {
    expect(filesFromArgv(['/weird/name.concord'], cwd)).toEqual([]);
  });

  it('caps how many files one launch opens', () => {
    const argv = ['concord', ...Array.from({ length: 50 }, (_, i) => `f${i}.concord`)];
    expect(filesFromArgv(argv, cwd)).toHaveLength(20);
  });
});

describe('invite links', () => {
  it('accepts concord://join links only', () => {
    expect(isInviteLink('concord://join?relay=wss%3A%2F%2Fr.example.org&token=abc')).toBe(true);
    expect(isInviteLink('concord://other?x')).toBe(false);
    expect(isInviteLink('https://join?x')).toBe(false);
    expect(isInviteLink('concord://user@join?x')).toBe(false);
    expect(isInviteLink(`concord://join?t=${'a'.repeat(5000)}`)).toBe(false);
    expect(isInviteLink(42)).toBe(false);
  });

  it('finds the invite link on a command line', () => {
    expect(inviteLinksFromArgv(['concord', '--x', 'concord://join?t=1'])).toEqual(['concord://join?t=1']);
    expect(inviteLinksFromArgv(['concord://join?t=1'])).toEqual([]);
  });
});
