import semver from 'semver';

/** True for a canonical semantic version without build metadata, such as 1.4.0 or 2.0.0-rc.10. */
export function isReleaseVersion(value: string): boolean {
  // valid() also accepts "v1.0.0" and drops "+build"; a release version is written out in full.
  return semver.valid(value) === value;
}

/**
 * Orders release versions by SemVer precedence: 1.10.0 after 1.9.2, a pre-release before its
 * release, and numeric pre-release parts as numbers (rc.2 before rc.10).
 */
export function compareReleaseVersions(a: string, b: string): number {
  return semver.compare(a, b);
}
