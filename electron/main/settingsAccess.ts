import type { SettingKey, Settings } from '../../shared/host/HostApi.ts';
import { SettingsSchema } from '../../shared/host/HostApi.ts';

/** What settings need from electron-store (and its base, conf). */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/**
 * Reads a setting. A stored value that fails its schema (hand-edited file, older version) reads as
 * unset and is removed, so no host code ever sees a malformed value.
 */
export function readSetting<K extends SettingKey>(store: KeyValueStore, key: K): Settings[K] | undefined {
  const stored = store.get(key);
  if (stored === undefined) return undefined;
  const parsed = SettingsSchema.shape[key].safeParse(stored);
  if (parsed.success) return parsed.data as Settings[K];
  store.delete(key);
  return undefined;
}

/** Writes a setting after checking it against its schema; throws when it does not fit. */
export function writeSetting<K extends SettingKey>(store: KeyValueStore, key: K, value: Settings[K]): void {
  store.set(key, SettingsSchema.shape[key].parse(value));
}

/**
 * Whether the renderer may write this value. Main owns window bounds, and the recent-files list may
 * only shrink from the renderer: otherwise a compromised page could plant paths the File menu would
 * later read back to it.
 */
export function rendererMayWrite(key: SettingKey, value: unknown, current: Partial<Settings>): boolean {
  if (key === 'windowBounds') return false;
  if (key === 'recentFiles') {
    const known = new Set(current.recentFiles ?? []);
    return Array.isArray(value) && value.every((entry) => typeof entry === 'string' && known.has(entry));
  }
  return true;
}
