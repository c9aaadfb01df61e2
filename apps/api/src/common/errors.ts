import { GraphQLError } from 'graphql';

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

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
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
