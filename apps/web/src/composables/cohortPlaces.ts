/**
 * "n of capacity places taken" as an i18n key and values. Pending invitations hold places (an
 * import is refused when they would exceed the capacity), so they count, and the text says so.
 */
export function placesTaken(c: {
  participantCount: number;
  invitedCount: number;
  capacity: number;
}): { key: string; values: Record<string, number> } {
  const count = c.participantCount + c.invitedCount;
  return c.invitedCount > 0
    ? {
        key: 'cohorts.host.placesInvited',
        values: { count, capacity: c.capacity, invited: c.invitedCount },
      }
    : { key: 'cohorts.host.participants', values: { count, capacity: c.capacity } };
}
