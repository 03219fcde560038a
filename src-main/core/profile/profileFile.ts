import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../../src-shared/domain/vocabulary';
import type { WrappedKey } from './keys';

/**
 * The profile folder holds profile.json (below) and the encrypted store. profile.json carries nothing personal
 * in the clear: the user is sealed with the database key; the key itself is wrapped by the passphrase and,
 * where the OS offers it (Electron's safeStorage), protected once more so the file is useless on another machine.
 */
export interface ProfileFile {
  formatVersion: 1;
  createdAt: string;
  locale: Locale;
  /** Present when the OS could not protect the wrapped key. */
  wrappedKey: WrappedKey | null;
  /** The wrapped key, JSON, protected by the OS (base64). */
  osProtectedKey: string | null;
  /** The user (Actor), sealed with the database key. */
  sealedUser: string;
}

export const PROFILE_FILE = 'profile.json';
export const STORE_FILE = 'stafett.db';

export function profilePaths(dataDir: string) {
  return { profile: join(dataDir, PROFILE_FILE), store: join(dataDir, STORE_FILE), attempts: join(dataDir, 'unlock-attempts.json') };
}

export function profileExists(dataDir: string): boolean {
  return existsSync(profilePaths(dataDir).profile);
}

export function readProfile(dataDir: string): ProfileFile | null {
  const file = profilePaths(dataDir).profile;
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as ProfileFile;
}

/** Writes the file whole or not at all: write a sibling, flush it, rename over. */
export function writeJsonAtomically(file: string, value: unknown): void {
  const temporary = `${file}.partial`;
  writeFileSync(temporary, JSON.stringify(value, null, 2), { mode: 0o600 });
  const fd = openSync(temporary, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

export function writeProfile(dataDir: string, profile: ProfileFile): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeJsonAtomically(profilePaths(dataDir).profile, profile);
}
