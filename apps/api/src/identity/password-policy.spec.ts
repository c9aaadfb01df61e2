import { passwordProblem } from './password-policy.js';

const anna = { email: 'anna.devries@haarlem.example', displayName: 'Anna de Vries' };

describe('password policy (NIST SP 800-63B rev. 4)', () => {
  it('accepts passphrases of 15 characters or more without composition rules', () => {
    expect(passwordProblem('correct horse battery', anna)).toBeNull();
    expect(passwordProblem('tulpen fiets regen', anna)).toBeNull();
    expect(passwordProblem('ünïcödé wörds räïn ☂', anna)).toBeNull();
  });

  it('refuses fewer than 15 characters, counting Unicode characters once', () => {
    expect(passwordProblem('Tr0ub4dor&3xyz', anna)).toBe('TOO_SHORT');
    expect(passwordProblem('☂☂☂☂☂☂☂☂☂☂☂☂☂☂', anna)).toBe('TOO_SHORT');
    expect(passwordProblem('x'.repeat(257), anna)).toBe('TOO_LONG');
  });

  it('refuses common passwords and simple patterns even when long', () => {
    for (const p of [
      'passwordpassword',
      'aaaaaaaaaaaaaaaa',
      '1234567890123456',
      'qwertyuiopasdfgh',
      'iloveyou12345678',
      'Password1234567!',
    ]) {
      expect(passwordProblem(p, anna), p).toBe('COMMON');
    }
  });

  it('refuses passwords containing the email name or the display name', () => {
    expect(passwordProblem('anna.devries-2024-spring', anna)).toBe('CONTAINS_PERSONAL');
    expect(passwordProblem('my name is DeVries ok', anna)).toBe('CONTAINS_PERSONAL');
    expect(passwordProblem('Anna de Vries rocks!!', anna)).toBe('CONTAINS_PERSONAL');
    expect(passwordProblem('my name is DeVries ok', {})).toBeNull();
  });
});
