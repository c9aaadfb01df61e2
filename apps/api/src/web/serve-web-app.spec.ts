import { apiPaths } from './serve-web-app.js';

describe('which paths the API keeps from the web app', () => {
  it.each([
    '/graphql',
    '/readyz',
    '/issuer',
    '/.well-known/jwks.json',
    '/verify-api/abc',
    '/certificates/abc/certificate.pdf',
    '/certificates/abc/credential.jwt',
    '/cohorts/abc/calendar.ics',
    '/cohorts/abc/export/progress.csv',
    '/calendar/tok.ics',
    '/admin/releases/abc/courses/basics/nl.imscc',
  ])('%s is the API’s', (path) => expect(apiPaths.test(path)).toBe(true));
  it.each([
    '/',
    '/certificates',
    '/verify/abc',
    '/cohorts',
    '/cohorts/abc',
    '/learn/m/l',
    '/issuers',
    '/admin/export',
    '/admin/jobs',
  ])('%s is the web app’s', (path) => expect(apiPaths.test(path)).toBe(false));
});
