import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withCheckDigits } from '../../src-shared/identity/nationalIdentityNumber';
import { nb } from '../../src-renderer/i18n/nb';
import { checkScreen, eventually, setUpApp } from './support/app';

/** Synthetic people only. */
const STAFF = { name: 'Tone Testlærer', unit: 'Nordby skole', service: nb.services.school };
const PASSPHRASE = 'blå fjell og grønne enger';
const CHILD = { name: 'Sander Syntetisk', birthDate: '05.06.2016', unit: 'Nordby skole' };

/** A synthetic test number (month + 80) for a birth date (ddmmyy, by default the child's), with valid check digits. */
function syntheticNationalId(ddmmyy = '050616'): string {
  const dateDigits = `${ddmmyy.slice(0, 2)}${Number(ddmmyy.slice(2, 4)) + 80}${ddmmyy.slice(4)}`;
  for (let individual = 500; individual < 1000; individual++) {
    const number = withCheckDigits(`${dateDigits}${individual}`);
    if (number) return number;
  }
  throw new Error('no synthetic number');
}

const e2e = setUpApp();

const dialog = (page: Page) => page.getByRole('dialog');
const entries = (page: Page) => page.getByTestId('timeline-entry');
const entryOfKind = (page: Page, kind: string) => entries(page).and(page.locator(`[data-kind="${kind}"]`));
const activeKind = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-kind'));

async function openNewEntry(page: Page, testId: string, screenshot?: string) {
  await page.getByTestId(testId).click();
  await eventually(() => dialog(page).isVisible()).toBe(true);
  if (screenshot) await checkScreen(page, screenshot);
}

async function saveEntry(page: Page, savedMessage: string) {
  await dialog(page).getByTestId('submit-entry').click();
  await eventually(() => dialog(page).count()).toBe(0);
  await eventually(() => page.getByTestId('saved-alert').textContent()).toBe(savedMessage);
}

