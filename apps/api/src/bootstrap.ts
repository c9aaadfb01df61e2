import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyEtag from '@fastify/etag';
import type { ValidationError } from 'class-validator';
import { AppModule } from './app.module.js';
import { AppErrorFilter } from './common/app-error.filter.js';
import { SESSION_COOKIE } from './identity/session-tokens.js';
import { badInput, type FieldProblem } from './common/errors.js';
import { JsonLogger } from './common/logger.js';
import { requestIdOf, useRequestContext } from './common/request-context.hooks.js';
import { type AppConfig, trustProxyOption } from './config/config.js';
import { securityHeaders } from './web/security-headers.js';
import { serveWebApp } from './web/serve-web-app.js';

/**
 * Request bodies up to 4 MB (4 MiB, as Express's '4mb' was): the participant CSV may be 1,000,000
 * characters (see ParticipantCsvInput), which UTF-8 and JSON escaping can make up to three times
 * as many bytes. A larger body is refused with 413 before it is parsed.
 */
export const JSON_BODY_LIMIT = 4 * 1024 * 1024;
/** Form posts (LTI) up to 100 KiB, the limit they had under Express: an id_token is a few KB. */
export const FORM_BODY_LIMIT = 100 * 1024;

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
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl),
    new FastifyAdapter({
      trustProxy: trustProxyOption(config.trustProxy),
      bodyLimit: JSON_BODY_LIMIT,
      genReqId: requestIdOf,
      // As Express routed: /issuer/ is /issuer.
      routerOptions: { ignoreTrailingSlash: true },
    }),
    {
      logger,
      bufferLogs: false,
      abortOnError: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', securityHeaders(config));
  useRequestContext(fastify, logger);
  // Unsigned, as cookie-parser was: the session cookie is an opaque random token.
  await app.register(fastifyCookie);
  // Weak ETags and 304s for revalidation, as Express made them (verification: decision 0011).
  await app.register(fastifyEtag, { weak: true });
  // Responses of 1 KB and more in brotli or gzip when the client accepts them (issue 14, item 13):
  // a lesson or an outline is JSON that shrinks to a fifth. Registered before any route, as it
  // hooks each route as it is added; the web app's assets arrive precompressed and are left as
  // they are. Brotli at quality 4 (the plugin's default): 11 costs far more CPU per response than
  // it saves in bytes. Compressed request bodies are not accepted (no client sends them).
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], globalDecompression: false });
  app.useBodyParser('application/x-www-form-urlencoded', { bodyLimit: FORM_BODY_LIMIT });
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
  if (config.webDistDir !== '')
    await serveWebApp(fastify, config.webDistDir, {
      mayHaveSession: (request) => request.cookies[SESSION_COOKIE] !== undefined,
    });
  return app;
}
