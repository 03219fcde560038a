import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { bindLockTriggers } from '../../src-main/electron/lockTriggers';

describe('locking with the OS', () => {
  it('locks when the screen locks and when the machine sleeps, until unbound', () => {
    const powerMonitor = new EventEmitter();
    let locks = 0;
    const unbind = bindLockTriggers(powerMonitor as never, () => locks++);
    powerMonitor.emit('lock-screen');
    powerMonitor.emit('suspend');
    powerMonitor.emit('resume');
    expect(locks).toBe(2);
    unbind();
    powerMonitor.emit('lock-screen');
    expect(locks).toBe(2);
  });
});
