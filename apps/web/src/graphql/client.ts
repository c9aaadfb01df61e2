import { cacheExchange, Client, CombinedError, fetchExchange } from '@urql/core';

/** One urql client; cookies carry the session, the JSON content type satisfies CSRF checks. */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: { credentials: 'same-origin' },
  requestPolicy: 'network-only',
  preferGetMethod: false,
});

export interface ApiProblem {
  code: string;
  message: string;
  fields: { field: string; message: string }[];
  retryAfterSeconds?: number;
  /** Why an error refused: a FORBIDDEN reason (e.g. MODULE_LOCKED) or a password reason (TOO_SHORT, COMMON…). */
  reason?: string;
  unlocksAt?: string;
}

/** The first error's `extensions.code`: the web app branches on codes, never on message text. */
export function toProblem(error: CombinedError | undefined): ApiProblem | null {
  if (!error) return null;
  if (error.networkError)
    return { code: 'NETWORK', message: error.networkError.message, fields: [] };
  const first = error.graphQLErrors[0];
  const ext = (first?.extensions ?? {}) as {
    code?: string;
    fields?: ApiProblem['fields'];
    retryAfterSeconds?: number;
    reason?: string;
    unlocksAt?: string;
  };
  return {
    code: ext.code ?? 'UNKNOWN',
    message: first?.message ?? error.message,
    fields: ext.fields ?? [],
    retryAfterSeconds: ext.retryAfterSeconds,
    reason: ext.reason,
    unlocksAt: ext.unlocksAt,
  };
}
