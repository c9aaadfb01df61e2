import type { ApiProblem } from '../graphql/client';

/** The message key for a live workshop error: branches on `extensions.code`, never on text. */
export function liveProblemKey(problem: ApiProblem | null): string {
  switch (problem?.code) {
    case 'NOT_FOUND':
      return 'live.errors.notFound';
    case 'CONFLICT':
      return 'live.errors.closed';
    case 'BAD_USER_INPUT':
      return 'live.errors.invalid';
    case 'UNAUTHENTICATED':
      return 'live.errors.signIn';
    case 'FORBIDDEN':
      return 'live.errors.forbidden';
    case 'NETWORK':
      return 'live.errors.network';
    default:
      return 'live.errors.generic';
  }
}
