import { QueryFailedError } from 'typeorm';
import { badInput, notFound } from './errors.js';
import { JsonLogger, requestContext } from './logger.js';

function capture(level: 'debug' | 'info' | 'warn' | 'error' = 'debug') {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const logger = new JsonLogger(level, (line) => {
    raw.push(line);
    lines.push(JSON.parse(line) as Record<string, unknown>);
  });
  return { logger, lines, raw };
}

describe('JsonLogger', () => {
  it('writes one JSON object per line with time, level, message and request id', () => {
    const { logger, lines } = capture('info');
    requestContext.run({ requestId: 'req-1' }, () => logger.log({ msg: 'hello', n: 1 }, 'test'));
    logger.debug('not shown');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: 'hello',
      n: 1,
      context: 'test',
      requestId: 'req-1',
    });
    expect(String(lines[0]!.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('logs a database error without its query parameters or the row values in its detail', () => {
    const { logger, raw, lines } = capture();
    const driverError = Object.assign(
      new Error('duplicate key value violates unique constraint "uq_email"'),
      {
        code: '23505',
        detail: 'Key (email_key)=(secret-person@example.test) already exists.',
      },
    );
    const error = new QueryFailedError(
      'INSERT INTO users (email, password_hash) VALUES ($1, $2)',
      ['secret-person@example.test', 'SECRET-HASH'],
      driverError,
    );
    logger.error(error, 'ExceptionsHandler');
    expect(lines[0]).toMatchObject({
      level: 'error',
      context: 'ExceptionsHandler',
      err: { code: '23505' },
    });
    expect(raw.join('\n')).not.toContain('secret-person');
    expect(raw.join('\n')).not.toContain('SECRET-HASH');
  });

  it('redacts secrets by name wherever they appear in a log object', () => {
    const { logger, raw } = capture();
    logger.warn({
      msg: 'odd input',
      input: { password: 'hunter2-hunter2', email: 'a@b.example' },
      cookie: 'academy_session=abc',
    });
    logger.log({
      msg: 'key',
      jwk: { kty: 'OKP', d: 'PRIVATE-D' },
      config: { databaseUrl: 'postgres://u:pw@h/db' },
    });
    const out = raw.join('\n');
    expect(out).not.toContain('hunter2');
    expect(out).not.toContain('abc');
    expect(out).not.toContain('PRIVATE-D');
    expect(out).not.toContain(':pw@');
    expect(out).toContain('a@b.example');
  });

  it('logs errors the client caused at info, not error', () => {
    const { logger, lines } = capture();
    logger.error(badInput('password is too short'), 'ExceptionsHandler');
    logger.error(notFound('The course'), 'ExceptionsHandler');
    logger.error(Object.assign(new Error('Not Found'), { status: 404 }), 'ExceptionsHandler');
    logger.error(new Error('boom'), 'ExceptionsHandler');
    expect(lines.map((l) => l.level)).toEqual(['info', 'info', 'info', 'error']);
    expect(lines[0]).toMatchObject({ code: 'BAD_USER_INPUT', context: 'ExceptionsHandler' });
  });
});
