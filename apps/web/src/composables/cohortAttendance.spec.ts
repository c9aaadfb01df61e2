import {
  attendanceCounts,
  attendanceDraft,
  attendanceEntries,
  changedCount,
  markAllPresent,
} from './cohortAttendance';

const people = [
  { userId: 'a', displayName: 'Ann' },
  { userId: 'b', displayName: 'Bo' },
  { userId: 'c', displayName: 'Cem' },
];

describe('attendance form state', () => {
  it('starts from what was saved, unmarked otherwise, and ignores strangers', () => {
    expect(
      attendanceDraft(people, [
        { userId: 'b', status: 'excused' },
        { userId: 'z', status: 'present' },
      ]),
    ).toEqual({ a: null, b: 'excused', c: null });
  });

  it('marks the unmarked present and keeps excusals, unless told to overwrite', () => {
    const draft = { a: null, b: 'excused', c: 'absent' } as const;
    expect(markAllPresent(draft)).toEqual({ a: 'present', b: 'excused', c: 'absent' });
    expect(markAllPresent(draft, true)).toEqual({ a: 'present', b: 'present', c: 'present' });
  });

  it('saves the marked people only and counts changes and statuses', () => {
    const saved = attendanceDraft(people, [{ userId: 'b', status: 'excused' }]);
    const draft = { ...markAllPresent(saved), c: null };
    expect(attendanceEntries(draft)).toEqual([
      { userId: 'a', status: 'present' },
      { userId: 'b', status: 'excused' },
    ]);
    expect(changedCount(draft, saved)).toBe(1);
    expect(changedCount(saved, saved)).toBe(0);
    expect(attendanceCounts(draft)).toEqual({ present: 1, absent: 0, excused: 1, unmarked: 1 });
  });
});
