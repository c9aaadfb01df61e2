import { certifiedBars } from './certifiedYears';

describe('certifiedBars', () => {
  it('fills the years without certificates up to this year and scales to the best year', () => {
    const bars = certifiedBars(
      [
        { year: 2023, certificates: 5, people: 4 },
        { year: 2025, certificates: 2, people: 2 },
      ],
      2026,
    );
    expect(bars.map((b) => [b.year, b.people, b.width])).toEqual([
      [2023, 4, 100],
      [2024, 0, 0],
      [2025, 2, 50],
      [2026, 0, 0],
    ]);
  });

  it('shows nothing before the first certificate', () => {
    expect(certifiedBars([], 2026)).toEqual([]);
  });
});
