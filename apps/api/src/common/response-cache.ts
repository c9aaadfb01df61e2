import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import {
  DirectiveLocation,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLInt,
  Kind,
  OperationTypeNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * How long a public content answer may be served from memory (and by HTTP caches). Which release
 * is current is itself cached for 5 s per process (ReleaseService), so a new release shows within
 * 10 s; a release's content never changes.
 */
export const PUBLIC_CONTENT_MAX_AGE = 5;

/** Apollo's `@cacheControl` directive, declared so code-first types can carry it. */
export const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  locations: [
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.OBJECT,
    DirectiveLocation.INTERFACE,
    DirectiveLocation.UNION,
  ],
  args: {
    maxAge: { type: GraphQLInt },
    scope: {
      type: new GraphQLEnumType({
        name: 'CacheControlScope',
        values: { PUBLIC: { value: 'PUBLIC' }, PRIVATE: { value: 'PRIVATE' } },
      }),
    },
    inheritMaxAge: { type: GraphQLBoolean },
  },
});

/**
 * Put on immutable release-content types: their fields take the cache policy of the field that
 * returned them, so they never make an answer cacheable on their own. Only a public root field
 * that calls `cachePublicContent` does; any other root field (every per-user or role-guarded
 * one) has no hint, which makes the whole answer uncacheable.
 */
/** What Apollo's cache-control plugin adds to `info` (the shape of @apollo/cache-control-types). */
type InfoWithCacheControl = GraphQLResolveInfo & {
  cacheControl?: { setCacheHint(hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }): void };
};

export const INHERIT_CACHE_POLICY = '@cacheControl(inheritMaxAge: true)';

/**
 * Marks a root field's answer as the same for everyone for `PUBLIC_CONTENT_MAX_AGE` seconds.
 * Only for `@Allow('public')` fields whose whole answer is release content (no per-user field,
 * no gate, no rate limit): a cached answer is served without running resolvers or guards.
 */
export function cachePublicContent(info: GraphQLResolveInfo): void {
  if (info.parentType.name !== 'Query' || !PUBLIC_CONTENT_FIELDS.has(info.fieldName))
    throw new Error(`Add Query.${info.fieldName} to PUBLIC_CONTENT_FIELDS to cache its answers`);
  (info as InfoWithCacheControl).cacheControl?.setCacheHint({
    maxAge: PUBLIC_CONTENT_MAX_AGE,
    scope: 'PUBLIC',
  });
}

/**
 * The root fields whose resolvers call `cachePublicContent`. Only an operation made of these
 * alone can ever be answered from the cache, so every other one skips the cache's key hashing and
 * lookup (most requests: per-user or rate-limited fields).
 */
export const PUBLIC_CONTENT_FIELDS: ReadonlySet<string> = new Set(['course', 'courses']);

/** Does every root selection of the operation name a public-content field? Once per document. */
const onlyPublicContent = new WeakMap<OperationDefinitionNode, boolean>();
export function mayBeCached(operation: OperationDefinitionNode | undefined): boolean {
  if (!operation || operation.operation !== OperationTypeNode.QUERY) return false;
  let known = onlyPublicContent.get(operation);
  if (known === undefined) {
    known = operation.selectionSet.selections.every(
      (s) =>
        s.kind === Kind.FIELD &&
        (s.name.value === '__typename' || PUBLIC_CONTENT_FIELDS.has(s.name.value)),
    );
    onlyPublicContent.set(operation, known);
  }
  return known;
}

/**
 * Apollo's response cache, in this process's memory (Apollo's bounded LRU): keyed by the query
 * text, operation name and variables; only answers whose every field allows it are written, and
 * answers with errors never are. No session id is given, so a PRIVATE answer is never cached and
 * a PUBLIC one is shared by everyone. In memory per replica is safe: what is cached is immutable
 * release content that every replica would answer the same way.
 */
export function responseCache(): ApolloServerPlugin {
  return responseCachePlugin({
    shouldReadFromCache: (ctx: GraphQLRequestContext<object>) =>
      Promise.resolve(mayBeCached(ctx.operation)),
    shouldWriteToCache: (ctx: GraphQLRequestContext<object>) =>
      Promise.resolve(mayBeCached(ctx.operation)),
  });
}
