import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GrantableRole } from './roles.js';

export interface CurrentUser {
  id: string;
  sessionId: string;
  roles: GrantableRole[];
  locale: string;
}

/**
 * Per-request DataLoaders. Common knows no feature, so the interface is empty here: the GraphQL
 * module composes the features' loaders and declares them (graphql/loaders.ts, interface merging).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** What every resolver receives: the request, the signed-in user and per-request DataLoaders. */
export interface GraphqlContext {
  /** Fastify's request (for a WebSocket operation: its upgrade request, see subscriptions.ts). */
  req: FastifyRequest;
  /** Fastify's reply: headers and cookies of the HTTP response (absent on WebSockets). */
  res: FastifyReply;
  user: CurrentUser | null;
  loaders: Loaders;
}
