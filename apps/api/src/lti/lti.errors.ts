import { AppError, ErrorCode } from '../common/errors.js';

/** Why a login or launch was refused (`extensions.reason`); each has its own sentence on the error page. */
export enum LtiProblem {
  MissingParameter = 'MISSING_PARAMETER',
  UnknownIssuer = 'UNKNOWN_ISSUER',
  UnknownClient = 'UNKNOWN_CLIENT',
  UnknownDeployment = 'UNKNOWN_DEPLOYMENT',
  MalformedToken = 'MALFORMED_TOKEN',
  BadSignature = 'BAD_SIGNATURE',
  PlatformKeysUnavailable = 'PLATFORM_KEYS_UNAVAILABLE',
  WrongAudience = 'WRONG_AUDIENCE',
  ExpiredToken = 'EXPIRED_TOKEN',
  InvalidClaim = 'INVALID_CLAIM',
  UnknownState = 'UNKNOWN_STATE',
  ExpiredLogin = 'EXPIRED_LOGIN',
  NonceMismatch = 'NONCE_MISMATCH',
  ReplayedNonce = 'REPLAYED_NONCE',
  UnsupportedMessage = 'UNSUPPORTED_MESSAGE',
  UnsupportedVersion = 'UNSUPPORTED_VERSION',
  NotAllowed = 'NOT_ALLOWED',
  /** Dynamic Registration: the academy's registration link is unknown, used or expired. */
  RegistrationLinkInvalid = 'REGISTRATION_LINK_INVALID',
  /** Dynamic Registration: the platform's OpenID configuration is unreachable or incomplete. */
  InvalidPlatformConfiguration = 'INVALID_PLATFORM_CONFIGURATION',
  /** Dynamic Registration: the platform refused the tool's registration or answered unusably. */
  RegistrationRefused = 'REGISTRATION_REFUSED',
}

/** Problems with what the platform sent or how it is registered: 400. The rest failed authentication: 401. */
const badRequest = new Set<LtiProblem>([
  LtiProblem.MissingParameter,
  LtiProblem.UnknownIssuer,
  LtiProblem.UnknownClient,
  LtiProblem.UnknownDeployment,
  LtiProblem.MalformedToken,
  LtiProblem.PlatformKeysUnavailable,
  LtiProblem.UnsupportedMessage,
  LtiProblem.UnsupportedVersion,
  LtiProblem.InvalidPlatformConfiguration,
  LtiProblem.RegistrationRefused,
]);

const codeOf = (problem: LtiProblem) =>
  problem === LtiProblem.NotAllowed
    ? ErrorCode.Forbidden
    : problem === LtiProblem.RegistrationLinkInvalid
      ? ErrorCode.NotFound
      : badRequest.has(problem)
        ? ErrorCode.BadUserInput
        : ErrorCode.Unauthenticated;

export const ltiError = (problem: LtiProblem, message: string) =>
  new AppError(codeOf(problem), message, { reason: problem });
