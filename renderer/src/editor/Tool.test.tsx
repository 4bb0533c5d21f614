import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, type Mounted } from '../testing/mount.tsx';
import { Tool } from './Tool.tsx';

let view: Mounted;
afterEach(() => view.unmount());

const tool = (reason?: string) => {
  const clicked = vi.fn();
  view = mount(
    <Tool label="Bold" shortcut="bold" reason={reason} onClick={clicked}>
      B
    </Tool>,
  );
  return { button: view.container.querySelector('button')!, clicked };
};

describe('Tool', () => {
  it('names its action and shortcut in its tooltip', () => {
    const { button } = tool();
    expect(button.disabled).toBe(false);
    expect(button.title).toMatch(/^Bold \((Ctrl|⌘)/);
  });

  it('with a reason, is disabled and its tooltip says why instead of the shortcut', () => {
    const { button, clicked } = tool('Viewers can read and export; ask an editor to make changes.');
    expect(button.disabled).toBe(true);
    expect(button.title).toBe('Bold: Viewers can read and export; ask an editor to make changes.');
    expect(button.getAttribute('aria-label')).toBe('Bold');
    button.click();
    expect(clicked).not.toHaveBeenCalled();
  });
});
