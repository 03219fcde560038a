import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { NEW_PROFILE, PASSPHRASE, tempCore, tempDir } from '../support/tempCore';
import type { KeyProtector } from '../../src-main/core/api/Core';

const disposers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  vi.useRealTimers();
  while (disposers.length) await disposers.pop()!();
});

function core(options: Parameters<typeof tempCore>[0] = {}) {
  const made = tempCore(options);
  disposers.push(made.dispose);
  return made;
}

describe('first run, unlock and lock', () => {
  it('starts with no profile, creates one, and is then unlocked as that user', async () => {
    const { call } = core();
    expect((await call('session.status', {})).state).toBe('none');
    const status = await call('session.createProfile', NEW_PROFILE);
    expect(status.state).toBe('unlocked');
    expect(status.user).toMatchObject({ name: 'Testine Testesen', unit: 'Solsikken barnehage', service: 'kindergarten' });
  });

  it('refuses a short passphrase and two passphrases that differ, and creates nothing', async () => {
    const { raw, call } = core();
    const short = await raw('session.createProfile', { ...NEW_PROFILE, passphrase: 'kort', passphraseRepeat: 'kort' });
    expect(short).toMatchObject({ ok: false, error: { code: 'validation', params: { fields: [{ path: 'passphrase', problem: 'passphraseTooShort' }] } } });
    const differ = await raw('session.createProfile', { ...NEW_PROFILE, passphraseRepeat: `${PASSPHRASE}!` });
    expect(differ).toMatchObject({ ok: false, error: { code: 'validation', params: { fields: [{ path: 'passphraseRepeat', problem: 'passphrasesDiffer' }] } } });
    expect((await call('session.status', {})).state).toBe('none');
  });

  it('refuses a second profile in the same folder', async () => {
    const { raw, call } = core();
    await call('session.createProfile', NEW_PROFILE);
    const again = await raw('session.createProfile', { ...NEW_PROFILE, name: 'Noen Andre' });
    expect(again).toMatchObject({ ok: false, error: { code: 'profileExists', message: 'Det finnes allerede en profil på denne maskinen.' } });
    expect((await call('session.status', {})).user?.name).toBe('Testine Testesen');
  });

  it('locks (closing the store) and unlocks with the passphrase; data needs an unlocked session', async () => {
    const { call, raw } = core();
    await call('session.createProfile', NEW_PROFILE);
    expect((await call('session.lock', {})).state).toBe('locked');
    const refused = await raw('logs.mine', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect((await call('session.unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
    expect(await call('logs.mine', {})).toEqual([]);
  });

  it('a wrong passphrase gives a clear error in the chosen language and changes nothing', async () => {
    const { call, raw, dir } = core();
    await call('session.createProfile', { ...NEW_PROFILE, locale: 'nn' });
    await call('session.lock', {});
    const before = readFileSync(join(dir, 'profile.json'), 'utf8');
    const wrong = await raw('session.unlock', { passphrase: 'feil passordfrase her' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrongPassphrase', message: 'Feil passordfrase. Ingenting er endra.' } });
    expect(readFileSync(join(dir, 'profile.json'), 'utf8')).toBe(before);
    expect((await call('session.status', {})).state).toBe('locked');
  });

  it('slows down after repeated failures, even across a restart', async () => {
    const folder = tempDir();
    disposers.push(folder.remove);
    let now = new Date('2026-06-01T10:00:00Z');
    const first = core({ dataDir: folder.dir, now: () => now });
    await first.call('session.createProfile', NEW_PROFILE);
    await first.call('session.lock', {});
    for (let i = 0; i < 3; i++) expect(await first.raw('session.unlock', { passphrase: 'feil feil feil' })).toMatchObject({ error: { code: 'wrongPassphrase' } });
    await first.core.close();

    const second = core({ dataDir: folder.dir, now: () => now });
    const throttled = await second.raw('session.unlock', { passphrase: PASSPHRASE });
    expect(throttled).toMatchObject({ ok: false, error: { code: 'tooManyAttempts', params: { retryAfterSeconds: 1 } } });
    expect((throttled as { error: { message: string } }).error.message).toContain('Vent 1 sekund og prøv igjen');
    now = new Date(now.getTime() + 1500);
    expect((await second.call('session.unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
  });

  it('locks itself after the idle time and tells subscribers', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { call, core: c } = core({ idleLockMinutes: 5 });
    const seen: string[] = [];
    c.subscribe((topic, message) => {
      if (topic === 'session.changed') seen.push((message as { state: string }).state);
    });
    await call('session.createProfile', NEW_PROFILE);
    vi.advanceTimersByTime(4 * 60_000);
    await call('session.touch', {});
    vi.advanceTimersByTime(4 * 60_000);
    expect((await call('session.status', {})).state).toBe('unlocked');
    vi.advanceTimersByTime(60_001);
    expect((await call('session.status', {})).state).toBe('locked');
    expect(seen).toEqual(['unlocked', 'locked']);
  });

  it('keeps nothing personal in the profile folder outside the encrypted store', async () => {
    const { call, dir } = core();
    await call('session.createProfile', NEW_PROFILE);
    await call('session.lock', {});
    const plainFiles = readdirSync(dir).filter((name) => !name.startsWith('stafett.db'));
    for (const name of plainFiles) expect(readFileSync(join(dir, name), 'utf8')).not.toContain('Testine');
  });

  it('with an OS key protector, the profile is useless without it', async () => {
    const mask = (bytes: Uint8Array) => bytes.map((b) => b ^ 0x5a);
    const protector: KeyProtector = { isAvailable: () => true, protect: mask, unprotect: mask };
    const folder = tempDir();
    disposers.push(folder.remove);
    const withOs = core({ dataDir: folder.dir, keyProtector: protector });
    await withOs.call('session.createProfile', NEW_PROFILE);
    await withOs.core.close();
    const profile = JSON.parse(readFileSync(join(folder.dir, 'profile.json'), 'utf8'));
    expect(profile.wrappedKey).toBeNull();
    const withoutOs = core({ dataDir: folder.dir });
    expect(await withoutOs.raw('session.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'storeDamaged' } });
    await withoutOs.core.close();
    const again = core({ dataDir: folder.dir, keyProtector: protector });
    expect((await again.call('session.unlock', { passphrase: PASSPHRASE })).state).toBe('unlocked');
  });
});
