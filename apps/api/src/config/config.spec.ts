import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses defaults for a bare environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe('./.data');
  });

  it('names every bad variable and what it expects', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SESSION_TTL_DAYS: '0' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT: PORT must be a whole number between 1 and 65535/);
      expect(problems).toMatch(/DATABASE_URL: .*postgres:\/\//);
      expect(problems).toMatch(/SESSION_TTL_DAYS/);
    }
  });

  it('accepts a PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/academy' }).databaseUrl).toContain('db:5432');
  });

  it('turns GraphQL introspection off in production unless GRAPHQL_INTROSPECTION=true', () => {
    expect(loadConfig({}).graphqlIntrospection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, graphqlIntrospection: false });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).graphqlIntrospection).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }).graphqlIntrospection).toBe(false);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'yes' })).toThrow(/GRAPHQL_INTROSPECTION must be true or false/);
  });

  it('never repeats the value of a bad variable, which may be a secret', () => {
    const secret = 'SECRET-MARKER-7f3a';
    const env = {
      PORT: `8${secret}`,
      DATABASE_URL: `postgres://user:${secret}@`,
      SMTP_URL: `mail://user:${secret}@mail.example.org`,
      ISSUER_PRIVATE_JWK: `{"kty":"OKP","crv":"Ed25519","d":"${secret}"`,
    };
    const error = (() => {
      try {
        loadConfig(env);
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('expected a ConfigError');
    })();
    expect(error.problems.map((p) => p.split(':')[0])).toEqual(
      expect.arrayContaining(['PORT', 'DATABASE_URL', 'SMTP_URL', 'ISSUER_PRIVATE_JWK']),
    );
    expect(error.message).not.toContain(secret);
  });
});
