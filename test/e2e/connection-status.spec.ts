import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { spawnRelay, cleanupRelays, type RelayHandle } from '../relay/support/relayProcess.ts';
import { inviteViaCli } from '../relay/support/cli.ts';
import { newId } from '../../shared/ids.ts';
import { documentStatus, documentText, editorText, joinByLink, joinInPage, typeAtEnd } from './support/app.ts';

// Each test has its own relay: one of them kills it. Two browsers and relay restarts take over a
// minute on a loaded machine.
let relay: RelayHandle;
test.beforeEach(async () => {
  test.slow();
  relay = await spawnRelay();
});
test.afterEach(async () => cleanupRelays());

/** An invitation link to a fresh workspace (each member gets their own, as the Share dialog would make). */
const invite = async (workspace: string) =>
  `${relay.httpUrl}/#join=${await inviteViaCli(relay.dataDir, workspace, 'editor', ['--relay', relay.url])}`;

/** Amina starts a document with `text`; Bruno, in his own browser, has it open. */
async function coWriting(browser: Browser, title: string, text: string, amina?: Page): Promise<[Page, Page]> {
  const workspace = newId();
  if (amina) await joinInPage(amina, await invite(workspace), 'Amina');
  else amina = await joinByLink(browser, await invite(workspace), 'Amina');
  await amina.getByRole('button', { name: 'New document' }).click();
  await amina.getByRole('textbox', { name: 'Document title' }).fill(title);
  await editorText(amina).click();
  await amina.keyboard.type(text);
  const bruno = await joinByLink(browser, await invite(workspace), 'Bruno');
  await bruno.getByRole('link', { name: title }).click();
  await expect.poll(() => documentText(bruno)).toBe(text);
  await expect(documentStatus(amina)).toHaveText('Online: all changes saved');
  return [amina, bruno];
}

test('a network cut reads "Offline", keeps the edits, and they reach the other member when it returns', async ({
  browser,
}) => {
  const [amina, bruno] = await coWriting(browser, 'Network cut', 'Written online.');
  const sockets: string[] = [];
  amina.on('websocket', (ws) => sockets.push(ws.url()));

  await amina.context().setOffline(true);
  await expect(documentStatus(amina)).toHaveText('Offline: changes kept on this computer');
  await typeAtEnd(amina, ' Written offline.');
  await expect(documentStatus(amina)).toHaveText(/^Offline: \d+ changes? kept on this computer$/);
  await expect(editorText(amina)).toContainText('Written online. Written offline.');
  expect(await documentText(bruno)).toBe('Written online.');
  await amina.getByRole('button', { name: '← Library' }).click();
  await expect(amina.getByRole('status', { name: 'Library sync status' })).toHaveText(
    'Offline: 1 document with changes kept on this computer',
  );
  await amina.getByRole('link', { name: 'Network cut' }).click();
  await expect(editorText(amina)).toContainText('Written online. Written offline.');

  await amina.context().setOffline(false);
  await expect.poll(() => documentText(bruno)).toBe('Written online. Written offline.');
  await expect(documentStatus(amina)).toHaveText('Online: all changes saved');
  await typeAtEnd(bruno, ' Bruno agrees.');
  await expect.poll(() => documentText(amina)).toBe('Written online. Written offline. Bruno agrees.');
  // The socket Chromium held open through the cut was dropped: the document came back on a new one.
  expect(sockets.filter((url) => url.includes('/sync/')).length).toBeGreaterThan(0);
});

test('a relay killed and restarted: "Reconnecting in N s", "Reconnect now" connects, edits made meanwhile arrive', async ({
  browser,
}) => {
  // Amina's timers run on a clock the test can stop, so her app cannot retry on its own while the
  // test checks that "Reconnect now" is what reconnects her.
  const aminaPage = await (await browser.newContext()).newPage();
  await aminaPage.clock.install();
  const [amina, bruno] = await coWriting(browser, 'Relay restart', 'Before the outage.', aminaPage);

  const stopped = await relay.stop('SIGKILL');
  expect(stopped.signal).toBe('SIGKILL');
  await expect(documentStatus(amina)).toHaveText(/^Reconnecting in \d+ s$/);
  await expect(documentStatus(amina).getByRole('timer')).toHaveText(/^\d+$/);
  await typeAtEnd(amina, ' Written during the outage.');
  await expect(editorText(amina)).toContainText('Before the outage. Written during the outage.');

  // Stop Amina's clock; move it on a second at a time until her app waits a few seconds between attempts.
  await amina.clock.pauseAt((await amina.evaluate(() => Date.now())) + 2_000);
  const countdown = documentStatus(amina).getByRole('timer');
  const seconds = async () => Number(await countdown.textContent());
  await expect
    .poll(async () => {
      await amina.clock.fastForward(1_000);
      return seconds();
    })
    .toBeGreaterThanOrEqual(3);
  // The countdown says what is true each second.
  const left = await seconds();
  await amina.clock.fastForward(1_000);
  await expect(documentStatus(amina)).toHaveText(`Reconnecting in ${left - 1} s`);

  const restarted = await spawnRelay({ port: relay.port, dataDir: relay.dataDir });
  expect(restarted.url).toBe(relay.url);
  await expect(documentStatus(amina)).toHaveText(/^Reconnecting in \d+ s$/); // the clock is stopped: no retry
  // The click itself opens a connection to the document's room: no timer could have.
  const room = new URL(amina.url()).hash.split('/').at(-1)!;
  const attempt = amina.waitForEvent('websocket', (ws) => ws.url().includes(`/${room}?`));
  await amina.getByRole('button', { name: 'Reconnect now' }).click();
  await attempt;
  // From here the clock runs again, so a relay still busy starting (a loaded machine) is retried as usual.
  await amina.clock.resume();
  await expect(documentStatus(amina)).toHaveText('Online: all changes saved', { timeout: 30_000 });
  await expect(amina.getByRole('button', { name: 'Reconnect now' })).toHaveCount(0);

  // Bruno's app reconnects by itself (its backoff is at most 10 s) and gets what Amina wrote meanwhile.
  await expect
    .poll(() => documentText(bruno), { timeout: 30_000 })
    .toBe('Before the outage. Written during the outage.');
  await expect(documentStatus(bruno)).toHaveText('Online: all changes saved');
});

