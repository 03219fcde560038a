import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputOf, MethodName, OutputOf } from '../../src-shared/api/contract';
import type { Envelope } from '../../src-shared/api/envelope';
import type { Core, CoreOptions } from '../../src-main/core/api/Core';
import { createCore } from '../../src-main/core/api/createCore';

export const PASSPHRASE = 'korrekt hest batteri stift';

/** A synthetic staff member. */
export const NEW_PROFILE = {
  name: 'Testine Testesen',
  unit: 'Solsikken barnehage',
  service: 'kindergarten',
  passphrase: PASSPHRASE,
  passphraseRepeat: PASSPHRASE,
  locale: 'nb',
} as const;

export function tempDir(prefix = 'stafett-test-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A core on a temp folder, with a typed `call` that throws on an error envelope. */
export function tempCore(options: Partial<CoreOptions> = {}) {
  const folder = options.dataDir ? { dir: options.dataDir, remove: () => {} } : tempDir();
  const core: Core = createCore({ ...options, dataDir: folder.dir });
  async function call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const envelope = await core.dispatch(method, input);
    if (!envelope.ok) throw Object.assign(new Error(`${method}: ${envelope.error.code}`), { apiError: envelope.error });
    return envelope.value as OutputOf<M>;
  }
  const raw = (method: string, input: unknown): Promise<Envelope<unknown>> => core.dispatch(method, input);
  return {
    core,
    dir: folder.dir,
    call,
    raw,
    async dispose() {
      await core.close();
      folder.remove();
    },
  };
}

/** Synthetic child: a synthetic test number (month + 80) with valid check digits. */
export const CHILD = {
  childName: 'Mille Fiktiv Prøvesen',
  birthDate: '2016-03-14',
  nationalId: '14831650010',
  unit: 'Solsikken barnehage',
  level: 1,
} as const;
