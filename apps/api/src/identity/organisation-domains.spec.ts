import { matchesDomains, normaliseDomains, verificationFor } from './organisation-domains.js';

describe('the email-domain rule of an organisation', () => {
  it('matches the domain and its subdomains, not look-alikes', () => {
    const domains = ['utrecht.nl'];
    expect(matchesDomains('Anna@Utrecht.NL', domains)).toBe(true);
    expect(matchesDomains('anna@wijk.utrecht.nl', domains)).toBe(true);
    expect(matchesDomains('anna@notutrecht.nl', domains)).toBe(false);
    expect(matchesDomains('anna@utrecht.nl.example.com', domains)).toBe(false);
    expect(matchesDomains('no-at-sign', domains)).toBe(false);
  });

  it('normalises what admins type', () => {
    expect(normaliseDomains([' @Utrecht.NL ', 'utrecht.nl.', '', 'gent.be'])).toEqual([
      'utrecht.nl',
      'gent.be',
    ]);
  });

  it('verifies by domain, or clears the verification', () => {
    expect(verificationFor('a@gent.be', { emailDomains: ['gent.be'] })).toMatchObject({
      organisationVerification: 'domain',
    });
    expect(verificationFor('a@gmail.com', { emailDomains: ['gent.be'] })).toEqual({
      organisationVerification: null,
      organisationVerifiedAt: null,
    });
    expect(verificationFor('a@gent.be', null).organisationVerification).toBeNull();
  });
});
