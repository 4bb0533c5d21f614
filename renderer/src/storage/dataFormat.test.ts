import { afterEach, describe, expect, it } from 'vitest';
import { DATA_FORMAT, DATA_FORMAT_KEY, claimDataFormat, watchDataFormat } from './dataFormat.ts';

afterEach(() => localStorage.removeItem(DATA_FORMAT_KEY));

describe('data format', () => {
  it('records this format on a fresh profile and on data from before formats were recorded', () => {
    expect(claimDataFormat()).toEqual({ ok: true });
    expect(localStorage.getItem(DATA_FORMAT_KEY)).toBe(String(DATA_FORMAT));
    localStorage.setItem(DATA_FORMAT_KEY, 'garbage');
    expect(claimDataFormat()).toEqual({ ok: true });
    expect(localStorage.getItem(DATA_FORMAT_KEY)).toBe(String(DATA_FORMAT));
  });

  it('refuses data a newer app wrote, and leaves its record as it was', () => {
    localStorage.setItem(DATA_FORMAT_KEY, String(DATA_FORMAT + 1));
    expect(claimDataFormat()).toEqual({ ok: false, found: DATA_FORMAT + 1 });
    expect(localStorage.getItem(DATA_FORMAT_KEY)).toBe(String(DATA_FORMAT + 1));
  });

  it('hears a newer format recorded by another tab, and nothing else', () => {
    const heard: number[] = [];
    const stop = watchDataFormat((found) => heard.push(found));
    const announce = (key: string, value: string) => {
      localStorage.setItem(key, value);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }));
    };
    announce(DATA_FORMAT_KEY, String(DATA_FORMAT));
    announce('concord.dataFormatTestOther', 'x');
    localStorage.removeItem('concord.dataFormatTestOther');
    announce(DATA_FORMAT_KEY, String(DATA_FORMAT + 2));
    expect(heard).toEqual([DATA_FORMAT + 2]);
    stop();
    announce(DATA_FORMAT_KEY, String(DATA_FORMAT + 3));
    expect(heard).toEqual([DATA_FORMAT + 2]);
  });
});
