import de from '../i18n/de.json';
import en from '../i18n/en.json';
import nl from '../i18n/nl.json';
import { PASSWORD_MIN, passwordReasonMessage } from './useForm';

const problem = (reason?: string, code = 'BAD_USER_INPUT') => ({
  code,
  message: 'server text',
  fields: [{ field: 'password', message: 'server text' }],
  reason,
});

describe('why a password was refused', () => {
  const t = (key: string, values?: Record<string, unknown>) => `${key} ${JSON.stringify(values)}`;

  it('names the API reason as a translated message with the limits', () => {
    expect(passwordReasonMessage(problem('TOO_SHORT'), t)).toBe(
      `errors.password.TOO_SHORT {"min":${PASSWORD_MIN},"max":256}`,
    );
    expect(passwordReasonMessage(problem('COMMON'), t)).toMatch(/^errors\.password\.COMMON/);
    expect(passwordReasonMessage(problem('CONTAINS_PERSONAL'), t)).toMatch(
      /^errors\.password\.CONTAINS_PERSONAL/,
    );
  });

  it('ignores other problems and unknown reasons (the caller falls back to its own message)', () => {
    expect(passwordReasonMessage(problem(undefined), t)).toBeNull();
    expect(passwordReasonMessage(problem('SOMETHING_NEW'), t)).toBeNull();
    expect(passwordReasonMessage(problem('COMMON', 'RATE_LIMITED'), t)).toBeNull();
  });

  it('asks for 15 characters and has every reason in English, Dutch and German', () => {
    expect(PASSWORD_MIN).toBe(15);
    for (const messages of [en, nl, de]) {
      expect(Object.keys(messages.errors.password).sort()).toEqual([
        'COMMON',
        'CONTAINS_PERSONAL',
        'TOO_LONG',
        'TOO_SHORT',
      ]);
    }
  });
});
