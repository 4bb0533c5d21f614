import { describe, expect, it } from 'vitest';
import { memorySettingsHost } from '../testing/settingsHost.ts';
import { IdentityStore } from './IdentityStore.ts';
import type { Identity } from './identity.ts';

const anonymous: Identity = { id: 'member-1', name: 'Anonymous member', named: false, colour: '#1f77b4' };

describe('IdentityStore', () => {
  it('keeps a new name and organisation and tells whoever shows the person', async () => {
    const host = memorySettingsHost();
    const store = new IdentityStore(host, anonymous, { name: '', organisation: '' }, null);
    const heard: Identity[] = [];
    store.subscribe((identity) => heard.push(identity));
    const changed = await store.change(' Amina ', ' FIDH ');
    expect(changed).toEqual({ id: 'member-1', name: 'Amina (FIDH)', named: true, colour: '#1f77b4' });
    expect(store.current).toEqual(changed);
    expect(store.profile).toEqual({ name: 'Amina', organisation: 'FIDH' });
    expect(heard).toEqual([changed]);
    expect(host.values).toEqual({ displayName: 'Amina', organisation: 'FIDH' });
    await store.change('Amina', '');
    expect(store.current.name).toBe('Amina');
  });

  it('refuses a bad name and changes nothing', async () => {
    const host = memorySettingsHost();
    const store = new IdentityStore(host, anonymous, { name: '', organisation: '' }, null);
    let heard = 0;
    store.subscribe(() => heard++);
    await expect(store.change('   ', 'FIDH')).rejects.toThrow('Enter your name');
    await expect(store.change('x'.repeat(81), '')).rejects.toThrow('at most 80 characters');
    expect(store.current).toEqual(anonymous);
    expect(heard).toBe(0);
    expect(host.values).toEqual({});
  });

  it('asks for a name until one is given or the person says not now', async () => {
    const host = memorySettingsHost();
    const named = new IdentityStore(host, anonymous, { name: '', organisation: '' }, null);
    expect(named.asking).toBe(true);
    await named.change('Amina', '');
    expect(named.asking).toBe(false);
    const putOff = new IdentityStore(host, anonymous, { name: '', organisation: '' }, null);
    await putOff.stopAsking();
    expect(putOff.asking).toBe(false);
    expect(host.values).toMatchObject({ namePromptDismissed: true });
    expect(new IdentityStore(host, anonymous, { name: '', organisation: '' }, null, false).asking).toBe(false);
  });
});
