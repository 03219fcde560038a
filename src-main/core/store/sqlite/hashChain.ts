import { createHash } from 'node:crypto';

/** The previous hash of a log's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** hex SHA-256 over the previous hash and the event's canonical JSON: changing or dropping an event breaks every later link. */
export function chainHash(prevHash: string, canonicalBody: string): string {
  return createHash('sha256').update(prevHash).update(canonicalBody).digest('hex');
}
