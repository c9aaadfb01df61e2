import Fastify from 'fastify';
import { ConfigError, loadConfig, trustProxyOption } from './config.js';

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

  it('reads the privacy settings, with the issuer as the default controller', () => {
    expect(loadConfig({ ISSUER_NAME: 'City of Gent' }).privacy).toEqual({
      controllerName: 'City of Gent',
      contactEmail: null,
      dpoContact: null,
      retention: {
        inactiveAccountDays: 1095,
        warningDays: 30,
        invitationDays: 90,
        mailDays: 180,
        auditDays: 730,
      },
    });
    const set = loadConfig({
      PRIVACY_CONTROLLER_NAME: 'Stad Gent',
      PRIVACY_CONTACT_EMAIL: 'privacy@stad.gent',
      RETENTION_WARNING_DAYS: '14',
    }).privacy;
    expect(set).toMatchObject({
      controllerName: 'Stad Gent',
      contactEmail: 'privacy@stad.gent',
      retention: { warningDays: 14 },
    });
  });

  it('refuses a contact that is not an email address and retention periods out of range', () => {
    expect(() =>
      loadConfig({ PRIVACY_CONTACT_EMAIL: 'privacy desk', RETENTION_MAIL_DAYS: '0' }),
    ).toThrow(/PRIVACY_CONTACT_EMAIL: .*email address[\s\S]*RETENTION_MAIL_DAYS: .*1 to 36500/);
  });

  it('accepts a PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/academy' }).databaseUrl).toContain(
      'db:5432',
    );
  });

  it('turns GraphQL introspection off in production unless GRAPHQL_INTROSPECTION=true', () => {
    expect(loadConfig({}).graphqlIntrospection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({
      production: true,
      graphqlIntrospection: false,
    });
    expect(
      loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).graphqlIntrospection,
    ).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }).graphqlIntrospection).toBe(false);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'yes' })).toThrow(
      /GRAPHQL_INTROSPECTION must be true or false/,
    );
  });

  it('never repeats the value of a bad variable, which may be a secret', () => {
    const secret = 'SECRET-MARKER-7f3a';
    const env = {
      PORT: `8${secret}`,
      DATABASE_URL: `postgres://user:${secret}@`,
      SMTP_URL: `mail://user:${secret}@mail.example.org`,
      REDIS_URL: `http://:${secret}@redis.example.org`,
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
      expect.arrayContaining([
        'PORT',
        'DATABASE_URL',
        'SMTP_URL',
        'REDIS_URL',
        'ISSUER_PRIVATE_JWK',
      ]),
    );
    expect(error.message).not.toContain(secret);
  });

  it('reads TRUST_PROXY as a hop count or a list of proxies, and refuses to trust everyone', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.2,loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.2',
      'loopback',
    ]);
    expect(loadConfig({ TRUST_PROXY: 'fd00::/8' }).trustProxy).toEqual(['fd00::/8']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(
      /TRUST_PROXY=true would believe any X-Forwarded-For/,
    );
    for (const bad of ['yes', '10.0.0.0/33', 'proxy.example.org', '1.2.3', '99']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(
        /TRUST_PROXY must be false, a number of proxy hops/,
      );
    }
  });

  it('with one trusted hop, a client cannot choose its address by sending X-Forwarded-For', async () => {
    const app = Fastify({
      trustProxy: trustProxyOption(loadConfig({ TRUST_PROXY: '1' }).trustProxy),
    });
    app.get('/', (request) => `${request.ip} ${request.protocol}`);
    // The client claims 203.0.113.9; the proxy appends the address it really saw.
    const res = await app.inject({
      url: '/',
      headers: { 'x-forwarded-for': '203.0.113.9, 198.51.100.7', 'x-forwarded-proto': 'https' },
    });
    expect(res.body).toBe('198.51.100.7 https');
    const untrusted = Fastify({ trustProxy: trustProxyOption(loadConfig({}).trustProxy) });
    untrusted.get('/', (request) => `${request.ip} ${request.protocol}`);
    const direct = await untrusted.inject({
      url: '/',
      headers: { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' },
    });
    expect(direct.body).toBe('127.0.0.1 http');
  });

  it('accepts a redis:// or rediss:// REDIS_URL', () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe(
      'redis://127.0.0.1:6379',
    );
    expect(loadConfig({ REDIS_URL: 'rediss://:pw@redis.example.org:6380/2' }).redisUrl).toBe(
      'rediss://:pw@redis.example.org:6380/2',
    );
  });
});
