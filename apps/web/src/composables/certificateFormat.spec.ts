import {
  certificateFileName,
  certificateProblemMessage,
  formatCertificateDate,
  isAdmin,
  sameOriginPath,
  shortHash,
  toVerdict,
  verdictTone,
} from './certificateFormat';
import { defaultIssuer, issuerFromProfile } from './verifyIssuer';

describe('certificate display helpers', () => {
  it('formats the issue date in the reader language, on the UTC day printed on the PDF', () => {
    expect(formatCertificateDate('2026-03-14T23:30:12Z', 'en-GB')).toBe('14 March 2026');
    expect(formatCertificateDate('2026-03-14T23:30:12Z', 'nl')).toBe('14 maart 2026');
    expect(formatCertificateDate('2026-03-14T09:30:12Z', 'de')).toBe('14. März 2026');
    expect(formatCertificateDate('not a date', 'en')).toBe('not a date');
  });

  it('shortens content hashes to 12 hex digits', () => {
    expect(shortHash('sha256:9f2c4e1ab3d5e7f90123456789abcdef')).toBe('9f2c4e1ab3d5');
    expect(shortHash('abc')).toBe('abc');
  });

  it('keeps download links on the page origin', () => {
    expect(sameOriginPath('http://localhost:3000/certificates/abc/certificate.pdf')).toBe(
      '/certificates/abc/certificate.pdf',
    );
    expect(sameOriginPath('https://a.example/x?y=1')).toBe('/x?y=1');
    expect(sameOriginPath('/already/relative')).toBe('/already/relative');
  });

  it('names downloaded files after the course', () => {
    expect(certificateFileName('circular-procurement-foundations', 'pdf')).toBe(
      'certificate-circular-procurement-foundations.pdf',
    );
    expect(certificateFileName('../weird name', 'jwt')).toBe('certificate-weird-name.jwt');
    expect(certificateFileName('', 'jwt')).toBe('certificate-course.jwt');
  });

  it('maps API statuses to verdicts and anything else to invalid', () => {
    expect(
      ['valid', 'revoked', 'unknown', 'invalid', 'tampered', null].map((s) => toVerdict(s)),
    ).toEqual(['valid', 'revoked', 'unknown', 'invalid', 'invalid', 'invalid']);
  });

  it('lets only admins revoke', () => {
    expect(isAdmin(['learner', 'admin'])).toBe(true);
    expect(isAdmin(['learner', 'editor'])).toBe(false);
    expect(isAdmin(undefined)).toBe(false);
  });

  it('turns problems into translated messages by code', () => {
    expect(
      certificateProblemMessage({
        code: 'RATE_LIMITED',
        message: 'x',
        fields: [],
        retryAfterSeconds: 12,
      }),
    ).toEqual({
      key: 'certificates.errors.rateLimited',
      values: { seconds: 12 },
    });
    expect(
      certificateProblemMessage({ code: 'RATE_LIMITED', message: 'x', fields: [] }).values,
    ).toEqual({ seconds: 60 });
    expect(certificateProblemMessage({ code: 'FORBIDDEN', message: 'x', fields: [] }).key).toBe(
      'errors.forbidden',
    );
    expect(certificateProblemMessage({ code: 'NETWORK', message: 'x', fields: [] }).key).toBe(
      'errors.network',
    );
    // A malformed id (refused as BAD_USER_INPUT by the API) names no certificate, like an unknown one.
    expect(
      certificateProblemMessage({ code: 'BAD_USER_INPUT', message: 'x', fields: [] }).key,
    ).toBe('certificates.errors.notFound');
    expect(certificateProblemMessage({ code: 'WHATEVER', message: 'x', fields: [] }).key).toBe(
      'errors.unknown',
    );
  });

  it('takes the issuer URLs from the published profile, falling back to the standard paths', () => {
    const origin = 'https://academy.example.org';
    expect(
      issuerFromProfile(
        { id: `${origin}/issuer`, name: 'Academy', publicKeys: `${origin}/.well-known/jwks.json` },
        origin,
      ),
    ).toEqual({
      name: 'Academy',
      profileUrl: `${origin}/issuer`,
      jwksUrl: `${origin}/.well-known/jwks.json`,
    });
    expect(issuerFromProfile(null, origin)).toEqual(defaultIssuer(origin));
    expect(issuerFromProfile({ name: 42 }, origin)).toEqual(defaultIssuer(origin));
  });

  it('presents a tampered or invalid credential as an error, like a revoked one, not as a warning', () => {
    expect(
      ['valid', 'revoked', 'unknown', 'tampered'].map((s) => verdictTone(toVerdict(s))),
    ).toEqual(['success', 'error', 'neutral', 'error']);
  });
});
