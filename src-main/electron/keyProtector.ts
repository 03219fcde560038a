import type { SafeStorage } from 'electron';
import type { KeyProtector } from '../core/api/Core';

/**
 * Wraps the (already passphrase-wrapped) database key once more with the OS: DPAPI on Windows, the Keychain
 * on macOS, the Secret Service on Linux. safeStorage encrypts strings, so the bytes travel as base64.
 */
export function createSafeStorageKeyProtector(
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>,
  platform: NodeJS.Platform,
): KeyProtector {
  return {
    isAvailable() {
      if (!safeStorage.isEncryptionAvailable()) return false;
      // On Linux without a keyring Chromium falls back to a hard-coded password: that protects nothing.
      return platform !== 'linux' || safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
    },
    protect(plain) {
      return new Uint8Array(safeStorage.encryptString(Buffer.from(plain).toString('base64')));
    },
    unprotect(protectedBytes) {
      return new Uint8Array(Buffer.from(safeStorage.decryptString(Buffer.from(protectedBytes)), 'base64'));
    },
  };
}
