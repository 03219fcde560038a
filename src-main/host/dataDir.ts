import path from 'node:path';

/**
 * The per-user folder for the web host's profile when no --data is given: the platform's place for
 * application data (the same %APPDATA%\Stafett Electron uses on Windows).
 */
export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'Stafett');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Stafett');
  const dataHome = env.XDG_DATA_HOME && path.posix.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.posix.join(home, '.local', 'share');
  return path.posix.join(dataHome, 'Stafett');
}
