import { describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf } from '../../src-shared/api/contract';
import { SEARCH_LIMIT } from '../../src-renderer/api/queries';
import { nb } from '../../src-renderer/i18n/nb';
import { checkScreen, eventually, setUpApp } from './support/app';

const PASSPHRASE = 'mange mange oppføringer';
const ENTRIES = 5_000;
const e2e = setUpApp(async (app) => {
  async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const envelope = await app.core.dispatch(method, input);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}`);
    return envelope.value as OutputOf<M>;
  }
  // A long-running log, written through the API as the app would: synthetic person and texts.
  await call('session.createProfile', {
    name: 'Lise Langlogg',
    unit: 'Bakken skole',
    service: 'school',
    passphrase: PASSPHRASE,
    passphraseRepeat: PASSPHRASE,
    locale: 'nb',
  });
  const { logId } = await call('logs.open', { childName: 'Petter Prøve', birthDate: '2014-02-11', unit: 'Bakken skole', level: 2 });
  for (let i = 1; i < ENTRIES; i++) {
    const day = `2025-${String(1 + (Math.floor(i / 450) % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    if (i % 5 === 0) await call('log.recordBrightSpot', { logId, observedOn: day, text: `Lysglimt nummer ${i}: deltok godt i timen.` });
    else await call('log.recordNote', { logId, occurredOn: day, contact: 'call', text: `Samtale nummer ${i} med foresatte om ukeplanen.` });
  }
  // One early entry with a word found nowhere else, far beyond the first page.
  await call('log.recordNote', { logId, occurredOn: '2025-01-02', contact: 'conversation', text: 'Petter fortalte om sykkelturen til Hvaler.' });
  for (let i = 0; i < 250; i++) await call('log.recordNote', { logId, occurredOn: '2025-12-01', contact: 'message', text: `Melding ${i}.` });
  // A measure whose evaluation date has passed: My logs marks the log as overdue.
  await call('log.planMeasure', {
    logId,
    goal: 'Petter leverer lekser hver uke',
    description: 'Leksehjelp tirsdag og torsdag.',
    responsiblePerson: 'Lise Langlogg',
    responsibleService: 'school',
    startDate: '2025-01-06',
    evaluationDate: '2025-03-01',
  });
  await call('session.lock', {});
}, 600_000);

describe('a log with thousands of entries', () => {
  it('opens on its newest page, loads older entries by scrolling or by button, marks an overdue evaluation, and finds an old entry from search', { timeout: 240_000 }, async () => {
    const { page, problems } = await e2e.openPage();
    await page.getByLabel(nb.unlock.passphrase).fill(PASSPHRASE);
    await page.getByRole('button', { name: nb.unlock.submit }).click();
    const row = page.getByTestId('log-table').getByRole('row', { name: /Petter Prøve/ });
    await eventually(() => row.textContent()).toMatch(new RegExp(`01\\.03\\.2025\\s*${nb.logs.overdue}`));
    await page.getByRole('link', { name: 'Petter Prøve' }).click();

    const entries = page.getByTestId('timeline-entry');
    /** The number of entries once no page has arrived for a moment. */
    const settledCount = async () => {
      let last = -1;
      let count = await entries.count();
      while (count !== last) {
        last = count;
        await page.waitForTimeout(400);
        count = await entries.count();
      }
      return count;
    };
    const total = ENTRIES + 252;
    await eventually(() => page.locator('.timeline-count').textContent()).toMatch(new RegExp(`Viser 100 av ${String(total).slice(0, 1)}\\s${String(total).slice(1)}`));
    expect(await entries.count()).toBe(100);
    // Entries off screen are not painted (content-visibility), so a picture of the viewport shows what the user sees.
    await checkScreen(page, '30-large-log', { fullPage: false });

    // Keyboard users press the button; it loads the next page. (Reaching the button scrolls it into view,
    // which may load a page by itself first: count from where that settles.)
    await page.getByTestId('load-older').focus();
    const beforeEnter = await settledCount();
    await page.keyboard.press('Enter');
    await eventually(() => entries.count()).toBe(beforeEnter + 100);

    // Scrolling to the end loads more by itself.
    const beforeScroll = await settledCount();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await eventually(() => entries.count()).toBeGreaterThan(beforeScroll);

    // Filtering asks the store for that kind only.
    await page.getByText(nb.kinds.brightSpot, { exact: true }).and(page.locator('label')).click();
    await eventually(() => page.locator('.timeline-count').textContent()).toMatch(/Viser 100 av 999/);
    expect(await page.locator('[data-testid="timeline-entry"]:not([data-kind="brightSpot"])').count()).toBe(0);

    // A search hit deep in the log: the timeline pages back until the entry is there, then focuses it.
    await page.getByRole('link', { name: nb.log.back }).click();
    // A common word: the newest hits, and a plain word that older ones were left out.
    await page.getByRole('searchbox', { name: nb.search.label }).fill('ukeplanen');
    await eventually(() => page.locator('.search-count').textContent()).toBe(nb.search.newestResults(SEARCH_LIMIT, 'ukeplanen'));
    await eventually(() => page.locator('.search-more').textContent()).toBe(nb.search.moreHint);
    expect(await page.getByTestId('search-hits').getByRole('listitem').count()).toBe(SEARCH_LIMIT);
    await checkScreen(page, '31-search-newest-hits', { fullPage: false });
    await page.getByRole('searchbox', { name: nb.search.label }).fill('Hvaler');
    await eventually(() => page.locator('.search-count').textContent()).toBe(nb.search.results(1, 'Hvaler'));
    expect(await page.locator('.search-more').count()).toBe(0);
    await page.getByTestId('search-hits').getByRole('link').first().click();
    await eventually(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('sykkelturen til Hvaler');
    expect(await entries.count()).toBeGreaterThan(250);
    expect(problems).toEqual([]);
  });
});
