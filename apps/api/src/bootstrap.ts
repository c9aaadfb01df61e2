import 'reflect-metadata';
import { type INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ValidationError } from 'class-validator';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module.js';
import { AppErrorFilter } from './common/app-error.filter.js';
import { badInput, type FieldProblem } from './common/errors.js';
import { JsonLogger } from './common/logger.js';
import { requestContextMiddleware } from './common/request-context.middleware.js';
import type { AppConfig } from './config/config.js';
import { securityHeaders } from './web/security-headers.js';
import { serveWebApp } from './web/serve-web-app.js';

/**
 * JSON bodies up to 4 MB: the participant CSV may be 1,000,000 characters (see
 * ParticipantCsvInput), which UTF-8 and JSON escaping can make up to three times as many bytes.
 */
export const JSON_BODY_LIMIT = '4mb';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Builds the Nest application (not listening yet); used by main.ts and by the tests. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger = new JsonLogger(config.logLevel),
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, databaseUrl),
    {
      logger,
      bufferLogs: false,
      abortOnError: false,
    },
  );
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(securityHeaders(config));
  app.use(requestContextMiddleware(logger));
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.use(cookieParser());
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => {
        const fields = flatten(errors);
        return badInput(
          fields.map((f) => f.message).join('; ') || 'The input is not valid.',
          fields,
        );
      },
    }),
  );
  app.useGlobalFilters(new AppErrorFilter());
  if (config.webDistDir !== '') serveWebApp(app, config.webDistDir);
  return app;
}
