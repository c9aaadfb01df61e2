import type { CombinedError } from '@urql/core';
import { toProblem } from '../graphql/client';
import type { LtiRosterAction } from '../graphql/generated';

/** The NRPS scope the academy asks for; named when the platform refuses it without saying so. */
export const NRPS_SCOPE =
  'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly';

export type RosterCounts = Record<LtiRosterAction, number> & { toPlace: number };

/** How many people each outcome has; `toPlace` (join + invite) takes places in the cohort. */
export function rosterCounts(entries: readonly { action: LtiRosterAction }[]): RosterCounts {
  const counts: RosterCounts = { JOIN: 0, INVITE: 0, MEMBER: 0, INVITED: 0, SKIP: 0, toPlace: 0 };
  for (const e of entries) counts[e.action]++;
  counts.toPlace = counts.JOIN + counts.INVITE;
  return counts;
}

/** People to act on first (join, invite), then the skipped (the host may fix those), then the rest. */
const ORDER: Record<LtiRosterAction, number> = {
  JOIN: 0,
  INVITE: 1,
  SKIP: 2,
  INVITED: 3,
  MEMBER: 4,
};
export function rosterRows<E extends { action: LtiRosterAction; name: string }>(
  entries: readonly E[],
): E[] {
  return [...entries].sort(
    (a, b) => ORDER[a.action] - ORDER[b.action] || a.name.localeCompare(b.name),
  );
}

/**
 * A translated message (key and values) for a failed roster preview or import. Branches on
 * `extensions.code` and `extensions.reason` only; the platform's name comes from the course list,
 * the refused scope from the error's extensions.
 */
export function rosterProblem(
  error: CombinedError | undefined,
  platform: string,
): { key: string; values: Record<string, string> } {
  const problem = toProblem(error);
  const first = error?.graphQLErrors[0]?.extensions as { scope?: unknown } | undefined;
  switch (problem?.reason) {
    case 'LTI_SCOPE_DENIED':
      return {
        key: 'lti.roster.errors.scopeDenied',
        values: { platform, scope: typeof first?.scope === 'string' ? first.scope : NRPS_SCOPE },
      };
    case 'LTI_PLATFORM_UNAVAILABLE':
      return { key: 'lti.roster.errors.unavailable', values: { platform } };
  }
  switch (problem?.code) {
    case 'NOT_FOUND':
      return { key: 'lti.roster.errors.notFound', values: {} };
    case 'BAD_USER_INPUT':
      // The only input problem of a valid request: the cohort no longer has the places.
      return { key: 'lti.roster.errors.noPlaces', values: {} };
    case 'FORBIDDEN':
    case 'UNAUTHENTICATED':
      return { key: 'errors.forbidden', values: {} };
    case 'NETWORK':
      return { key: 'errors.network', values: {} };
    default:
      return { key: 'errors.unknown', values: {} };
  }
}
