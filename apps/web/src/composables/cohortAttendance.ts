import type { AttendanceStatus } from '../graphql/generated';

export const ATTENDANCE_STATUSES: AttendanceStatus[] = ['present', 'absent', 'excused'];

export interface AttendancePerson {
  userId: string;
  displayName: string;
  deleted?: boolean;
}

/** Status per participant; null while unmarked. */
export type AttendanceDraft = Record<string, AttendanceStatus | null>;

/** The form's starting state: what was saved (or self check-ins), else unmarked. */
export function attendanceDraft(
  people: AttendancePerson[],
  saved: { userId: string; status: AttendanceStatus }[],
): AttendanceDraft {
  const byUser = new Map(saved.map((e) => [e.userId, e.status]));
  return Object.fromEntries(people.map((p) => [p.userId, byUser.get(p.userId) ?? null]));
}

/** "Mark all present" fills the unmarked only, so excusals already entered survive. */
export function markAllPresent(draft: AttendanceDraft, overwrite = false): AttendanceDraft {
  return Object.fromEntries(
    Object.entries(draft).map(([id, s]) => [id, overwrite || s === null ? 'present' : s]),
  );
}

/** The entries to save: everyone marked; unmarked people are left out. */
export function attendanceEntries(
  draft: AttendanceDraft,
): { userId: string; status: AttendanceStatus }[] {
  return Object.entries(draft).flatMap(([userId, status]) => (status ? [{ userId, status }] : []));
}

/** How many differ from what was saved: drives "unsaved changes". */
export function changedCount(draft: AttendanceDraft, saved: AttendanceDraft): number {
  return Object.keys(draft).filter((id) => draft[id] !== (saved[id] ?? null)).length;
}

export function attendanceCounts(
  draft: AttendanceDraft,
): Record<AttendanceStatus | 'unmarked', number> {
  const counts = { present: 0, absent: 0, excused: 0, unmarked: 0 };
  for (const s of Object.values(draft)) counts[s ?? 'unmarked']++;
  return counts;
}
