import type { PowerMonitor } from 'electron';

/** The store closes when the user walks away: the OS screen locks, or the laptop goes to sleep. */
export function bindLockTriggers(powerMonitor: Pick<PowerMonitor, 'on' | 'off'>, lock: () => void): () => void {
  const onLock = () => lock();
  powerMonitor.on('lock-screen', onLock);
  powerMonitor.on('suspend', onLock);
  return () => {
    powerMonitor.off('lock-screen', onLock);
    powerMonitor.off('suspend', onLock);
  };
}
