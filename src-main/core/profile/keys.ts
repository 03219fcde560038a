import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { StafettError } from '../../../src-shared/domain/errors';

/**
 * The database key is 32 random bytes, kept only wrapped: AES-256-GCM under a key derived from the user's
 * passphrase with scrypt. N = 2^17, r = 8, p = 1 is OWASP's recommended minimum for scrypt and takes about
 * 350 ms on a two-core laptop, inside the 500 ms we allow for unlocking.
 */
export const KDF_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const MAX_MEMORY = 256 * 1024 * 1024;

export interface WrappedKey {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  ciphertext: string;
}

function deriveKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Asynchronous on purpose: the main process's event loop must not stall while the KDF runs.
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export function newDatabaseKey(): Buffer {
  return randomBytes(32);
}

export async function wrapKey(databaseKey: Uint8Array, passphrase: string): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const wrappingKey = await deriveKey(passphrase, salt, KDF_PARAMS);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  const ciphertext = Buffer.concat([cipher.update(databaseKey), cipher.final()]);
  wrappingKey.fill(0);
  return {
    kdf: 'scrypt',
    ...KDF_PARAMS,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** The database key, or StafettError('wrongPassphrase'): GCM authentication fails on any other passphrase. */
export async function unwrapKey(wrapped: WrappedKey, passphrase: string): Promise<Buffer> {
  const wrappingKey = await deriveKey(passphrase, Buffer.from(wrapped.salt, 'base64'), wrapped);
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    throw new StafettError('wrongPassphrase');
  } finally {
    wrappingKey.fill(0);
  }
}

/** Seals small profile data (who the user is) with the database key, so nothing personal lies in plain files. */
export function seal(key: Uint8Array, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function unseal<T>(key: Uint8Array, sealed: string): T {
  const bytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  const json = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  return JSON.parse(json) as T;
}
