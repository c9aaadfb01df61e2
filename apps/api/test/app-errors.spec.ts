import type { ArgumentsHost } from '@nestjs/common';
import { AppErrorFilter } from '../src/common/app-error.filter.js';
import { AppError, ErrorCode, ForbiddenReason, notFound } from '../src/common/errors.js';
import { createCohort, hostClient, learnerClient } from '../src/cohorts/cohort.fixtures.js';
import { useFixtureApp } from './fixture-app.js';
import type { TestApp } from './test-app.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});

/** A REST reply the filter writes into, as Fastify would send it. */
function httpHost() {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = {
    headers: {},
  };
  const res = {
    code(code: number) {
      sent.status = code;
      return res;
    },
    send(body: unknown) {
      sent.body = body;
      return res;
    },
    header(name: string, value: string) {
      sent.headers[name] = value;
      return res;
    },
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({ getResponse: () => res }),
  } as unknown as ArgumentsHost;
  return { host, sent };
}

describe('application errors, independent of GraphQL', () => {
  it('become an HTTP status and a JSON body with the same code and extra fields', () => {
    const { host, sent } = httpHost();
    new AppErrorFilter().catch(
      new AppError(ErrorCode.Forbidden, 'Not for you.', {
        reason: ForbiddenReason.InvitationForAnotherEmail,
      }),
      host,
    );
    expect(sent).toEqual({
      status: 403,
      body: {
        statusCode: 403,
        message: 'Not for you.',
        code: 'FORBIDDEN',
        reason: 'INVITATION_FOR_ANOTHER_EMAIL',
      },
      headers: {},
    });
    const internal = httpHost();
    new AppErrorFilter().catch(new AppError(ErrorCode.Internal, 'secret detail'), internal.host);
    expect(internal.sent.status).toBe(500);
    expect(JSON.stringify(internal.sent.body)).not.toContain('secret detail');
  });

  it('leave GraphQL requests to formatError', () => {
    const host = { getType: () => 'graphql' } as unknown as ArgumentsHost;
    const error = notFound('The cohort');
    expect(() => new AppErrorFilter().catch(error, host)).toThrow(error);
  });

  it('reach a REST route as 401 and 404 with a JSON body, and GraphQL as the same extensions.code', async () => {
    const host = await hostClient(t);
    const cohort = await createCohort(host.client, releaseId);
    const stranger = await learnerClient(t);

    const anonymous = await t.client().agent.get(`/cohorts/${cohort.id}/export/progress.csv`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });

    const refused = await stranger.client.agent.get(`/cohorts/${cohort.id}/export/progress.csv`);
    expect(refused.status).toBe(404);
    expect(refused.headers['content-type']).toMatch(/application\/json/);
    expect(refused.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'The cohort was not found.',
    });

    const viaGraphql = await stranger.client.gql(
      `query($id: ID!) { cohort(cohortId: $id) { id } }`,
      {
        id: cohort.id,
      },
    );
    expect(viaGraphql.errors?.[0]).toMatchObject({
      message: 'The cohort was not found.',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
