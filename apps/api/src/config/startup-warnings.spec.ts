import { startupWarnings } from './startup-warnings.js';

describe('start-up warnings', () => {
  it('warns in production when PUBLIC_URL is unset', () => {
    const [warning, ...rest] = startupWarnings({
      production: true,
      publicUrl: undefined,
      trustProxy: false,
    });
    expect(rest).toEqual([]);
    expect(warning).toMatch(/^PUBLIC_URL is not set\./);
  });

  it('stays quiet with PUBLIC_URL, and outside production', () => {
    expect(
      startupWarnings({
        production: true,
        publicUrl: 'https://academy.example.org',
        trustProxy: 1,
      }),
    ).toEqual([]);
    expect(startupWarnings({ production: false, publicUrl: undefined, trustProxy: false })).toEqual(
      [],
    );
  });
});
