import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/test.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { en } from '../../shared/i18n/catalogues/en.ts';
import { ar } from '../../shared/i18n/catalogues/ar.ts';
import { spawnRelay, cleanupRelays, type RelayHandle } from '../relay/support/relayProcess.ts';
import { inviteViaCli, runCli } from '../relay/support/cli.ts';
import { apiPath } from '../../shared/protocol/membersApi.ts';
import { decodeTokenPayload } from '../../shared/protocol/tokenPayload.ts';
import { newId } from '../../shared/ids.ts';
import { expectNoSeriousViolations } from './support/axe.ts';

// What the other accessibility specs do not reach because it needs a relay: the Share dialog of an
// ordinary and of a private workspace, with the Make private… confirmation, the Join dialog (choosing
// Private, and an invitation that carries a private workspace's key), saving a private document as a
// file, the relay's refusal notice, and the panel of changes set aside after a refusal.
const LANGUAGES = [
  { browser: 'en-GB', t: createTranslator('en', en) },
  { browser: 'ar-EG', t: createTranslator('ar', ar) },
] as const;
type Translate = (typeof LANGUAGES)[number]['t'];

let relay: RelayHandle;
test.beforeAll(async () => {
  relay = await spawnRelay();
});
test.afterAll(async () => cleanupRelays());

