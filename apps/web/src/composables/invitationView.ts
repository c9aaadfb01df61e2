import type { ApiProblem } from '../graphql/client';
import type { InvitationQuery } from '../graphql/generated';

type Invitation = InvitationQuery['invitation'];

/** What the invitation page offers, from the invitation and who is signed in. */
export type InvitationView =
  | 'loading'
  | 'notFound'
  /** The invitation could not be loaded (network, server). */
  | 'failed'
  | 'expired'
  | 'used'
  /** Signed in with the invited address: accept (or confirm, with a confirmation link). */
  | 'accept'
  /** Signed in with another address: sign out first. */
  | 'wrongAccount'
  /** Nobody signed in: sign in or register with the invited address. */
  | 'signIn';

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function invitationView(
  invitation: Invitation | null,
  problem: ApiProblem | null,
  userEmail: string | null,
): InvitationView {
  if (problem) return problem.code === 'NOT_FOUND' ? 'notFound' : 'failed';
  if (!invitation) return 'loading';
  if (invitation.state === 'expired') return 'expired';
  if (invitation.state === 'accepted') return 'used';
  if (userEmail === null) return 'signIn';
  return sameEmail(userEmail, invitation.email) ? 'accept' : 'wrongAccount';
}

/** The translation key for a refused acceptance (by code and reason, never by message). */
export function acceptProblemKey(problem: ApiProblem): string {
  if (problem.code === 'FORBIDDEN' && problem.reason === 'INVITATION_FOR_ANOTHER_EMAIL')
    return 'cohorts.invitation.wrongAccountError';
  switch (problem.code) {
    case 'NOT_FOUND':
      return 'cohorts.errors.invitationNotFound';
    case 'CONFLICT':
      return 'cohorts.errors.invitationConflict';
    case 'UNAUTHENTICATED':
      return 'errors.signInRequired';
    case 'NETWORK':
      return 'errors.network';
    default:
      return 'errors.unknown';
  }
}
