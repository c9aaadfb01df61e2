import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
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
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const statusCode = httpStatusOf[error.code] ?? 500;
    const { code, ...extra } = error.extensions;
    if (statusCode === 429 && typeof extra.retryAfterSeconds === 'number')
      void reply.header('retry-after', String(extra.retryAfterSeconds));
    void reply.code(statusCode).send({
      statusCode,
      message:
        statusCode === 500 ? 'Something went wrong on our side. Please try again.' : error.message,
      code,
      ...(statusCode === 500 ? {} : extra),
    });
  }
}
