import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedFile } from '../../shared/host/HostApi.ts';
import { LaunchRequests } from './launchRequests.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-launch-'));
  dirs.push(dir);
  const errors: unknown[] = [];
  const recent: string[] = [];
  const requests = new LaunchRequests({ reportError: (m) => void errors.push(m), opened: (f) => void recent.push(f) });
  return { dir, errors, recent, requests };
}

describe('LaunchRequests', () => {
  it('reads files from a command line and holds them until the renderer listens', async () => {
    const { dir, recent, requests } = setup();
    fs.writeFileSync(path.join(dir, 'Statement.concord'), new Uint8Array([1, 2]));
    await requests.handleArgv(['concord', '--inspect=0', 'Statement.concord', 'concord://join?t=1'], dir);
    const files: OpenedFile[] = [];
    const invites: string[] = [];
    requests.listen('onOpenFileRequest', (payload) => void files.push(payload as OpenedFile));
    requests.listen('onInviteLink', (payload) => void invites.push(payload as string));
    expect(files.map((f) => [f.name, [...f.data]])).toEqual([['Statement.concord', [1, 2]]]);
    expect(invites).toEqual(['concord://join?t=1']);
    expect(recent).toEqual([path.join(dir, 'Statement.concord')]);
  });

  it('reports files that cannot be opened instead of sending them', async () => {
    const { dir, errors, requests } = setup();
    await requests.openPath(path.join(dir, 'gone.concord'));
    const files: OpenedFile[] = [];
    requests.listen('onOpenFileRequest', (payload) => void files.push(payload as OpenedFile));
    expect(files).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ messageId: 'error.file.cannotRead', args: { name: 'gone.concord' } });
  });

  it('drops malformed invite links', () => {
    const { requests } = setup();
    expect(requests.openInvite('concord://evil?x')).toBe(false);
    expect(requests.invites.size).toBe(0);
  });
});
