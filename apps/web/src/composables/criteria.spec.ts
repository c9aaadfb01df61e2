import { criterionClipboardText, filterCriteria, foldForSearch, type Criterion } from './criteria';

const criterion = (over: Partial<Criterion>): Criterion =>
  ({
    id: 'c1',
    type: 'award',
    level: 'basic',
    text: 'Points for furniture that can be repaired.',
    verification: 'A repair manual and a spare-parts list.',
    ...over,
  }) as Criterion;

const criteria = [
  criterion({ id: 'a' }),
  criterion({
    id: 'b',
    type: 'specification',
    level: 'ambitious',
    text: 'Réutilisé au moins 50 % du mobilier.',
    verification: null,
  }),
];

describe('criteria library search', () => {
  it('finds words in the text or the verification, in any case and order', () => {
    const ids = (search: string) =>
      filterCriteria(criteria, { level: '', type: '', search }).map((c) => c.id);
    expect(ids('')).toEqual(['a', 'b']);
    expect(ids('FURNITURE')).toEqual(['a']);
    expect(ids('spare repaired')).toEqual(['a']);
    expect(ids('manual cheese')).toEqual([]);
  });

  it('ignores accents, so a buyer typing without them still finds the criterion', () => {
    expect(foldForSearch('Réutilisé')).toBe('reutilise');
    expect(
      filterCriteria(criteria, { level: '', type: '', search: 'reutilise' }, 'fr'),
    ).toHaveLength(1);
  });

  it('combines search with level and kind', () => {
    expect(filterCriteria(criteria, { level: 'ambitious', type: '', search: 'furniture' })).toEqual(
      [],
    );
    expect(
      filterCriteria(criteria, { level: '', type: 'award', search: '' }).map((c) => c.id),
    ).toEqual(['a']);
  });

  it('copies the criterion with its verification when it has one', () => {
    expect(criterionClipboardText(criteria[0]!, 'Verification')).toBe(
      'Points for furniture that can be repaired.\nVerification: A repair manual and a spare-parts list.',
    );
    expect(criterionClipboardText(criteria[1]!, 'Verification')).toBe(
      'Réutilisé au moins 50 % du mobilier.',
    );
  });
});
