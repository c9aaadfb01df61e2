/**
 * The email-domain rule: an address at one of an organisation's domains, or at a subdomain of
 * one (staff@utrecht.nl and staff@wijk.utrecht.nl for utrecht.nl), belongs to the organisation.
 */
export function domainOf(email: string): string {
  return (email.trim().toLowerCase().split('@')[1] ?? '').replace(/\.$/, '');
}

export function matchesDomains(email: string, domains: readonly string[]): boolean {
  const domain = domainOf(email);
  return domain !== '' && domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** Lower-cased, without a leading "@" or trailing dot, duplicates dropped. */
export function normaliseDomains(domains: readonly string[]): string[] {
  return [
    ...new Set(domains.map((d) => d.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, ''))),
  ].filter(Boolean);
}

/** What a person's organisation verification becomes when the organisation is set. */
export function verificationFor(email: string, organisation: { emailDomains: string[] } | null) {
  return organisation && matchesDomains(email, organisation.emailDomains)
    ? { organisationVerification: 'domain' as const, organisationVerifiedAt: new Date() }
    : { organisationVerification: null, organisationVerifiedAt: null };
}