describe('Stafett in the browser, against the real web host and core', () => {
  it('takes a new user from first run through every kind of entry, search, lock and a restart', { timeout: 240_000 }, async () => {
    const { page, problems } = await e2e.openPage();

    // The token leaves the address bar at once.
    await eventually(() => page.url()).not.toContain('token');

    // First run, step 1: who I am.
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.firstRun.title);
    await checkScreen(page, '01-first-run-who');
    await page.getByRole('button', { name: nb.next }).click();
    await eventually(() => page.getByTestId('error-summary').isVisible()).toBe(true);
    await checkScreen(page, '02-first-run-who-errors');
    await page.getByLabel(nb.firstRun.name).fill(STAFF.name);
    await page.getByLabel(nb.firstRun.unit, { exact: false }).first().fill(STAFF.unit);
    await page.getByLabel(nb.firstRun.service).selectOption({ label: STAFF.service });
    await page.getByRole('button', { name: nb.next }).click();

    // Step 2: the passphrase, typed twice; a mismatch is caught before anything is created.
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.firstRun.passphraseTitle);
    await page.getByLabel(nb.firstRun.passphrase, { exact: true }).fill(PASSPHRASE);
    await page.getByLabel(nb.firstRun.passphraseRepeat).fill(`${PASSPHRASE}!`);
    await page.getByRole('button', { name: nb.firstRun.create }).click();
    await eventually(() => page.getByTestId('error-summary').textContent()).toContain('Passordfrasene er ikke like.');
    await checkScreen(page, '03-first-run-passphrase');
    await page.getByLabel(nb.firstRun.passphraseRepeat).fill(PASSPHRASE);
    await page.getByRole('button', { name: nb.firstRun.create }).click();

    // My logs, empty, with the user in the header.
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.logs.title);
    await eventually(() => page.locator('.header-user').textContent()).toContain(STAFF.name);
    await checkScreen(page, '04-my-logs-empty');

    // Open a log: an empty submit names every missing field, then a valid one opens the child's log.
    await page.getByTestId('create-log').click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.newLog.title);
    await page.getByRole('button', { name: nb.newLog.submit }).click();
    await eventually(() => page.getByTestId('error-summary').locator('a').count()).toBe(4);
    await checkScreen(page, '05-new-log-errors');
    await page.getByLabel(nb.newLog.childName).fill(CHILD.name);
    await page.getByLabel(nb.newLog.birthDate).fill(CHILD.birthDate);
    await page.getByLabel(nb.newLog.nationalId).fill('12345678901');
    await page.getByLabel(nb.newLog.unit, { exact: true }).fill(CHILD.unit);
    await page.getByLabel(`${nb.levels.short(1)} – ${nb.levels.title[1]}`).check();
    await page.getByRole('button', { name: nb.newLog.submit }).click();
    await eventually(() => page.getByTestId('error-summary').textContent()).toContain('Fødselsnummeret eller D-nummeret er ikke gyldig');
    // A well-formed number for another day: the core compares it with the birth date and says so on the field.
    await page.getByLabel(nb.newLog.nationalId).fill(syntheticNationalId('060616'));
    await page.getByRole('button', { name: nb.newLog.submit }).click();
    await eventually(() => page.getByTestId('error-summary').textContent()).toContain('Fødselsnummeret passer ikke med fødselsdatoen');
    await eventually(() => page.getByLabel(nb.newLog.nationalId).getAttribute('aria-invalid')).toBe('true');
    await checkScreen(page, '05b-new-log-number-not-birth-date');
    await page.getByLabel(nb.newLog.nationalId).fill(syntheticNationalId());
    await page.getByRole('button', { name: nb.newLog.submit }).click();

    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(CHILD.name);
    await eventually(() => page.getByTestId('log-header').textContent()).toContain('05.06.2016');
    await eventually(() => entries(page).count()).toBe(1);
    await checkScreen(page, '06-log-opened');

    // A concern, with the warning about reporting abuse straight to child welfare.
    await openNewEntry(page, 'new-concern', '07-concern-form');
    await eventually(() => dialog(page).textContent()).toContain('bekymringsmelding');
    await dialog(page).getByRole('button', { name: nb.save }).click();
    await eventually(() => dialog(page).getByTestId('error-summary').textContent()).toContain(nb.fields.observation!);
    await checkScreen(page, '08-concern-form-errors');
    await dialog(page).getByLabel(nb.entryForm.observation).fill('Sander sitter ofte alene i friminuttene og virker sliten om morgenen.');
    await dialog(page).getByLabel(nb.entryForm.childVoice).fill('Sier han ikke har noen å være med.');
    await dialog(page).getByLabel(nb.entryForm.guardianView).fill('Foresatte har sett det samme hjemme.');
    await dialog(page).getByLabel(nb.entryForm.developmentAreas).fill('Sosialt samspill');
    await saveEntry(page, nb.log.entrySaved(nb.kinds.concern));
    // Focus lands on what was written.
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('data-kind'))).toBe('concern');

    await openNewEntry(page, 'new-brightSpot', '08b-bright-spot-form');
    await dialog(page).getByLabel(nb.entryForm.brightSpotText).fill('Hjalp en yngre elev med lesingen og var stolt etterpå.');
    await saveEntry(page, nb.log.entrySaved(nb.kinds.brightSpot));

    await openNewEntry(page, 'new-note', '08c-note-form');
    await dialog(page).getByLabel(nb.contacts.call).check();
    await dialog(page).getByLabel(nb.entryForm.noteText).fill('Ringte mor. Avtalte møte neste uke.');
    await saveEntry(page, nb.log.entrySaved(nb.kinds.note));

    // The measure answers the concern: one checkbox per concern of the log, named by its date and first words, none checked.
    await openNewEntry(page, 'new-measure');
    const concernChoice = dialog(page).getByRole('group', { name: nb.entryForm.concernIds });
    await eventually(() => concernChoice.getByRole('checkbox').count()).toBe(1);
    await checkScreen(page, '09-measure-form');
    const concernBox = concernChoice.getByRole('checkbox', { name: /^\d{2}\.\d{2}\.\d{4} – Sander sitter ofte alene i friminuttene …$/ });
    expect(await concernBox.isChecked()).toBe(false);
    await dialog(page).getByLabel(nb.entryForm.goal, { exact: true }).fill('Sander har en fast venn i friminuttene');
    await dialog(page).getByLabel(nb.entryForm.description).fill('Vennegruppe to ganger i uken med kontaktlærer.');
    await dialog(page).getByLabel(nb.entryForm.evaluationDate).fill('01.09.2030');
    await concernBox.focus();
    await page.keyboard.press('Space');
    await eventually(() => concernBox.isChecked()).toBe(true);
    await checkScreen(page, '09b-measure-form-concern-checked');
    await saveEntry(page, nb.log.entrySaved(nb.kinds.measure));

    // The measure names the concern it answers; the link, followed from the keyboard, focuses the concern.
    const concernLink = entryOfKind(page, 'measure').getByRole('link', {
      name: new RegExp(`^${nb.kinds.concern}, \\d{2}\\.\\d{2}\\.\\d{4} – Sander sitter ofte alene`),
    });
    await eventually(() => entryOfKind(page, 'measure').locator('.entry-links').textContent()).toMatch(
      new RegExp(`^${nb.log.linkedConcerns}:\\d{2}\\.\\d{2}\\.\\d{4} – Sander sitter ofte alene i friminuttene …$`),
    );
    await eventually(() => activeKind(page)).toBe('measure');
    await concernLink.focus();
    await page.keyboard.press('Enter');
    await eventually(() => activeKind(page)).toBe('concern');

    await openNewEntry(page, 'new-evaluation', '10-evaluation-form');
    await dialog(page).getByLabel(nb.entryForm.measure).selectOption({ index: 1 });
    await dialog(page).getByLabel(nb.entryForm.whatHappened).fill('Gruppen er i gang, Sander deltar hver gang.');
    await dialog(page).getByLabel(nb.goalReached.partly).check();
    await dialog(page).getByLabel(nb.decisions.adjust).check();
    await dialog(page).getByLabel(nb.entryForm.nextEvaluationDate).fill('01.12.2030');
    await saveEntry(page, nb.log.entrySaved(nb.kinds.evaluation));

    await openNewEntry(page, 'change-level', '11-level-form');
    await dialog(page).getByLabel(`${nb.levels.short(2)} – ${nb.levels.title[2]}`).check();
    await dialog(page).getByLabel(nb.entryForm.reason).fill('PPT kobles inn for kartlegging.');
    await saveEntry(page, nb.log.entrySaved(nb.kinds.levelChange));
    await eventually(() => page.getByTestId('log-header').textContent()).toContain(nb.levels.short(2));
    await eventually(() => entries(page).count()).toBe(7);

    // Amend the concern: the original stays visible with who changed what, when and why.
    const concern = entries(page).and(page.locator('[data-kind="concern"]'));
    await concern.getByRole('button', { name: /^Rett/ }).click();
    await eventually(() => dialog(page).isVisible()).toBe(true);
    await checkScreen(page, '12-amend-form');
    await dialog(page).getByLabel(nb.entryForm.observation).fill('Sander sitter ofte alene i storefri og virker sliten om morgenen.');
    await dialog(page).getByLabel(nb.entryForm.amendReason).fill('Presisering: gjelder storefri.');
    await saveEntry(page, nb.log.amendmentSaved);
    await eventually(() => concern.locator('.amendments').textContent()).toMatch(
      /Rettet av Tone Testlærer, \d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}:.*Observasjon fra «Sander sitter ofte alene i friminuttene.*» til «Sander sitter ofte alene i storefri.*».*Begrunnelse: Presisering: gjelder storefri\./,
    );
    // The measure's link names the concern as it stands now.
    await eventually(() => concernLink.textContent()).toContain('Sander sitter ofte alene i storefri …');
    await checkScreen(page, '13-log-with-entries');

    // Filter by kind. Following the measure's link clears a filter that hides the concern, and focuses it.
    await page.getByText(nb.kinds.measure, { exact: true }).and(page.locator('label')).click();
    await eventually(() => entries(page).count()).toBe(1);
    await concernLink.click();
    await eventually(() => entries(page).count()).toBe(7);
    await eventually(() => activeKind(page)).toBe('concern');

    // My logs lists the log with its level, holder and next evaluation.
    await page.getByRole('link', { name: nb.log.back }).click();
    const row = page.getByTestId('log-table').getByRole('row', { name: new RegExp(CHILD.name) });
    await eventually(() => row.textContent()).toContain('01.12.2030');
    await eventually(() => row.textContent()).toContain(nb.levels.short(2));
    await checkScreen(page, '14-my-logs');

    // Search finds the amended text, marks the words, and opens the log at the entry.
    await page.getByRole('searchbox', { name: nb.search.label }).fill('storefri');
    await eventually(() => page.getByTestId('search-hits').locator('mark').first().textContent()).toBe('storefri');
    await checkScreen(page, '15-search');
    await page.getByTestId('search-hits').getByRole('link').first().click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(CHILD.name);
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('data-kind'))).toBe('concern');

    // Lock: the unlock screen; a wrong passphrase is refused clearly; the right one opens again.
    await page.getByRole('button', { name: nb.header.lock }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.unlock.title);
    await eventually(() => page.getByText(CHILD.name).count()).toBe(0);
    await page.getByLabel(nb.unlock.passphrase).fill('feil passordfrase her');
    await page.getByRole('button', { name: nb.unlock.submit }).click();
    await eventually(() => page.locator('#main').textContent()).toContain('Feil passordfrase. Ingenting er endret.');
    await checkScreen(page, '16-unlock-wrong');
    await page.getByLabel(nb.unlock.passphrase).fill(PASSPHRASE);
    await page.getByRole('button', { name: nb.unlock.submit }).click();
    // Back where the user was, with the log read afresh from the store.
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(CHILD.name);
    await eventually(() => entries(page).count()).toBe(7);
    await page.getByRole('link', { name: nb.log.back }).click();
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.logs.title);

    // The language follows the user's choice, and so does the lang attribute.
    await page.getByLabel(nb.language).selectOption('nn');
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mine loggar');
    await eventually(() => page.evaluate(() => document.documentElement.lang)).toBe('nn');
    await checkScreen(page, '17-my-logs-nynorsk');
    await page.getByLabel('Språk').selectOption('nb');
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.logs.title);

    expect(problems).toEqual([]);
    await page.context().close();

    // Restart the host and the core on the same profile folder: everything is still there.
    await e2e.restart();
    const second = await e2e.openPage();
    await eventually(() => second.page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.unlock.title);
    await checkScreen(second.page, '18-unlock-after-restart');
    await second.page.getByLabel(nb.unlock.passphrase).fill(PASSPHRASE);
    await second.page.getByRole('button', { name: nb.unlock.submit }).click();
    await second.page.getByRole('link', { name: CHILD.name }).click();
    await eventually(() => entries(second.page).count()).toBe(7);
    await eventually(() => second.page.locator('.amendments').textContent()).toContain('Presisering: gjelder storefri.');
    expect(second.problems).toEqual([]);
    await second.page.context().close();
  });
});
