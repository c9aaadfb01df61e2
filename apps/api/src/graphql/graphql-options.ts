import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import type { DataSource } from 'typeorm';
import { createLoaders } from './loaders.js';
import { AppError, ErrorCode } from '../common/errors.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import type { AppConfig } from '../config/config.js';
import type { CurriculumContentService } from '../curriculum/index.js';
import type { IdentityService } from '../identity/identity.service.js';
import { aliasLimit } from './alias-limit.rule.js';
import { complexityPlugin } from './complexity.plugin.js';
import { FIELD_COSTS } from './field-costs.js';
import { inputGuardPlugin } from './input-guard.plugin.js';
import { cacheControlDirective, responseCache } from '../common/response-cache.js';
import { graphqlWsOptions, upgradeRequest, withCookies } from './subscriptions.js';

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_COMPLEXITY = 2000;
/** How many different aliases one field may be requested under in one document. */
export const MAX_ALIASES_PER_FIELD = 10;

const knownCodes = new Set<string>(Object.values(ErrorCode));

/** Every error leaves with an `extensions.code`; unexpected errors never leak their message. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  // The one place an application error becomes a GraphQL error: its code and extra fields.
  if (original instanceof AppError) {
    const { stacktrace: _s, ...rest } = formatted.extensions ?? {};
    return {
      ...formatted,
      message: original.message,
      extensions: { ...rest, ...original.extensions },
    };
  }
  const code = formatted.extensions?.code;
  const status = (original as { status?: number } | undefined)?.status;
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (
    typeof code === 'string' &&
    (knownCodes.has(code) || code.startsWith('GRAPHQL_') || code === 'BAD_REQUEST')
  ) {
    if (
      code === 'INTERNAL_SERVER_ERROR' &&
      status === undefined &&
      !(original instanceof GraphQLError)
    ) {
      return {
        ...formatted,
        message: 'Something went wrong on our side. Please try again.',
        extensions: { code },
      };
    }
    return { ...formatted, extensions };
  }
  if (status === 401) return { ...formatted, extensions: { code: ErrorCode.Unauthenticated } };
  if (status === 403) return { ...formatted, extensions: { code: ErrorCode.Forbidden } };
  if (status === 404) return { ...formatted, extensions: { code: ErrorCode.NotFound } };
  if (status === 400) return { ...formatted, extensions: { code: ErrorCode.BadUserInput } };
  return {
    ...formatted,
    extensions: { ...extensions, code: typeof code === 'string' ? code : ErrorCode.Internal },
  };
}

export function graphqlOptions(
  dataSource: DataSource,
  identity: IdentityService,
  content: CurriculumContentService,
  config: Pick<AppConfig, 'production' | 'graphqlIntrospection'>,
): ApolloDriverConfig {
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    csrfPrevention: true,
    introspection: config.graphqlIntrospection,
    // GraphiQL at GET /graphql for developers only; its page gets a CSP of its own (security-headers.ts).
    graphiql: !config.production,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(MAX_QUERY_DEPTH), aliasLimit(MAX_ALIASES_PER_FIELD)],
    // The response cache comes last: the limits and input checks above run on every request,
    // cached or not (decision record 0018).
    plugins: [
      complexityPlugin(MAX_QUERY_COMPLEXITY, FIELD_COSTS),
      inputGuardPlugin(),
      responseCache(),
    ],
    buildSchemaOptions: { directives: [cacheControlDirective] },
    formatError,
    // Subscriptions over WebSocket (graphql-ws) for live workshops; see docs/decisions/0014.
    subscriptions: { 'graphql-ws': graphqlWsOptions },
    // Called with Fastify's `(request, reply)` for HTTP (@as-integrations/fastify) and with
    // graphql-ws's context for a WebSocket operation, which has no reply.
    context: async (request: FastifyRequest, reply: FastifyReply): Promise<GraphqlContext> => {
      const upgrade = upgradeRequest(request);
      const req = upgrade ? withCookies(upgrade) : request;
      const user = await identity.userForRequest(req);
      return { req, res: reply, user, loaders: createLoaders(dataSource, content) };
    },
  };
}