for (const { browser: locale, t } of LANGUAGES) {
  test.describe(`axe with a relay in ${locale}`, () => {
    test.slow();

    /** A page in its own profile, in the language under test (axe is injected: the relay's CSP is bypassed). */
    const newPage = async (browser: Browser) =>
      (await browser.newContext({ locale, bypassCSP: true, permissions: ['clipboard-write'] })).newPage();
    const online = (page: Page) =>
      expect(page.getByRole('status', { name: t('sync.libraryStatus') })).toHaveText(t('sync.online'));

    /** Fills in the open Join dialog (checked by axe first) and joins. */
    async function join(page: Page, where: string, name: string, isPrivate = false) {
      const dialog = page.getByRole('dialog', { name: t('join.title') });
      await expect(dialog.getByRole('textbox', { name: t('join.name') })).toBeVisible();
      if (isPrivate) await dialog.getByRole('checkbox', { name: t('private.choose') }).check();
      await expectNoSeriousViolations(page, where);
      await dialog.getByRole('textbox', { name: t('join.name') }).fill(name);
      await dialog.getByRole('button', { name: t('join.join'), exact: true }).click();
      await online(page);
    }

    /** Opens the Share dialog, creates an invitation (checked by axe with the link shown); returns the link. */
    async function share(page: Page, where: string): Promise<string> {
      await page.getByRole('button', { name: t('share.open') }).click();
      const dialog = page.getByRole('dialog', { name: t('share.title') });
      await expect(dialog.getByRole('list', { name: t('share.members') }).getByRole('listitem')).toHaveCount(1);
      await expectNoSeriousViolations(page, where);
      await dialog.getByRole('button', { name: t('share.create') }).click();
      await expect(dialog.getByRole('alert')).toHaveText(t('share.labelRequired'));
      await dialog.getByRole('combobox', { name: t('share.role'), exact: true }).selectOption('commenter');
      await dialog.getByRole('textbox', { name: t('share.label') }).fill('Caritas');
      await dialog.getByRole('button', { name: t('share.create') }).click();
      const link = await dialog.getByRole('textbox', { name: t('share.link') }).inputValue();
      await expect(dialog.getByRole('list', { name: t('share.invitations') }).getByRole('listitem')).toHaveCount(1);
      await expectNoSeriousViolations(page, `${where}, with a new invitation link`);
      await dialog.getByRole('button', { name: t('share.close') }).click();
      await expect(dialog).toHaveCount(0);
      return link;
    }

    test('the Join and Share dialogs of an ordinary workspace have no serious violations', async ({ browser }) => {
      const token = await inviteViaCli(relay.dataDir, newId(), 'editor', ['--relay', relay.url]);
      const amina = await newPage(browser);
      await amina.goto(`${relay.httpUrl}/#join=${token}`);
      await join(amina, 'the Join dialog with an invitation', 'Amina');
      const link = await share(amina, 'the Share dialog');
      expect(link).not.toMatch(/key=/);

      // The owner's Make private… asks first, saying what the relay may already have kept.
      await amina.getByRole('button', { name: t('share.open') }).click();
      const dialog = amina.getByRole('dialog', { name: t('share.title') });
      await dialog.getByRole('button', { name: t('private.make') }).click();
      await expect(dialog.getByRole('group', { name: t('private.makeHeading') })).toContainText(
        t('private.makeRetains'),
      );
      await expect(dialog.getByRole('button', { name: t('private.makeConfirm'), exact: true })).toBeVisible();
      await expectNoSeriousViolations(amina, 'the Share dialog asking to confirm Make private');
      await dialog.getByRole('button', { name: t('common.cancel'), exact: true }).click();
      await expect(dialog.getByRole('button', { name: t('private.make') })).toBeVisible();
    });

    test('the Join and Share dialogs of a private workspace have no serious violations', async ({ browser }) => {
      const amina = await newPage(browser);
      await amina.goto(`${relay.httpUrl}/`);
      await amina.getByRole('button', { name: t('relay.join') }).click();
      const dialog = amina.getByRole('dialog', { name: t('join.title') });
      const workspace = (await dialog.locator('.hint code').textContent())!;
      const token = await inviteViaCli(relay.dataDir, workspace, 'editor', ['--relay', relay.url]);
      await dialog.getByRole('textbox', { name: t('join.invite') }).fill(`${relay.httpUrl}/#join=${token}`);
      await join(amina, 'the Join dialog, choosing Private', 'Amina', true);
      const link = await share(amina, 'the Share dialog of a private workspace');
      expect(link).toMatch(/key=/);

      // The invited person's Join dialog says the link carries the workspace's key.
      const bruno = await newPage(browser);
      await bruno.goto(link);
      await expect(bruno.getByRole('dialog', { name: t('join.title') })).toContainText(t('private.inviteHasKey'));
      await join(bruno, 'the Join dialog of an invitation to a private workspace', 'Bruno');

      // A private document is saved as a file encrypted or, by choice, in the clear.
      await amina.getByRole('button', { name: t('library.newDocument'), exact: true }).click();
      await amina.getByRole('button', { name: t('document.saveAsFile') }).click();
      const save = amina.getByRole('dialog', { name: t('file.saveCopyTitle') });
      await expect(save.getByRole('radio', { name: t('file.saveEncrypted') })).toBeChecked();
      await expectNoSeriousViolations(amina, 'saving a private document as a file');
      await save.getByRole('button', { name: t('common.cancel') }).click();
      await expect(save).toHaveCount(0);
    });

    test('the notice of a refusal by the relay has no serious violations', async ({ browser }) => {
      const token = await inviteViaCli(relay.dataDir, newId(), 'editor', ['--relay', relay.url]);
      const revoked = await runCli(['revoke', '--data', relay.dataDir, token]);
      expect(revoked.code, revoked.stderr).toBe(0);
      const mallory = await newPage(browser);
      await mallory.goto(`${relay.httpUrl}/#join=${token}`);
      const dialog = mallory.getByRole('dialog', { name: t('join.title') });
      await dialog.getByRole('textbox', { name: t('join.name') }).fill('Mallory');
      await dialog.getByRole('button', { name: t('join.join'), exact: true }).click();
      const notice = mallory.getByRole('region', { name: t('notice.region') });
      await expect(notice).toContainText(t('relay.reason.unauthorized'));
      await expect(notice.getByRole('button', { name: t('notice.dismiss') })).toBeVisible();
      await expectNoSeriousViolations(mallory, 'the notice of a refusal by the relay');
    });

    test('the panel of changes set aside after a refusal has no serious violations', async ({ browser }) => {
      const workspace = newId();
      const aminaToken = await inviteViaCli(relay.dataDir, workspace, 'editor', ['--relay', relay.url]);
      const amina = await newPage(browser);
      await amina.goto(`${relay.httpUrl}/#join=${aminaToken}`);
      await join(amina, 'the Join dialog', 'Amina');
      await amina.getByRole('button', { name: t('library.newDocument'), exact: true }).click();
      await amina.getByRole('textbox', { name: t('library.documentTitle') }).fill('Joint statement');
      await expect(documentStatus(amina, t)).toHaveText(t('sync.online'));

      const brunoToken = await inviteViaCli(relay.dataDir, workspace, 'editor', ['--relay', relay.url]);
      const bruno = await newPage(browser);
      await bruno.goto(`${relay.httpUrl}/#join=${brunoToken}`);
      await join(bruno, 'the Join dialog', 'Bruno');
      await bruno.getByRole('link', { name: 'Joint statement' }).click();
      await bruno.getByRole('button', { name: t('sync.goOffline') }).click();
      await bruno.getByRole('textbox', { name: t('library.documentTitle') }).fill('Hijacked');
      // Meanwhile the owner makes him a commenter: back online, the relay refuses his rename.
      const changed = await fetch(
        `${relay.httpUrl}${apiPath(workspace, 'members', decodeTokenPayload(brunoToken)!.id)}`,
        {
          method: 'PATCH',
          headers: { authorization: `Bearer ${aminaToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ role: 'commenter' }),
        },
      );
      expect(changed.status).toBe(200);
      await bruno.getByRole('button', { name: t('sync.goOnline') }).click();
      const setAside = bruno.getByRole('region', { name: t('setAside.region') });
      await expect(setAside.getByRole('listitem')).toHaveCount(1);
      await expect(setAside.getByRole('listitem')).toContainText('Hijacked');
      await expect(documentStatus(bruno, t)).toHaveText(t('sync.online'));
      await expectNoSeriousViolations(bruno, 'the panel of changes set aside');
      await setAside.getByRole('button', { name: t('setAside.copy') }).click();
      await expect(setAside.getByRole('button', { name: t('setAside.copied') })).toBeVisible();
      await expectNoSeriousViolations(bruno, 'the panel of changes set aside, copied');
    });
  });
}

const documentStatus = (page: Page, t: Translate) => page.getByRole('status', { name: t('sync.documentStatus') });
