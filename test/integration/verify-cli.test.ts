import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD, NEW_PROFILE, PASSPHRASE, tempCore } from '../support/tempCore';

const run = promisify(execFile);
let made: ReturnType<typeof tempCore>;

beforeAll(async () => {
  made = tempCore();
  await made.call('session.createProfile', NEW_PROFILE);
  const { logId } = await made.call('logs.open', CHILD);
  await made.call('log.recordNote', { logId, occurredOn: '2026-03-02', contact: 'call', text: 'Ringte far om oppstartsmøtet.' });
  await made.core.close();
});
afterAll(() => made.dispose());

function verify(passphrase: string) {
  return run(process.execPath, ['--import', 'tsx', 'src-main/core/cli/verify.ts', '--data', made.dir], {
    env: { ...process.env, STAFETT_PASSPHRASE: passphrase },
  });
}

describe('npm run verify', () => {
  it('checks the hash chains and the rebuilt projections of a profile, and says so without content', async () => {
    const { stdout } = await verify(PASSPHRASE);
    expect(JSON.parse(stdout)).toEqual({ ok: true, logs: 1, events: 2, problems: [] });
    expect(stdout).not.toContain(CHILD.childName);
  });

  it('refuses a wrong passphrase with exit code 1', async () => {
    await expect(verify('ikke passordfrasen')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('Feil passordfrase.') });
  });
});
