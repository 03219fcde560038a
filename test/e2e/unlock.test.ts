import { describe, expect, it } from 'vitest';
import { nb } from '../../src-renderer/i18n/nb';
import { checkScreen, eventually, setUpApp } from './support/app';

const PASSPHRASE = 'riktig passordfrase her';
const e2e = setUpApp(async (app) => {
  await app.core.dispatch('session.createProfile', {
    name: 'Ulrik Utesteng',
    unit: 'Haugen helsestasjon',
    service: 'healthNurse',
    passphrase: PASSPHRASE,
    passphraseRepeat: PASSPHRASE,
    locale: 'nb',
  });
  await app.core.dispatch('session.lock', {});
});

describe('unlocking', () => {
  it('says a wrong passphrase plainly, makes the user wait after repeated failures, then lets the right one in', { timeout: 120_000 }, async () => {
    const { page, problems } = await e2e.openPage();
    const field = page.getByLabel(nb.unlock.passphrase);
    const submit = page.getByRole('button', { name: nb.unlock.submit });

    // An empty try is caught without asking the core.
    await submit.click();
    await eventually(() => page.locator('#main').textContent()).toContain('Må fylles ut.');

    let waited = false;
    for (let attempt = 0; attempt < 8 && !waited; attempt++) {
      await field.fill(`feil nummer ${attempt}`);
      await submit.click();
      await eventually(() => field.inputValue()).toBe('');
      waited = await page.getByTestId('unlock-wait').isVisible();
    }
    expect(waited).toBe(true);
    await eventually(() => page.getByTestId('unlock-wait').textContent()).toMatch(/For mange feil forsøk\. Du kan prøve igjen om \d+ sekund(er)?\./);
    await checkScreen(page, '19-unlock-too-many');

    // Once the wait is over the message goes away and the right passphrase opens Stafett.
    // The core doubles the wait after each failure; a slow machine may have reached a longer one.
    await eventually(() => page.getByTestId('unlock-wait').count(), 90_000).toBe(0);
    await field.fill(PASSPHRASE);
    await submit.click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.logs.title);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the lock screen by itself when the core locks (as after idle time)', { timeout: 60_000 }, async () => {
    await e2e.app.core.dispatch('session.lock', {});
    const { page, problems } = await e2e.openPage();
    await page.getByLabel(nb.unlock.passphrase).fill(PASSPHRASE);
    await page.getByRole('button', { name: nb.unlock.submit }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.logs.title);

    // The idle timer and the OS lock both end in the core locking and pushing session.changed.
    await e2e.app.core.dispatch('session.lock', {});
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.unlock.title);
    expect(await page.getByRole('button', { name: nb.header.lock, exact: true }).count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
