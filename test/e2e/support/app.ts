import { expect, type Browser, type Page } from '@playwright/test';

/** The editable document text. */
export const editorText = (page: Page) => page.getByRole('textbox', { name: 'Document text' });

/** Types `text` at the end of the document. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editorText(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

/** Opens the app on an empty library. */
export async function openLibrary(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
}

/** Creates a document from the library, renames it through its title field and focuses its text. */
export async function createDocument(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New document' }).click();
  await expect(editorText(page)).toBeVisible();
  const titleField = page.getByRole('textbox', { name: 'Document title' });
  await titleField.fill(title);
  await editorText(page).click();
}

/**
 * Selects the first occurrence of `text` in the document, as a drag with the mouse would, and waits
 * until the editor has taken the selection (arrow-key walks raced with live remote updates).
 */
export async function selectText(page: Page, text: string): Promise<void> {
  await editorText(page).click();
  await editorText(page).evaluate((el, wanted) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (node.parentElement?.closest('.collaboration-carets__caret')) continue;
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`text not found: ${wanted}`);
  }, text);
  await page.waitForFunction((wanted) => window.getSelection()?.toString() === wanted, text);
}

/** Dispatches a real paste event carrying `html` into the editor, as the clipboard would. */
export async function pasteHtml(page: Page, html: string): Promise<void> {
  await paste(page, { 'text/html': html, 'text/plain': html.replace(/<[^>]*>/g, '') });
}

/** Dispatches a real paste event carrying plain text only (from a text editor, a terminal, a PDF viewer). */
export async function pasteText(page: Page, text: string): Promise<void> {
  await paste(page, { 'text/plain': text });
}

async function paste(page: Page, clipboard: Record<string, string>): Promise<void> {
  await editorText(page).evaluate((el, types) => {
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(types)) data.setData(type, value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, clipboard);
}

/** The document's text as a reader sees it: collaborators' caret labels left out. */
export function documentText(page: Page): Promise<string> {
  return editorText(page).evaluate((el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.collaboration-carets__caret').forEach((c) => c.remove());
    return clone.textContent ?? '';
  });
}

/** A notice shown at the top of the window (`Notices.tsx`; the relay's refusals are 'Connection messages'). */
export const notice = (page: Page, name = 'Message') => page.getByRole('region', { name, exact: true });

/** The library's relay status. */
export const libraryStatus = (page: Page) => page.getByRole('status', { name: 'Library sync status' });

/** Someone opening an invitation link in their own browser profile and giving their name, until the library is online. */
export async function joinByLink(browser: Browser, link: string, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await joinInPage(page, link, name);
  return page;
}

/** `joinByLink` in a page the test prepared (its own clock, for example). */
export async function joinInPage(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(libraryStatus(page)).toHaveText('Online: all changes saved');
}

/** The open document's relay status. */
export const documentStatus = (page: Page) => page.getByRole('status', { name: 'Document sync status' });
