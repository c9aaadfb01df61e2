import type { ApiProblem } from '../graphql/client';
import { moduleLockedMessage } from './moduleLocked';

const locked = (unlocksAt?: string): ApiProblem => ({
  code: 'FORBIDDEN',
  message: 'x',
  fields: [],
  reason: 'MODULE_LOCKED',
  unlocksAt,
});

describe('a module the cohort has not opened yet', () => {
  it('names the opening moment in the reader’s language', () => {
    const m = moduleLockedMessage(locked('2030-03-04T08:00:00Z'), 'nl');
    expect(m?.key).toBe('load.moduleLocked.until');
    expect(m?.values.date).toMatch(/2030/);
    expect(m?.values.date).toMatch(/maart/);
  });

  it('still explains itself without a date, and ignores other refusals', () => {
    expect(moduleLockedMessage(locked(), 'en')?.key).toBe('load.moduleLocked.later');
    expect(moduleLockedMessage({ code: 'FORBIDDEN', message: 'x', fields: [] }, 'en')).toBeNull();
    expect(moduleLockedMessage(null, 'en')).toBeNull();
  });
});
