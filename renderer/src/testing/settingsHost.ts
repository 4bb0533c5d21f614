import type { HostApi, SettingKey, Settings } from '../../../shared/host/HostApi.ts';

/**
 * The settings half of a host, kept in memory (`values`): a test that changes settings must not
 * write the page's localStorage, which the renderer's test files share.
 */
export function memorySettingsHost(): HostApi & { values: Partial<Settings> } {
  const values: Partial<Settings> = {};
  const host: Pick<HostApi, 'getSetting' | 'setSetting'> = {
    getSetting: async <K extends SettingKey>(key: K) => values[key],
    setSetting: async <K extends SettingKey>(key: K, value: Settings[K]) => void (values[key] = value),
  };
  return Object.assign(host as HostApi, { values });
}
