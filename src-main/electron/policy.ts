import { execFile } from 'node:child_process';

/**
 * Machine policy set by IT (Group Policy, Intune) under HKLM\Software\Policies\Stafett. One list of settings,
 * so the ADMX/ADML templates can be generated from the same names, types and limits.
 */

export type UpdateChannel = 'latest' | 'beta';

export interface MachinePolicy {
  /** Minutes of inactivity before the app locks itself. */
  idleLockMinutes: number;
  /** The municipality's central server (sync, handover), if any. */
  serverUrl: string | null;
  /** Where the app looks for updates; null keeps the URL built into the installer. */
  updateUrl: string | null;
  updateChannel: UpdateChannel;
  updatesEnabled: boolean;
}

export const DEFAULT_POLICY: Readonly<MachinePolicy> = {
  idleLockMinutes: 15,
  serverUrl: null,
  updateUrl: null,
  updateChannel: 'latest',
  updatesEnabled: true,
};

export const POLICY_KEY = 'HKLM\\Software\\Policies\\Stafett';

type Setting =
  | { value: 'REG_DWORD'; key: 'idleLockMinutes'; min: number; max: number }
  | { value: 'REG_DWORD'; key: 'updatesEnabled' }
  | { value: 'REG_SZ'; key: 'serverUrl' | 'updateUrl' }
  | { value: 'REG_SZ'; key: 'updateChannel'; choices: readonly UpdateChannel[] };

/** Registry value name → setting. */
export const POLICY_SETTINGS: Readonly<Record<string, Setting>> = {
  IdleLockMinutes: { value: 'REG_DWORD', key: 'idleLockMinutes', min: 1, max: 480 },
  ServerUrl: { value: 'REG_SZ', key: 'serverUrl' },
  UpdateUrl: { value: 'REG_SZ', key: 'updateUrl' },
  UpdateChannel: { value: 'REG_SZ', key: 'updateChannel', choices: ['latest', 'beta'] },
  UpdatesEnabled: { value: 'REG_DWORD', key: 'updatesEnabled' },
};

/**
 * Parses the output of `reg query <key>`. A value of the wrong type or out of range is ignored (its default
 * stays): a typo in a GPO must not lock users out or point the app at a plain-http server.
 */
export function parseRegQuery(output: string): MachinePolicy {
  const policy: MachinePolicy = { ...DEFAULT_POLICY };
  for (const line of output.split(/\r?\n/)) {
    const match = /^\s+(\S+)\s+(REG_[A-Z_]+)(?:\s+(.*?))?\s*$/.exec(line);
    if (!match) continue;
    const [, name, type, data = ''] = match;
    const setting = Object.hasOwn(POLICY_SETTINGS, name!) ? POLICY_SETTINGS[name!] : undefined;
    if (!setting || setting.value !== type) continue;
    applySetting(policy, setting, data);
  }
  return policy;
}

function applySetting(policy: MachinePolicy, setting: Setting, data: string): void {
  switch (setting.key) {
    case 'idleLockMinutes': {
      const minutes = parseDword(data);
      if (minutes !== null && minutes >= setting.min && minutes <= setting.max) policy.idleLockMinutes = minutes;
      return;
    }
    case 'updatesEnabled': {
      const flag = parseDword(data);
      if (flag === 0 || flag === 1) policy.updatesEnabled = flag === 1;
      return;
    }
    case 'serverUrl':
    case 'updateUrl': {
      const url = httpsUrl(data);
      if (url) policy[setting.key] = url;
      return;
    }
    case 'updateChannel': {
      const channel = setting.choices.find((choice) => choice === data.trim().toLowerCase());
      if (channel) policy.updateChannel = channel;
      return;
    }
  }
}

/** reg prints DWORDs in hex (0x1e). */
function parseDword(data: string): number | null {
  return /^0x[0-9a-f]{1,8}$/i.test(data) ? Number.parseInt(data.slice(2), 16) : null;
}

function httpsUrl(data: string): string | null {
  try {
    const url = new URL(data.trim());
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? url.href : null;
  } catch {
    return null;
  }
}

export type RunReg = (args: string[]) => Promise<string>;

const runReg: RunReg = (args) =>
  new Promise((resolve, reject) => {
    execFile('reg.exe', args, { windowsHide: true, timeout: 5_000 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });

/** The machine's policy; defaults off Windows, and when the key is missing or reg fails. */
export async function readMachinePolicy(platform: NodeJS.Platform, run: RunReg = runReg): Promise<MachinePolicy> {
  if (platform !== 'win32') return { ...DEFAULT_POLICY };
  try {
    // /reg:64: a policy written by a 64-bit GPO client is found whatever the app's own bitness.
    return parseRegQuery(await run(['query', POLICY_KEY, '/reg:64']));
  } catch {
    return { ...DEFAULT_POLICY };
  }
}
