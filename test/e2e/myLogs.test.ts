import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { InputOf, MethodName } from '../../src-shared/api/contract';
import { nb } from '../../src-renderer/i18n/nb';
import { checkScreen, eventually, setUpApp } from './support/app';

const PASSPHRASE = 'sortering av mange logger';

/** Synthetic children: name, birth date, level, and the evaluation date of a measure (or none). */
const CHILDREN = [
  { childName: 'Åsmund Prøve', birthDate: '2012-04-03', level: 2, evaluationDate: '2027-02-01' },
  { childName: 'Bodil Prøve', birthDate: '2020-10-12', level: 0, evaluationDate: null },
  { childName: 'Øydis Prøve', birthDate: '2015-06-20', level: 3, evaluationDate: '2026-12-15' },
  { childName: 'Anton Prøve', birthDate: '2018-01-09', level: 1, evaluationDate: '2027-05-30' },
] as const;

const e2e = setUpApp(async (app) => {
  const call = async <M extends MethodName>(method: M, input: InputOf<M>) => {
    const envelope = await app.core.dispatch(method, input);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}`);
    return envelope.value as { logId: string };
  };
  await call('session.createProfile', { name: 'Siri Sorterer', unit: 'Nordby skole', service: 'school', passphrase: PASSPHRASE, passphraseRepeat: PASSPHRASE, locale: 'nb' });
  for (const child of CHILDREN) {
    const { logId } = await call('logs.open', { childName: child.childName, birthDate: child.birthDate, unit: 'Nordby skole', level: child.level });
    if (child.evaluationDate) {
      await call('log.planMeasure', {
        logId,
        goal: `Mål for ${child.childName}`,
        description: 'Fast voksen i friminuttene.',
        responsiblePerson: 'Siri Sorterer',
        responsibleService: 'school',
        startDate: '2026-09-01',
        evaluationDate: child.evaluationDate,
      });
    }
  }
  await call('session.lock', {});
});

const childColumn = (page: Page) => page.getByTestId('log-table').locator('tbody tr td:first-child');
const header = (page: Page, name: string) => page.getByTestId('log-table').getByRole('columnheader', { name });

describe('My logs, sorted', () => {
  it('sorts by any column with a click or the keyboard, says how it is sorted, keeps logs without an evaluation last, and remembers the order', { timeout: 120_000 }, async () => {
    const { page, problems } = await e2e.openPage();
    await page.getByLabel(nb.unlock.passphrase).fill(PASSPHRASE);
    await page.getByRole('button', { name: nb.unlock.submit }).click();

    // First the newest activity, as the core sends them: the last log opened is on top.
    await eventually(() => childColumn(page).allTextContents()).toEqual(['Anton Prøve', 'Øydis Prøve', 'Bodil Prøve', 'Åsmund Prøve']);
    expect(await header(page, nb.logs.lastActivity).getAttribute('aria-sort')).toBe('descending');

    // The most pressing evaluation first; the log with none planned last.
    await header(page, nb.logs.nextEvaluation).getByRole('button').click();
    await eventually(() => childColumn(page).allTextContents()).toEqual(['Øydis Prøve', 'Åsmund Prøve', 'Anton Prøve', 'Bodil Prøve']);
    expect(await header(page, nb.logs.nextEvaluation).getAttribute('aria-sort')).toBe('ascending');
    expect(await header(page, nb.logs.lastActivity).getAttribute('aria-sort')).toBe('none');
    await eventually(() => page.getByTestId('live-status').textContent()).toBe(nb.logs.sortedBy(nb.logs.nextEvaluation, true));
    await checkScreen(page, '40-my-logs-by-next-evaluation');

    // With the keyboard: the child's name, in the Norwegian alphabet, then turned round.
    await header(page, nb.logs.child).getByRole('button').focus();
    await page.keyboard.press('Enter');
    await eventually(() => childColumn(page).allTextContents()).toEqual(['Anton Prøve', 'Bodil Prøve', 'Øydis Prøve', 'Åsmund Prøve']);
    await page.keyboard.press('Enter');
    await eventually(() => childColumn(page).allTextContents()).toEqual(['Åsmund Prøve', 'Øydis Prøve', 'Bodil Prøve', 'Anton Prøve']);
    expect(await header(page, nb.logs.child).getAttribute('aria-sort')).toBe('descending');

    // The highest level first.
    await header(page, nb.logs.level).getByRole('button').click();
    await eventually(() => childColumn(page).allTextContents()).toEqual(['Øydis Prøve', 'Åsmund Prøve', 'Anton Prøve', 'Bodil Prøve']);

    // The order is still chosen after a visit to a log.
    await page.getByRole('link', { name: 'Anton Prøve' }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Anton Prøve');
    await page.getByRole('link', { name: nb.log.back }).click();
    await eventually(() => childColumn(page).allTextContents()).toEqual(['Øydis Prøve', 'Åsmund Prøve', 'Anton Prøve', 'Bodil Prøve']);
    expect(await header(page, nb.logs.level).getAttribute('aria-sort')).toBe('descending');
    expect(problems).toEqual([]);
  });
});
