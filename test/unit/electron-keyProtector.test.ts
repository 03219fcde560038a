import { describe, expect, it } from 'vitest';
import { createSafeStorageKeyProtector } from '../../src-main/electron/keyProtector';

/** A stand-in for safeStorage whose "encryption" is reversible and visibly not the input. */
function fakeSafeStorage(available: boolean, backend: string) {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as 'basic_text',
    encryptString: (text: string) => Buffer.from(`os:${[...text].reverse().join('')}`),
    decryptString: (data: Buffer) => [...data.toString().slice(3)].reverse().join(''),
  };
}

describe('the safeStorage key protector', () => {
  it('round-trips arbitrary bytes and never returns them in the clear', () => {
    const protector = createSafeStorageKeyProtector(fakeSafeStorage(true, 'unknown'), 'win32');
    const key = Uint8Array.from({ length: 64 }, (_, index) => (index * 37) % 256);
    const wrapped = protector.protect(key);
    expect(Buffer.from(wrapped).includes(Buffer.from(key))).toBe(false);
    expect(protector.unprotect(wrapped)).toEqual(key);
  });

  it('is unavailable when the OS offers no encryption', () => {
    expect(createSafeStorageKeyProtector(fakeSafeStorage(false, 'unknown'), 'win32').isAvailable()).toBe(false);
  });

  it("does not count Linux's hard-coded fallback password as protection", () => {
    expect(createSafeStorageKeyProtector(fakeSafeStorage(true, 'basic_text'), 'linux').isAvailable()).toBe(false);
    expect(createSafeStorageKeyProtector(fakeSafeStorage(true, 'gnome_libsecret'), 'linux').isAvailable()).toBe(true);
  });
});
