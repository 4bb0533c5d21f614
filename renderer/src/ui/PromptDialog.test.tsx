import { afterEach, describe, expect, it, vi } from 'vitest';
import { PromptDialog } from './PromptDialog.tsx';
import { mount, settle, type Mounted } from '../testing/mount.tsx';

let view: Mounted;
afterEach(() => view.unmount());

function open(onConfirm: (value: string) => string | null) {
  const closed = vi.fn();
  view = mount(
    <PromptDialog
      title="Rename document"
      label="Document title"
      initial="Draft"
      confirm="Rename"
      onConfirm={onConfirm}
      onClose={closed}
    />,
  );
  const dialog = view.container.querySelector('dialog')!;
  const input = dialog.querySelector('input')!;
  const submit = () => settle(() => dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
  return { dialog, input, submit, closed };
}

describe('PromptDialog', () => {
  it('opens modally, named by its title, with the initial value', () => {
    const { dialog, input } = open(() => null);
    expect(dialog.open).toBe(true);
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Rename document');
    expect(input.value).toBe('Draft');
  });

  it('shows the error in place and stays open; closes once the value is accepted', async () => {
    const { submit, closed, dialog } = open((value) => (value === 'Draft' ? 'Choose another title.' : null));
    submit();
    await vi.waitFor(() => expect(dialog.querySelector('[role="alert"]')?.textContent).toBe('Choose another title.'));
    expect(closed).not.toHaveBeenCalled();
    const input = dialog.querySelector('input')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    settle(() => {
      setValue.call(input, 'Final text');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    submit();
    await vi.waitFor(() => expect(closed).toHaveBeenCalledOnce());
  });

  it('closes on Escape without confirming', () => {
    const confirm = vi.fn(() => null);
    const { dialog, closed } = open(confirm);
    settle(() => dialog.dispatchEvent(new Event('cancel', { cancelable: true })));
    expect(closed).toHaveBeenCalledOnce();
    expect(confirm).not.toHaveBeenCalled();
  });
});
