/** The error codes clients branch on (`extensions.code`); the message is for humans only. */
export enum ErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
  /** The request asks for more work than one request may (cost or aliases); split it. */
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  Internal = 'INTERNAL_SERVER_ERROR',
}

/**
 * Why a FORBIDDEN error refused (`extensions.reason`), where the client must say more than
 * "you may not": the web app translates each reason.
 */
export enum ForbiddenReason {
  /** A cohort's module that opens later for this participant (`extensions.unlocksAt`). */
  ModuleLocked = 'MODULE_LOCKED',
  /** The signed-in account's email address is not the invited one. */
  InvitationForAnotherEmail = 'INVITATION_FOR_ANOTHER_EMAIL',
}

export interface FieldProblem {
  field: string;
  message: string;
}

/** The HTTP status a REST route answers with for each code (GraphQL answers 200 with `errors`). */
export const httpStatusOf: Record<ErrorCode, number> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.QueryTooComplex]: 400,
  [ErrorCode.Internal]: 500,
};

/**
 * What services throw when a request cannot be done: a code clients branch on, a message for
 * humans, and extra fields (`reason`, `fields`…). It knows neither GraphQL nor HTTP: the GraphQL
 * layer (graphql/graphql-options.ts, formatError) and the REST layer (common/app-error.filter.ts)
 * each turn it into their own answer, with `extensions` as the shared shape.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  /** `{ code, ...extra }`: sent as GraphQL `extensions` and as the REST error body. */
  readonly extensions: { code: ErrorCode } & Record<string, unknown>;

  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    const { code: _ignored, ...rest } = extra;
    this.extensions = { code, ...rest }; // code first, as clients and logs read it
  }
}

export const unauthenticated = (message = 'Please sign in to continue.') =>
  new AppError(ErrorCode.Unauthenticated, message);
export const forbidden = (message = 'You do not have permission to do this.') =>
  new AppError(ErrorCode.Forbidden, message);
export const notFound = (what: string) =>
  new AppError(ErrorCode.NotFound, `${what} was not found.`);
export const conflict = (message: string) => new AppError(ErrorCode.Conflict, message);
export const badInput = (message: string, fields: FieldProblem[] = []) =>
  new AppError(ErrorCode.BadUserInput, message, { fields });
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError(ErrorCode.RateLimited, message, { retryAfterSeconds });
