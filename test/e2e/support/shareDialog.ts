import { expect, type Page } from '@playwright/test';

/**
 * The owner creates an invitation labelled `label` in the Share dialog (for `roleLabel`, as the
 * Role list names it, when given: then it waits for the pending invitation) and returns its link.
 */
export async function inviteFromShareDialog(owner: Page, label: string, roleLabel?: string): Promise<string> {
  await owner.getByRole('button', { name: 'Share…' }).click();
  const dialog = owner.getByRole('dialog', { name: 'Share this workspace' });
  if (roleLabel) await dialog.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: roleLabel });
  await dialog.getByRole('textbox', { name: 'For whom' }).fill(label);
  await dialog.getByRole('button', { name: 'Create invitation link' }).click();
  if (roleLabel)
    await expect(dialog.getByRole('list', { name: 'Pending invitations' })).toContainText(`${label}: ${roleLabel}`);
  const link = await dialog.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return link;
}