test("a name changed in settings shows on the other member's presence list and on what is credited afterwards", async ({
  browser,
}) => {
  const [amina, bruno] = await coWriting(browser, 'Renamed', 'Our joint text.');
  const people = bruno.getByRole('list', { name: 'People in this document' });
  await expect(people).toHaveText('Amina');

  await amina.getByRole('button', { name: 'You: Amina' }).click();
  const dialog = amina.getByRole('dialog', { name: 'Your name and organisation' });
  const name = dialog.getByRole('textbox', { name: 'Your name' });
  await name.fill('   ');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter your name: collaborators see it beside your cursor.');
  await name.fill('A'.repeat(81));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Your name can have at most 80 characters.');
  await expect(people).toHaveText('Amina'); // nothing changed

  await name.fill('  Amina Diallo ');
  await dialog.getByRole('textbox', { name: 'Your organisation' }).fill('FIDH');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(people).toHaveText('Amina Diallo (FIDH)');
  await expect(amina.getByRole('button', { name: 'You: Amina Diallo (FIDH)' })).toBeVisible();

  // Credited from now on: a version she saves carries the new name, on Bruno's side too.
  await amina.getByRole('toolbar', { name: 'Review' }).getByRole('button', { name: 'Versions', exact: true }).click();
  await amina
    .getByRole('complementary', { name: 'Versions panel' })
    .getByRole('button', { name: 'Save version…' })
    .click();
  await amina.getByRole('textbox', { name: 'Version name' }).fill('after the rename');
  await amina.getByRole('button', { name: 'Save version', exact: true }).click();
  await bruno.getByRole('toolbar', { name: 'Review' }).getByRole('button', { name: 'Versions', exact: true }).click();
  await expect(
    bruno
      .getByRole('complementary', { name: 'Versions panel' })
      .getByRole('listitem', { name: 'Version after the rename' }),
  ).toContainText('Amina Diallo (FIDH)');

  // And the next time she opens the app.
  await amina.reload();
  await expect(people).toHaveText('Amina Diallo (FIDH)');
  await expect(amina.getByRole('button', { name: 'You: Amina Diallo (FIDH)' })).toBeVisible();
});

test('a relay that stops answering, its sockets left open, is noticed and reconnected when it answers again', async ({
  browser,
}) => {
  const aminaPage = await (await browser.newContext()).newPage();
  await aminaPage.clock.install();
  const [amina, bruno] = await coWriting(browser, 'Relay hangs', 'Before the hang.', aminaPage);

  relay.child.kill('SIGSTOP'); // the process stays, its sockets stay open, nothing is answered
  // Twenty seconds of silence on Amina's clock: more than the heartbeat allows, less than y-websocket's own 30 s.
  await amina.clock.fastForward(20_000);
  await expect(documentStatus(amina)).toHaveText(/^(Reconnecting in \d+ s|Connecting…)$/);
  await typeAtEnd(amina, ' Written during the hang.');

  relay.child.kill('SIGCONT');
  await amina.clock.fastForward(20_000); // whatever attempt is pending, it is due now
  await expect(documentStatus(amina)).toHaveText('Online: all changes saved', { timeout: 30_000 });
  await expect.poll(() => documentText(bruno), { timeout: 30_000 }).toBe('Before the hang. Written during the hang.');
});

test('"Work offline" stops the background sync at once: no document connects until "Go online"', async ({
  browser,
}) => {
  const amina = await (await browser.newContext()).newPage();
  await amina.clock.install();
  await joinInPage(amina, await invite(newId()), 'Amina');
  for (const title of ['First note', 'Second note', 'Third note']) {
    await amina.getByRole('button', { name: 'New document' }).click();
    await amina.getByRole('textbox', { name: 'Document title' }).fill(title);
    await expect(documentStatus(amina)).toHaveText('Online: all changes saved');
    await amina.getByRole('button', { name: '← Library' }).click();
  }
  // Sockets to document rooms (`/sync/<workspace>/<document>`), not the library's.
  const documentSockets: string[] = [];
  amina.on('websocket', (ws) => {
    if (new URL(ws.url()).pathname.split('/').length === 4) documentSockets.push(ws.url());
  });
  await relay.stop('SIGKILL');
  // Back online with the relay gone: the background pass tries each document again, and keeps trying.
  await amina.getByRole('button', { name: 'Work offline' }).click();
  await amina.getByRole('button', { name: 'Go online' }).click();
  await expect.poll(() => documentSockets.length).toBeGreaterThan(0);

  await amina.getByRole('button', { name: 'Work offline' }).click();
  const seen = documentSockets.length;
  // A minute on Amina's clock, five seconds at a time: every retry and every background timeout is due.
  await amina.clock.pauseAt((await amina.evaluate(() => Date.now())) + 1_000);
  for (let i = 0; i < 12; i++) {
    await amina.clock.fastForward(5_000);
    await amina.waitForTimeout(100); // a socket an attempt opened shows up (and fails) in real time
  }
  expect(documentSockets.length).toBe(seen);
});
