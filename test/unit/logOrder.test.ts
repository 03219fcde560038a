import { describe, expect, it } from 'vitest';
import type { LogSummary } from '../../src-shared/api/dto';
import { DEFAULT_LOG_ORDER, isLogOrder, nextLogOrder, sortLogs } from '../../src-renderer/screens/logOrder';

/** Synthetic logs, in the order the core sends them (newest activity first). */
function log(childName: string, fields: Partial<LogSummary> = {}): LogSummary {
  return {
    logId: `log-${childName}`,
    childName,
    birthDate: '2015-01-01',
    unit: 'Nordby skole',
    level: 1,
    holder: { userId: '0194a000-0000-7000-8000-000000000001', name: 'Tone Testlærer', unit: 'Nordby skole', service: 'school' },
    openedAt: '2025-01-01T08:00:00.000Z',
    lastActivityAt: '2026-01-01T08:00:00.000Z',
    nextEvaluationDue: null,
    entryCount: 1,
    ...fields,
  };
}

const names = (logs: LogSummary[]) => logs.map((l) => l.childName);

describe('sorting My logs', () => {
  it('sorts children by the Norwegian alphabet: æ, ø and å after z', () => {
    const logs = [log('Åse Prøve'), log('Øystein Prøve'), log('Zara Prøve'), log('Ærle Prøve'), log('anders Prøve')];
    expect(names(sortLogs(logs, { key: 'child', direction: 'ascending' }, 'nb'))).toEqual([
      'anders Prøve',
      'Zara Prøve',
      'Ærle Prøve',
      'Øystein Prøve',
      'Åse Prøve',
    ]);
    expect(names(sortLogs(logs, { key: 'child', direction: 'descending' }, 'nn'))[0]).toBe('Åse Prøve');
  });

  it('puts the most pressing evaluation first, and logs with none planned last either way', () => {
    const logs = [log('A', { nextEvaluationDue: null }), log('B', { nextEvaluationDue: '2026-03-01' }), log('C', { nextEvaluationDue: '2025-11-15' }), log('D', { nextEvaluationDue: null })];
    expect(names(sortLogs(logs, { key: 'nextEvaluation', direction: 'ascending' }, 'nb'))).toEqual(['C', 'B', 'A', 'D']);
    expect(names(sortLogs(logs, { key: 'nextEvaluation', direction: 'descending' }, 'nb'))).toEqual(['B', 'C', 'A', 'D']);
  });

  it('sorts by age (youngest first), by level, and keeps the core’s order among equals', () => {
    const logs = [log('Eldst', { birthDate: '2010-05-01', level: 3 }), log('Yngst', { birthDate: '2024-02-01', level: 1 }), log('Midt', { birthDate: '2016-09-30', level: 3 })];
    expect(names(sortLogs(logs, { key: 'age', direction: 'ascending' }, 'nb'))).toEqual(['Yngst', 'Midt', 'Eldst']);
    expect(names(sortLogs(logs, { key: 'level', direction: 'descending' }, 'nb'))).toEqual(['Eldst', 'Midt', 'Yngst']);
  });

  it('turns a column round when chosen again, and starts another column where it is most useful', () => {
    expect(DEFAULT_LOG_ORDER).toEqual({ key: 'lastActivity', direction: 'descending' });
    const byDue = nextLogOrder(DEFAULT_LOG_ORDER, 'nextEvaluation');
    expect(byDue).toEqual({ key: 'nextEvaluation', direction: 'ascending' });
    expect(nextLogOrder(byDue, 'nextEvaluation')).toEqual({ key: 'nextEvaluation', direction: 'descending' });
    expect(nextLogOrder(byDue, 'level')).toEqual({ key: 'level', direction: 'descending' });
  });

  it('leaves the list it was given as it was', () => {
    const logs = [log('B'), log('A')];
    sortLogs(logs, { key: 'child', direction: 'ascending' }, 'nb');
    expect(names(logs)).toEqual(['B', 'A']);
  });
});

describe('a remembered order', () => {
  it('is taken back only when it is one the list knows', () => {
    expect(isLogOrder({ key: 'level', direction: 'descending' })).toBe(true);
    for (const value of [null, 'level', { key: 'level' }, { key: 'nationalId', direction: 'ascending' }, { key: 'child', direction: 'up' }]) {
      expect(isLogOrder(value)).toBe(false);
    }
  });
});
