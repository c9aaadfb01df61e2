import { AsyncLocalStorage } from 'node:async_hooks';
import type { LoggerService } from '@nestjs/common';

/** Request-scoped values every log line carries, set by the request-context middleware. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

const levels = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevel = keyof typeof levels;

/** Structured JSON logs, one object per line, with the request id when there is one. */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly minLevel: LogLevel = 'info',
    private readonly write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
  ) {}

  log(message: unknown, context?: string) {
    this.emit('info', message, context);
  }
  error(message: unknown, trace?: string, context?: string) {
    this.emit('error', message, context, trace);
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
    if (levels[level] < levels[this.minLevel]) return;
    const entry: Record<string, unknown> = {
      time: new Date().toISOString(),
      level,
      ...(context ? { context } : {}),
      ...(requestContext.getStore() ?? {}),
      ...(typeof message === 'object' && message !== null ? message : { msg: String(message) }),
      ...(fields ?? {}),
      ...(trace ? { trace } : {}),
    };
    this.write(JSON.stringify(entry));
  }
}
