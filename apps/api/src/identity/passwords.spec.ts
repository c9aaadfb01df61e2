import * as argon2 from '@node-rs/argon2';
import { vi } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.js';

vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return {
    ...real,
    verify: vi.fn((stored: string, password: string) => real.verify(stored, password)),
  };
});

describe('verifyPassword', () => {
  beforeEach(() => {
    vi.mocked(argon2.verify).mockClear();
  });

  it('does a full Argon2id verification for an unknown account and for one created by import, and fails', async () => {
    for (const stored of [undefined, null, '!invited:3f2a9c', '']) {
      vi.mocked(argon2.verify).mockClear();
      expect(await verifyPassword(stored, 'not-a-real-password-0000')).toBe(false);
      expect(argon2.verify).toHaveBeenCalledTimes(1);
      expect(vi.mocked(argon2.verify).mock.calls[0]![0]).toMatch(/^\$argon2id\$/);
    }
  });

  it('accepts the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse batter')).toBe(false);
  });
});
