import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, httpStatusOf } from './errors.js';

/**
 * Turns an AppError reaching a REST route into its HTTP status and a JSON body
 * `{ statusCode, message, code, ...extra }` (the shape of Nest's own HTTP errors, plus the code).
 * GraphQL requests are left alone: their errors are mapped by formatError.
 */
@Catch(AppError)
export class AppErrorFilter implements ExceptionFilter<AppError> {
  catch(error: AppError, host: ArgumentsHost) {
    if (host.getType<string>() !== 'http') throw error;
    const res = host.switchToHttp().getResponse<Response>();
    const statusCode = httpStatusOf[error.code] ?? 500;
    const { code, ...extra } = error.extensions;
    if (statusCode === 429 && typeof extra.retryAfterSeconds === 'number')
      res.setHeader('Retry-After', String(extra.retryAfterSeconds));
    res.status(statusCode).json({
      statusCode,
      message:
        statusCode === 500 ? 'Something went wrong on our side. Please try again.' : error.message,
      code,
      ...(statusCode === 500 ? {} : extra),
    });
  }
}
