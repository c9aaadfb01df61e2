import { AsyncLocalStorage } from 'node:async_hooks';
import type { LoggerService } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { AppError } from './errors.js';
import { pino, type DestinationStream, type Logger } from 'pino';

/** Request-scoped values every log line carries, set by the request-context middleware. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * Paths pino replaces with "[redacted]" wherever a log object carries them: credentials in
 * inputs, cookies and auth headers, query parameters of database errors, configuration secrets.
 */
export const REDACT_PATHS = [
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'cookie',
  'authorization',
  'parameters',
  'databaseUrl',
  'smtpUrl',
  'issuerPrivateJwk',
  'DATABASE_URL',
  'SMTP_URL',
  'ISSUER_PRIVATE_JWK',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.cookie',
  '*.authorization',
  '*.parameters',
  '*.d',
  '*.databaseUrl',
  '*.smtpUrl',
  '*.issuerPrivateJwk',
  'headers.cookie',
  'headers.authorization',
  'req.headers.cookie',
  'req.headers.authorization',
  'variables.input.password',
  'err.parameters',
  'err.driverError',
  'err.query',
];

/** Codes of errors the client caused: expected, so logged at info rather than as failures. */
const clientCodes = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
]);

/** The status or code that says who is at fault, if the error carries one. */
function clientErrorCode(error: Error): string | undefined {
  if (error instanceof GraphQLError || error instanceof AppError) {
    const code = error.extensions?.code;
    return typeof code === 'string' && clientCodes.has(code) ? code : undefined;
  }
  const status =
    (error as { status?: unknown; getStatus?: () => number }).getStatus?.() ??
    (error as { status?: unknown }).status;
  return typeof status === 'number' && status >= 400 && status < 500 ? `HTTP_${status}` : undefined;
}

/**
 * What a log line may say about an error: its kind, message, code and stack. Never its other
 * fields: a TypeORM QueryFailedError carries the query parameters (passwords, emails, tokens)
 * and the driver error's detail quotes row values.
 */
export function serializeError(error: Error): Record<string, unknown> {
  const code =
    error instanceof GraphQLError || error instanceof AppError
      ? error.extensions?.code
      : ((error as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ??
        (error as { code?: unknown }).code);
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
  };
}

const looksLikeStack = (value: unknown) => typeof value === 'string' && /\n\s+at /.test(value);

/**
 * Structured JSON logs through pino, one object per line, with the request id when there is one.
 * Secrets are redacted by path; errors are serialized without their parameters; errors the
 * client caused (validation, not found, wrong password…) are logged at info, not error.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Logger;

  constructor(minLevel: LogLevel = 'info', write?: (line: string) => void) {
    const destination: DestinationStream = write
      ? { write: (line: string) => write(line.replace(/\n$/, '')) }
      : // Asynchronous: a request never waits for its log line to reach stdout. pino flushes
        // what is buffered synchronously when the process exits (also on a crash).
        pino.destination({ dest: 1, sync: false });
    this.pino = pino(
      {
        level: minLevel,
        base: undefined,
        messageKey: 'msg',
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        mixin: () => ({ ...(requestContext.getStore() ?? {}) }),
        redact: { paths: REDACT_PATHS, censor: '[redacted]' },
        serializers: { err: (e: unknown) => (e instanceof Error ? serializeError(e) : e) },
      },
      destination,
    );
  }

  log(message: unknown, context?: string) {
    this.emit('info', message, context);
  }
  /** Nest calls this as (message, stack?, context?) or, from its exception handler, (error, context). */
  error(message: unknown, traceOrContext?: string, context?: string) {
    const trace = looksLikeStack(traceOrContext) ? traceOrContext : undefined;
    const ctx = context ?? (trace ? undefined : traceOrContext);
    if (message instanceof Error) {
      const clientCode = clientErrorCode(message);
      if (clientCode) return this.emit('info', { msg: message.message, code: clientCode }, ctx);
    }
    this.emit('error', message, ctx, trace);
  }
  warn(message: unknown, context?: string) {
    this.emit('warn', message, context);
  }
  debug(message: unknown, context?: string) {
    this.emit('debug', message, context);
  }
  verbose(message: unknown, context?: string) {
    this.emit('debug', message, context);
  }

  emit(level: LogLevel, message: unknown, context?: string, trace?: string, fields?: object) {
    if (!this.pino.isLevelEnabled(level)) return;
    const entry: Record<string, unknown> = {
      ...(context ? { context } : {}),
      ...(fields ?? {}),
      ...(trace ? { trace } : {}),
    };
    if (message instanceof Error) {
      this.pino[level]({ ...entry, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      const { msg, ...rest } = message as { msg?: unknown };
      this.pino[level](
        { ...entry, ...rest },
        msg === undefined ? undefined : typeof msg === 'string' ? msg : JSON.stringify(msg),
      );
    } else {
      this.pino[level](entry, String(message));
    }
  }
}
