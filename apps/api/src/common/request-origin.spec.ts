import { publicOrigin, requestOrigin } from './request-origin.js';

describe('the origin links point at', () => {
  it('is PUBLIC_URL when it is set, whatever the request says', () => {
    expect(
      publicOrigin('https://academy.example.org/', { protocol: 'http', host: 'evil.test' }, 3000),
    ).toBe('https://academy.example.org');
  });

  it('is the request’s origin when PUBLIC_URL is unset', () => {
    expect(
      publicOrigin(undefined, { protocol: 'https', host: 'academy.city.example:8443' }, 3000),
    ).toBe('https://academy.city.example:8443');
  });

  it('falls back to this machine without a request, and refuses hosts that are not host names', () => {
    expect(publicOrigin(undefined, undefined, 3000)).toBe('http://localhost:3000');
    expect(requestOrigin({ protocol: 'http', host: 'a.test/evil?x=' })).toBeNull();
    expect(requestOrigin({ protocol: 'http', host: '' })).toBeNull();
    expect(requestOrigin({ protocol: 'http', host: '[::1]:3000' })).toBe('http://[::1]:3000');
  });
});
