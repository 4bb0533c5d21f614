import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, mount, settle, type Mounted } from '../testing/mount.tsx';
import { SaveFileDialog } from './SaveFileDialog.tsx';

let view: Mounted | null = null;
afterEach(() => view?.unmount());

function open(canSeal = true) {
  const saved = vi.fn();
  const closed = vi.fn();
  view = mount(<SaveFileDialog canSeal={canSeal} onSave={saved} onClose={closed} />);
  const dialog = view.container.querySelector('dialog')!;
  const radios = [...dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  return { dialog, radios, saved, closed };
}

describe('saving a private document as a file', () => {
  it('encrypts the file for the workspace’s members unless the person chooses otherwise', () => {
    const { dialog, radios, saved, closed } = open();
    expect(radios.map((r) => r.checked)).toEqual([true, false]);
    expect(radios[0]?.parentElement?.textContent).toMatch(/encrypted/i);
    settle(() => button(dialog, 'Save').click());
    expect(saved).toHaveBeenCalledWith(false);
    expect(closed).toHaveBeenCalled();
  });

  it('saves the clear file only when that is chosen', () => {
    const { dialog, radios, saved } = open();
    settle(() => radios[1]!.click());
    settle(() => button(dialog, 'Save').click());
    expect(saved).toHaveBeenCalledWith(true);
  });

  it('saves nothing when cancelled', () => {
    const { dialog, saved, closed } = open();
    settle(() => button(dialog, 'Cancel').click());
    expect(closed).toHaveBeenCalled();
    expect(saved).not.toHaveBeenCalled();
  });

  it('without the workspace key, offers only the clear file and chooses nothing for the person', () => {
    const { dialog, radios, saved } = open(false);
    expect(dialog.textContent).toContain('cannot be encrypted');
    expect(radios.map((r) => [r.checked, r.disabled])).toEqual([
      [false, true],
      [false, false],
    ]);
    expect(button(dialog, 'Save').disabled).toBe(true);
    settle(() => radios[1]!.click());
    settle(() => button(dialog, 'Save').click());
    expect(saved).toHaveBeenCalledWith(true);
  });
});
