import { AppError, ErrorCode } from '../common/errors.js';
import {
  type PasswordProblem,
  passwordProblem,
  passwordProblemMessages,
} from './password-policy.js';

/**
 * BAD_USER_INPUT with `extensions.reason` (TOO_SHORT, TOO_LONG, COMMON, CONTAINS_PERSONAL), so the
 * web app can say why in the user's language; the field is named as for any validation error.
 */
export const passwordRefused = (field: string, reason: PasswordProblem) =>
  new AppError(ErrorCode.BadUserInput, passwordProblemMessages[reason], {
    reason,
    fields: [{ field, message: passwordProblemMessages[reason] }],
  });

/** Throws passwordRefused when the password breaks the policy. */
export function assertAcceptablePassword(
  field: string,
  password: string,
  personal: { email?: string; displayName?: string },
): void {
  const problem = passwordProblem(password, personal);
  if (problem) throw passwordRefused(field, problem);
}

/** The privacy notice the person accepted is no longer the current one: show it again. */
export const noticeChanged = () =>
  new AppError(
    ErrorCode.BadUserInput,
    'The privacy notice has changed since the form was opened; read it again and accept it.',
    {
      reason: 'PRIVACY_NOTICE_CHANGED',
      fields: [{ field: 'privacyNoticeVersion', message: 'The privacy notice has changed.' }],
    },
  );
