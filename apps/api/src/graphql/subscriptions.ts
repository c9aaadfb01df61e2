import type { IncomingMessage } from 'node:http';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { fastifyCookie } from '@fastify/cookie';
import type { FastifyRequest } from 'fastify';
import { getOperationAST, GraphQLError, OperationTypeNode, parse } from 'graphql';
import { ErrorCode } from '../common/errors.js';

/** The HTTP upgrade request behind a graphql-ws context (`ctx.extra.request`), if it is one. */
export function upgradeRequest(arg: unknown): IncomingMessage | null {
  const extra = (arg as { extra?: { request?: IncomingMessage } } | null)?.extra;
  return extra?.request ?? null;
}

/**
 * Reads the cookies of an upgrade request the way @fastify/cookie reads a normal request's
 * (Fastify never sees an upgrade). The result stands in for a FastifyRequest in the context:
 * only its cookies and headers are there.
 */
export function withCookies(request: IncomingMessage): FastifyRequest {
  const req = request as IncomingMessage & { cookies?: Record<string, string | undefined> };
  req.cookies ??= fastifyCookie.parse(request.headers.cookie ?? '');
  return req as unknown as FastifyRequest;
}

/**
 * A browser sends the session cookie with any WebSocket it opens, whichever page opened it, so a
 * connection from another site's page is refused (cross-site WebSocket hijacking). Clients that
 * are not browsers send no Origin and authenticate with their cookie like any HTTP client.
 */
export function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * graphql-ws carries subscriptions only: queries and mutations go over HTTP, where the cost,
 * depth and input checks (Apollo plugins) apply.
 */
export const graphqlWsOptions: GraphQLWsSubscriptionsConfig = {
  path: '/graphql',
  connectionInitWaitTimeout: 10_000,
  onConnect: (ctx) => {
    const request = upgradeRequest(ctx);
    return request !== null && sameOrigin(request);
  },
  onSubscribe: (_ctx, _id, payload) => {
    try {
      const operation = getOperationAST(parse(payload.query), payload.operationName);
      if (operation && operation.operation !== OperationTypeNode.SUBSCRIPTION)
        return [
          new GraphQLError(
            'Send queries and mutations over HTTP; WebSockets carry subscriptions.',
            {
              extensions: { code: ErrorCode.BadUserInput },
            },
          ),
        ];
    } catch {
      // Unparsable documents are answered by graphql-ws's own validation.
    }
    return undefined;
  },
};
