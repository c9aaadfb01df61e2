import { buildTranslationGrid, canEditCurriculum } from './translationGrid';

const row = (id: string, locale: string, status: string) => ({
  __typename: 'TranslationStatusRow' as const,
  id,
  kind: 'module',
  locale,
  status,
  total: 4,
  complete: status === 'complete' ? 4 : 1,
  outdated: 0,
  missing: 0,
  unreviewed: 0,
  needsWork: [],
  unreviewedFiles: [],
});

describe('translation grid', () => {
  it('puts each item on one row with a cell per locale, gaps as null', () => {
    const grid = buildTranslationGrid(
      [
        row('why-circular', 'nl', 'complete'),
        row('why-circular', 'de', 'outdated'),
        row('legal-framework', 'de', 'missing'),
      ],
      ['nl', 'de'],
    );
    expect(grid.map((r) => r.id)).toEqual(['why-circular', 'legal-framework']);
    expect(grid[0]!.cells.map((c) => c?.status)).toEqual(['complete', 'outdated']);
    expect(grid[1]!.cells[0]).toBeNull();
  });

  it('drops cells of locales filtered out', () => {
    const grid = buildTranslationGrid(
      [row('a', 'nl', 'complete'), row('a', 'de', 'missing')],
      ['de'],
    );
    expect(grid[0]!.cells.map((c) => c?.status)).toEqual(['missing']);
  });

  it('lets editors and admins in, and nobody else', () => {
    expect(canEditCurriculum(['learner', 'editor'])).toBe(true);
    expect(canEditCurriculum(['admin'])).toBe(true);
    expect(canEditCurriculum(['learner', 'host'])).toBe(false);
    expect(canEditCurriculum(undefined)).toBe(false);
  });
});
