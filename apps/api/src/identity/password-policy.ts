import zxcvbnCore from '@zxcvbn-ts/core';
import zxcvbnCommon from '@zxcvbn-ts/language-common';

/**
 * What we ask of a password, after NIST SP 800-63B rev. 4 (§3.1.1.2): at least 15 characters
 * for a password used alone (passphrases welcome; spaces and any Unicode allowed, counted as
 * characters), no composition rules, and a blocklist — here zxcvbn-ts's common-password and
 * diceware dictionaries with its pattern matching (repeats, sequences, keyboard runs), plus the
 * account's own email name and display name.
 */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 256;

export const passwordProblems = ['TOO_SHORT', 'TOO_LONG', 'COMMON', 'CONTAINS_PERSONAL'] as const;
export type PasswordProblem = (typeof passwordProblems)[number];

export const passwordProblemMessages: Record<PasswordProblem, string> = {
  TOO_SHORT: `The password must have at least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a good one.`,
  TOO_LONG: `The password must have at most ${PASSWORD_MAX_LENGTH} characters.`,
  COMMON:
    'This password is too common or too easy to guess (it is on lists of known passwords or follows a simple pattern).',
  CONTAINS_PERSONAL:
    'The password must not contain your name or the name part of your email address.',
};

/** zxcvbn's score 4: more than 10^10 guesses. Anything below, at 15+ characters, is built from known passwords or patterns. */
const MIN_GUESSES_LOG10 = 10;
/** Long passwords are only estimated on their start: matching is superlinear, and length already protects the rest. */
const ESTIMATE_CHARACTERS = 64;
const PERSONAL_PART_MIN = 4;

let estimator: InstanceType<typeof zxcvbnCore.ZxcvbnFactory> | undefined;
const zxcvbn = () =>
  (estimator ??= new zxcvbnCore.ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
  }));

const simplify = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The personal words a password must not contain: the email's name part and the display name, whole and by word. */
function personalParts(email: string | undefined, displayName: string | undefined): string[] {
  const local = email?.split('@')[0] ?? '';
  const pieces = [
    local,
    ...local.split(/[._+-]+/),
    displayName ?? '',
    ...(displayName ?? '').split(/\s+/),
  ];
  return [...new Set(pieces.map(simplify).filter((p) => p.length >= PERSONAL_PART_MIN))];
}

/** The first rule the password breaks, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  personal: { email?: string; displayName?: string } = {},
): PasswordProblem | null {
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  const parts = personalParts(personal.email, personal.displayName);
  const simple = simplify(password);
  if (parts.some((p) => simple.includes(p))) return 'CONTAINS_PERSONAL';
  const { guessesLog10 } = zxcvbn().check(
    [...password].slice(0, ESTIMATE_CHARACTERS).join(''),
    parts,
  );
  return guessesLog10 < MIN_GUESSES_LOG10 ? 'COMMON' : null;
}
