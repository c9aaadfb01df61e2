import type { ApiProblem } from '../graphql/client';
import type { InvitationState } from '../graphql/generated';
import { acceptProblemKey, invitationView } from './invitationView';

const invitation = (state: InvitationState = 'pending') => ({
  cohortName: 'Pressure cooker',
  email: 'Anna@Example.test',
  displayName: 'Anna',
  locale: 'nl',
  state,
  expiresAt: '2030-01-01T00:00:00Z',
});
const problem = (code: string, reason?: string): ApiProblem => ({
  code,
  message: 'x',
  fields: [],
  reason,
});

describe('the invitation page', () => {
  it('asks an anonymous visitor to sign in or register with the invited address', () => {
    expect(invitationView(invitation(), null, null)).toBe('signIn');
  });

  it('lets only the invited address accept (case ignored), and asks anyone else to sign out', () => {
    expect(invitationView(invitation(), null, 'anna@example.test')).toBe('accept');
    expect(invitationView(invitation(), null, 'host@example.test')).toBe('wrongAccount');
  });

  it('explains used, expired and unknown links', () => {
    expect(invitationView(invitation('accepted'), null, null)).toBe('used');
    expect(invitationView(invitation('expired'), null, 'anna@example.test')).toBe('expired');
    expect(invitationView(null, problem('NOT_FOUND'), null)).toBe('notFound');
    expect(invitationView(null, problem('NETWORK'), null)).toBe('failed');
    expect(invitationView(null, null, null)).toBe('loading');
  });

  it('translates a refusal by code and reason', () => {
    expect(acceptProblemKey(problem('FORBIDDEN', 'INVITATION_FOR_ANOTHER_EMAIL'))).toBe(
      'cohorts.invitation.wrongAccountError',
    );
    expect(acceptProblemKey(problem('CONFLICT'))).toBe('cohorts.errors.invitationConflict');
    expect(acceptProblemKey(problem('FORBIDDEN'))).toBe('errors.unknown');
  });
});
