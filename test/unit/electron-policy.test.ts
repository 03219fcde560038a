import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parseRegQuery, POLICY_KEY, readMachinePolicy } from '../../src-main/electron/policy';

const QUERY = [
  '',
  'HKEY_LOCAL_MACHINE\\Software\\Policies\\Stafett',
  '    IdleLockMinutes    REG_DWORD    0x1e',
  '    ServerUrl    REG_SZ    https://stafett.kommune.example/api',
  '    UpdateUrl    REG_SZ    https://oppdatering.kommune.example/stafett/',
  '    UpdateChannel    REG_SZ    Beta',
  '    UpdatesEnabled    REG_DWORD    0x0',
  '',
].join('\r\n');

describe('machine policy', () => {
  it('reads every setting from reg query output', () => {
    expect(parseRegQuery(QUERY)).toEqual({
      idleLockMinutes: 30,
      serverUrl: 'https://stafett.kommune.example/api',
      updateUrl: 'https://oppdatering.kommune.example/stafett/',
      updateChannel: 'beta',
      updatesEnabled: false,
    });
  });

  it('keeps the defaults when the key has no values', () => {
    expect(parseRegQuery('\r\nHKEY_LOCAL_MACHINE\\Software\\Policies\\Stafett\r\n\r\n')).toEqual(DEFAULT_POLICY);
  });

  it('ignores values of the wrong type, out of range or unsafe', () => {
    const policy = parseRegQuery(
      [
        '    IdleLockMinutes    REG_SZ    30',
        '    IdleLockMinutes    REG_DWORD    0x0',
        '    ServerUrl    REG_SZ    http://stafett.kommune.example',
        '    UpdateUrl    REG_SZ    https://user:secret@oppdatering.example/',
        '    UpdateChannel    REG_SZ    nightly',
        '    UpdatesEnabled    REG_DWORD    0x2',
        '    SomethingElse    REG_SZ    whatever',
        '    ServerUrl    REG_EXPAND_SZ    https://stafett.kommune.example',
      ].join('\n'),
    );
    expect(policy).toEqual(DEFAULT_POLICY);
  });

  it('accepts the boundaries of the idle lock', () => {
    expect(parseRegQuery('    IdleLockMinutes    REG_DWORD    0x1').idleLockMinutes).toBe(1);
    expect(parseRegQuery('    IdleLockMinutes    REG_DWORD    0x1e0').idleLockMinutes).toBe(480);
    expect(parseRegQuery('    IdleLockMinutes    REG_DWORD    0x1e1').idleLockMinutes).toBe(DEFAULT_POLICY.idleLockMinutes);
  });

  it('asks the registry on Windows only', async () => {
    const asked: string[][] = [];
    const run = async (args: string[]) => {
      asked.push(args);
      return QUERY;
    };
    expect(await readMachinePolicy('linux', run)).toEqual(DEFAULT_POLICY);
    expect(asked).toEqual([]);
    expect((await readMachinePolicy('win32', run)).idleLockMinutes).toBe(30);
    expect(asked).toEqual([['query', POLICY_KEY, '/reg:64']]);
  });

  it('falls back to the defaults when the key is missing', async () => {
    const missing = async () => Promise.reject(new Error('ERROR: The system was unable to find the specified registry key or value.'));
    expect(await readMachinePolicy('win32', missing)).toEqual(DEFAULT_POLICY);
  });
});
