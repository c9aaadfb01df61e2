import { compareReleaseVersions, isReleaseVersion } from './version.js';

describe('release versions', () => {
  it('orders rc.2 before rc.10 (numeric pre-release parts compare as numbers)', () => {
    expect(compareReleaseVersions('2.0.0-rc.2', '2.0.0-rc.10')).toBeLessThan(0);
    expect(compareReleaseVersions('2.0.0-rc.10', '2.0.0-rc.2')).toBeGreaterThan(0);
  });

  it('sorts releases by precedence: numbers as numbers, pre-releases before their release', () => {
    const versions = ['1.10.0', '2.0.0', '1.9.2', '2.0.0-rc.10', '2.0.0-rc.2', '2.0.0-beta.1', '1.9.2'];
    expect([...versions].sort(compareReleaseVersions)).toEqual([
      '1.9.2',
      '1.9.2',
      '1.10.0',
      '2.0.0-beta.1',
      '2.0.0-rc.2',
      '2.0.0-rc.10',
      '2.0.0',
    ]);
    expect(compareReleaseVersions('1.4.0', '1.4.0')).toBe(0);
  });

  it('accepts only versions written out in full', () => {
    expect(isReleaseVersion('1.0.0')).toBe(true);
    expect(isReleaseVersion('2.0.0-rc.10')).toBe(true);
    for (const bad of ['1.0', 'v1.0.0', '01.0.0', '1.0.0+build.5', '1.0.0-rc..1', ''])
      expect(isReleaseVersion(bad), bad).toBe(false);
  });
});
