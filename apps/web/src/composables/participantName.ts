type Translate = (key: string) => string;

/**
 * A participant's name as hosts see it: a deleted account's records stay (attendance, answers)
 * under a tombstone, which the API flags; it reads "deleted participant" in the host's language.
 */
export function participantName(
  p: { displayName: string; deleted?: boolean | null },
  t: Translate,
): string {
  return p.deleted ? t('cohorts.deletedParticipant') : p.displayName;
}
