import { existsSync, mkdirSync, rmSync } from 'node:fs';
import type { SessionStatus } from '../../../src-shared/api/dto';
import { StafettError } from '../../../src-shared/domain/errors';
import type { Actor } from '../../../src-shared/domain/events';
import type { Locale } from '../../../src-shared/domain/vocabulary';
import type { KeyProtector } from '../api/Core';
import { newDatabaseKey, seal, unseal, unwrapKey, wrapKey, type WrappedKey } from '../profile/keys';
import { profilePaths, readProfile, writeProfile, type ProfileFile } from '../profile/profileFile';
import { UnlockAttempts } from '../profile/unlockAttempts';
import type { LogStore } from '../store/Interface';

export interface SessionOptions {
  dataDir: string;
  keyProtector?: KeyProtector;
  idleLockMinutes: number;
  now: () => Date;
  openStore: (options: { file: string; key: Uint8Array }) => LogStore;
  /** Called whenever the status changes (locked, unlocked, locale). */
  onChange: (status: SessionStatus) => void;
}

export interface NewProfile {
  user: Actor;
  passphrase: string;
  locale: Locale;
}

export interface Unlocked {
  store: LogStore;
  user: Actor;
}

/**
 * The profile's lifecycle: first run, unlock, lock, idle lock. While locked the database is closed and its key
 * is nowhere in memory; the store exists only between unlock and lock.
 */
export class Session {
  private unlocked: Unlocked | null = null;
  private locale: Locale;
  private idleTimer: NodeJS.Timeout | null = null;
  private pending: Promise<unknown> | null = null;
  private readonly attempts: UnlockAttempts;

  constructor(private readonly options: SessionOptions) {
    this.locale = readProfile(options.dataDir)?.locale ?? 'nb';
    this.attempts = new UnlockAttempts(options.dataDir);
  }

  status(): SessionStatus {
    const state = this.unlocked ? 'unlocked' : readProfile(this.options.dataDir) ? 'locked' : 'none';
    return { state, user: this.unlocked?.user ?? null, locale: this.locale, idleLockMinutes: this.options.idleLockMinutes };
  }

  currentLocale(): Locale {
    return this.locale;
  }

  requireUnlocked(): Unlocked {
    if (this.unlocked) return this.unlocked;
    throw new StafettError(readProfile(this.options.dataDir) ? 'locked' : 'noProfile');
  }

  createProfile(profile: NewProfile): Promise<SessionStatus> {
    return this.exclusive(async () => {
      if (readProfile(this.options.dataDir)) throw new StafettError('profileExists');
      const paths = profilePaths(this.options.dataDir);
      mkdirSync(this.options.dataDir, { recursive: true, mode: 0o700 });
      // A store without a profile is left from an interrupted first run; nobody can ever open it, so start afresh.
      for (const file of [paths.store, `${paths.store}-wal`, `${paths.store}-shm`]) {
        if (existsSync(file)) rmSync(file);
      }
      const key = newDatabaseKey();
      try {
        const store = this.options.openStore({ file: paths.store, key });
        const wrapped = await wrapKey(key, profile.passphrase);
        const file: ProfileFile = {
          formatVersion: 1,
          createdAt: this.options.now().toISOString(),
          locale: profile.locale,
          ...this.protect(wrapped),
          sealedUser: seal(key, profile.user),
        };
        // The profile is written last: until it exists, the first run has not happened.
        writeProfile(this.options.dataDir, file);
        this.attempts.reset();
        this.locale = profile.locale;
        this.becomeUnlocked({ store, user: profile.user });
      } finally {
        key.fill(0);
      }
      return this.status();
    });
  }

  unlock(passphrase: string): Promise<SessionStatus> {
    return this.exclusive(async () => {
      if (this.unlocked) return this.status();
      const file = readProfile(this.options.dataDir);
      if (!file) throw new StafettError('noProfile');
      const wait = this.attempts.secondsToWait(this.options.now().getTime());
      if (wait > 0) throw new StafettError('tooManyAttempts', { retryAfterSeconds: wait });
      let key: Buffer;
      try {
        key = await unwrapKey(this.unprotect(file), passphrase);
      } catch (error) {
        if (error instanceof StafettError && error.code === 'wrongPassphrase') {
          this.attempts.recordFailure(this.options.now().getTime());
        }
        throw error;
      }
      try {
        const store = this.options.openStore({ file: profilePaths(this.options.dataDir).store, key });
        const user = unseal<Actor>(key, file.sealedUser);
        this.attempts.reset();
        this.becomeUnlocked({ store, user });
      } finally {
        key.fill(0);
      }
      return this.status();
    });
  }

  lock(): SessionStatus {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (this.unlocked) {
      this.unlocked.store.close();
      this.unlocked = null;
      this.options.onChange(this.status());
    }
    return this.status();
  }

  setLocale(locale: Locale): SessionStatus {
    this.locale = locale;
    const file = readProfile(this.options.dataDir);
    if (file) writeProfile(this.options.dataDir, { ...file, locale });
    const status = this.status();
    this.options.onChange(status);
    return status;
  }

  /** The user did something: the idle lock starts counting again. */
  touch(): void {
    if (!this.unlocked) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.lock(), this.options.idleLockMinutes * 60_000);
    this.idleTimer.unref();
  }

  private becomeUnlocked(unlocked: Unlocked): void {
    this.unlocked = unlocked;
    this.touch();
    this.options.onChange(this.status());
  }

  private protect(wrapped: WrappedKey): Pick<ProfileFile, 'wrappedKey' | 'osProtectedKey'> {
    const protector = this.options.keyProtector;
    if (!protector?.isAvailable()) return { wrappedKey: wrapped, osProtectedKey: null };
    const bytes = protector.protect(new TextEncoder().encode(JSON.stringify(wrapped)));
    return { wrappedKey: null, osProtectedKey: Buffer.from(bytes).toString('base64') };
  }

  private unprotect(file: ProfileFile): WrappedKey {
    if (file.wrappedKey) return file.wrappedKey;
    const protector = this.options.keyProtector;
    if (!file.osProtectedKey || !protector?.isAvailable()) throw new StafettError('storeDamaged');
    const bytes = protector.unprotect(Buffer.from(file.osProtectedKey, 'base64'));
    return JSON.parse(new TextDecoder().decode(bytes)) as WrappedKey;
  }

  /** One profile operation at a time: two unlocks racing must not open the store twice. */
  private async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.pending) await this.pending.catch(() => undefined);
    const running = work();
    this.pending = running;
    try {
      return await running;
    } finally {
      this.pending = null;
    }
  }
}
