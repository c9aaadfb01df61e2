import { offsetFor, pageInfo } from './usePagination';

describe('pageInfo', () => {
  it('counts pages and the offset of the current page', () => {
    expect(pageInfo(45, 2, 20)).toEqual({
      page: 2,
      pageCount: 3,
      offset: 20,
      hasPrevious: true,
      hasNext: true,
    });
    expect(pageInfo(45, 3, 20)).toMatchObject({ offset: 40, hasNext: false });
  });

  it('treats an empty list as one page and clamps page numbers out of range', () => {
    expect(pageInfo(0, 1, 20)).toEqual({
      page: 1,
      pageCount: 1,
      offset: 0,
      hasPrevious: false,
      hasNext: false,
    });
    expect(pageInfo(45, 99, 20).page).toBe(3);
    expect(pageInfo(45, -4, 20).page).toBe(1);
    expect(pageInfo(40, 2, 20)).toMatchObject({ pageCount: 2, hasNext: false });
  });

  it('turns URL page numbers into offsets, with nonsense meaning page 1', () => {
    expect(offsetFor(3, 20)).toBe(40);
    expect(offsetFor(Number.NaN, 20)).toBe(0);
    expect(offsetFor(0, 20)).toBe(0);
  });
});
