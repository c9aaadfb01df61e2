import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import {
  DirectiveLocation,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLInt,
  type GraphQLResolveInfo,
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
  (info as InfoWithCacheControl).cacheControl?.setCacheHint({
    maxAge: PUBLIC_CONTENT_MAX_AGE,
    scope: 'PUBLIC',
  });
}

/**
 * Apollo's response cache, in this process's memory (Apollo's bounded LRU): keyed by the query
 * text, operation name and variables; only answers whose every field allows it are written, and
 * answers with errors never are. No session id is given, so a PRIVATE answer is never cached and
 * a PUBLIC one is shared by everyone. In memory per replica is safe: what is cached is immutable
 * release content that every replica would answer the same way.
 */
export function responseCache(): ApolloServerPlugin {
  return responseCachePlugin();
}
