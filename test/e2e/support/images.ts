import type { Page } from '@playwright/test';
import { imageFixture, type ImageFixtureName } from '../../fixtures/imageFiles.ts';
import { editorText } from './app.ts';

/** Inserts a fixture image at the cursor with its alt text. */
export async function insertImage(page: Page, name: ImageFixtureName, alt: string): Promise<void> {
  const mimeType = name.endsWith('.jpg') ? 'image/jpeg' : name.endsWith('.gif') ? 'image/gif' : 'image/webp';
  await page.getByLabel('Image file').setInputFiles({ name, mimeType, buffer: Buffer.from(imageFixture(name)) });
  const dialog = page.getByRole('dialog', { name: 'Describe the image' });
  await dialog.getByRole('textbox', { name: /Alt text/ }).fill(alt);
  await dialog.getByRole('button', { name: 'Insert' }).click();
}

/** Whether the image with this alt text is in the member's editor, decoded. */
export function imageShown(page: Page, alt: string): Promise<boolean> {
  return editorText(page)
    .locator(`figure.image-block img[alt="${alt}"]`)
    .evaluateAll((imgs) => imgs.some((img) => (img as HTMLImageElement).naturalWidth > 0));
}
