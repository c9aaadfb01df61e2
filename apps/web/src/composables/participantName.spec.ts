import { participantName } from './participantName';

const t = (key: string) => `«${key}»`;

describe('participantName', () => {
  it('words a deleted account in the interface language, and shows other names as they are', () => {
    expect(participantName({ displayName: 'Deleted participant', deleted: true }, t)).toBe(
      '«cohorts.deletedParticipant»',
    );
    expect(participantName({ displayName: 'Anna de Vries', deleted: false }, t)).toBe(
      'Anna de Vries',
    );
    expect(participantName({ displayName: 'Bo' }, t)).toBe('Bo');
  });
});
