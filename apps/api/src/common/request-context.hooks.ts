import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { type JsonLogger, requestContext } from './logger.js';

const validId = /^[A-Za-z0-9._-]{1,64}$/;

/** Fastify's `genReqId`: the client's X-Request-Id when it is sane, else a new UUID. */
export function requestIdOf(raw: Pick<IncomingMessage, 'headers'>): string {
  const incoming = raw.headers['x-request-id'];
  return typeof incoming === 'string' && validId.test(incoming) ? incoming : randomUUID();
}

/**
 * Every request runs in a request context (its id on every log line, see logger.ts), answers
 * with X-Request-Id, and is logged once when its response is finished: method, path, status, ms.
 * Fastify keeps the context entered in onRequest through the whole lifecycle, body parsing
 * included (its content-type parser re-enters it), so guards, resolvers and services log with the
 * request's id; the request id itself is Fastify's (`genReqId` above).
 */
export function useRequestContext(fastify: FastifyInstance, logger: JsonLogger): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    requestContext.run({ requestId: request.id }, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    requestContext.run({ requestId: request.id }, () =>
      logger.emit('info', 'request', 'http', undefined, {
        method: request.method,
        path: request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      }),
    );
    done();
  });
}
