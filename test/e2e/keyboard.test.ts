import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nb } from '../../src-renderer/i18n/nb';
import { checkScreen, eventually, setUpApp } from './support/app';

const e2e = setUpApp();

interface Focused {
  tag: string;
  name: string;
  inDialog: boolean;
}

/** What has focus, and its name as a user hears it: its label, aria-label or text. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', name: '', inDialog: false };
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    const name = (el.getAttribute('aria-label') ?? (labelled || el.textContent) ?? '').trim();
    return { tag: el.tagName.toLowerCase(), name, inDialog: el.closest('dialog') !== null };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element is the one wanted; fails if it is never reached. */
async function tabTo(page: Page, name: string | RegExp, tag?: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const matches = (f: Focused) => (typeof name === 'string' ? f.name.startsWith(name) : name.test(f.name)) && (!tag || f.tag === tag);
  for (let i = 0; i < 60; i++) {
    if (matches(await focused(page))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach ${String(name)} with ${key}`);
}

describe('keyboard only', () => {
  it('completes the first run and writes a concern without a mouse', { timeout: 180_000 }, async () => {
    const { page, problems } = await e2e.openPage();
    const kb = page.keyboard;
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.firstRun.title);

    // Step 1.
    await tabTo(page, nb.firstRun.name, 'input');
    await kb.type('Kari Tastatur');
    await tabTo(page, nb.firstRun.unit, 'input');
    await kb.type('Solbakken barnehage');
    await tabTo(page, nb.firstRun.service, 'select');
    await kb.type(nb.services.kindergarten);
    expect(await page.getByLabel(nb.firstRun.service).inputValue()).toBe('kindergarten');
    await tabTo(page, nb.next, 'button');
    await kb.press('Enter');

    // Step 2: Enter in the last field submits.
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.firstRun.passphraseTitle);
    await tabTo(page, nb.firstRun.passphrase, 'input');
    await kb.type('tastatur er alt jeg trenger');
    await kb.press('Tab');
    await kb.type('tastatur er alt jeg trenger');
    await kb.press('Enter');
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.logs.title);

    // The skip link is the first stop on the page and takes the user to the main content.
    await tabTo(page, nb.skipToContent, 'a', 'Shift+Tab');
    await kb.press('Enter');
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Open a log.
    await tabTo(page, nb.logs.create, 'button');
    await kb.press('Enter');
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(nb.newLog.title);
    await tabTo(page, nb.newLog.childName, 'input');
    await kb.type('Emil Eksempel');
    await kb.press('Tab');
    await kb.type('14.03.2019');
    await tabTo(page, nb.newLog.unit, 'input');
    await kb.type('Solbakken barnehage');
    await tabTo(page, `${nb.levels.short(0)} – ${nb.levels.title[0]}`, 'input');
    // Arrow keys move through a radio group and choose as they go.
    await kb.press('ArrowDown');
    expect(await page.getByLabel(`${nb.levels.short(1)} – ${nb.levels.title[1]}`).isChecked()).toBe(true);
    await tabTo(page, nb.newLog.submit, 'button');
    await kb.press('Enter');
    await eventually(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Emil Eksempel');

    // A dialog opened from the keyboard: Escape closes it and focus returns to the button that opened it.
    await tabTo(page, nb.kinds.concern, 'button');
    await kb.press('Enter');
    await eventually(() => page.getByRole('dialog').isVisible()).toBe(true);
    await eventually(() => focused(page).then((f) => f.inDialog)).toBe(true);
    await kb.press('Escape');
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    await eventually(() => focused(page).then((f) => f.name)).toContain(nb.kinds.concern);

    // Open it again and write the concern; focus never leaves the dialog while it is open.
    await kb.press('Enter');
    await eventually(() => focused(page).then((f) => f.inDialog)).toBe(true);
    for (let i = 0; i < 20; i++) {
      await kb.press('Tab');
      expect((await focused(page)).inDialog).toBe(true);
    }
    await tabTo(page, nb.entryForm.observation, 'textarea');
    await kb.type('Emil gråter ofte ved levering om morgenen.');
    await tabTo(page, nb.entryForm.childVoice, 'textarea');
    await kb.type('Sier han savner pappa.');
    await checkScreen(page, '20-keyboard-concern');
    await tabTo(page, nb.save, 'button');
    await kb.press('Enter');

    // Saved, announced, and focus is on the new entry.
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    await eventually(() => page.getByTestId('live-status').textContent()).toBe(nb.log.entrySaved(nb.kinds.concern));
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('data-kind'))).toBe('concern');
    await eventually(() => page.getByTestId('timeline-entry').count()).toBe(2);
    expect(problems).toEqual([]);
  });
});
