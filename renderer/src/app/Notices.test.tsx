import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEffect } from 'react';
import { mount, settle, type Mounted } from '../testing/mount.tsx';
import { NoticeProvider, useNotice } from './Notices.tsx';

function ShowsOnMount() {
  const show = useNotice();
  useEffect(() => show({ kind: 'info', text: 'Joined the relay.' }), [show]);
  return <button type="button">Reject</button>;
}

let app: Mounted;
const shown = () => app.container.querySelector('.notice')?.textContent ?? '';
const press = (type: 'pointerdown' | 'pointerup') => settle(() => window.dispatchEvent(new PointerEvent(type)));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  app = mount(
    <NoticeProvider>
      <ShowsOnMount />
    </NoticeProvider>,
  );
});
afterEach(() => {
  app.unmount();
  vi.useRealTimers();
});

describe('NoticeProvider', () => {
  it('lets an information notice go by itself', () => {
    expect(shown()).toContain('Joined the relay.');
    settle(() => vi.advanceTimersByTime(10_000));
    expect(shown()).toBe('');
  });

  it('does not take it away (moving the page up) under a pressed pointer, but after the release', () => {
    press('pointerdown');
    settle(() => vi.advanceTimersByTime(10_000));
    expect(shown()).toContain('Joined the relay.');
    press('pointerup');
    expect(shown()).toContain('Joined the relay.'); // not between pointerup and the click
    settle(() => vi.advanceTimersByTime(0));
    expect(shown()).toBe('');
  });
});
