import { placesTaken } from './cohortPlaces';

describe('places taken in a cohort', () => {
  it('counts pending invitations as taken places and says how many', () => {
    expect(placesTaken({ participantCount: 1, invitedCount: 2, capacity: 40 })).toEqual({
      key: 'cohorts.host.placesInvited',
      values: { count: 3, capacity: 40, invited: 2 },
    });
  });

  it('names only participants when nobody is invited', () => {
    expect(placesTaken({ participantCount: 5, invitedCount: 0, capacity: 40 })).toEqual({
      key: 'cohorts.host.participants',
      values: { count: 5, capacity: 40 },
    });
  });
});
