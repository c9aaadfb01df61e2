import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import supertest from 'supertest';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createApp } from '../src/bootstrap.js';
import { JsonLogger } from '../src/common/logger.js';
import { loadConfig } from '../src/config/config.js';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; [k: string]: unknown };
  }[];
}

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  /** A cookie-keeping client, like one browser. */
  client(): TestClient;
  close(): Promise<void>;
}

export interface TestClient {
  agent: ReturnType<typeof supertest.agent>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResult<T>>;
}

/** Boots the real application against the run's PostgreSQL database. */
// One signing-key folder per test process, like a data folder per installation.
const dataDir = mkdtempSync(join(tmpdir(), 'academy-test-data-'));

export async function bootTestApp(
  env: Record<string, string> = {},
  databaseUrl: string = inject('databaseUrl'),
): Promise<TestApp> {
  // Every spec registers its users from 127.0.0.1; the registration limit has its own test.
  // Each app gets its own job queues (a pg-boss schema), so one test's jobs never run in another's
  // app (configured without SMTP, say); quick polling and retries keep the tests short.
  const config = loadConfig({
    LOG_LEVEL: 'error',
    WEB_DIST_DIR: '',
    ACADEMY_DATA_DIR: dataDir,
    REGISTRATIONS_PER_HOUR: '1000000',
    JOBS_SCHEMA: `pgboss_test_${randomBytes(6).toString('hex')}`,
    JOBS_POLL_SECONDS: '1',
    JOBS_RETRY_DELAY_SECONDS: '1',
    ...env,
  });
  const app = await createApp(config, databaseUrl, new JsonLogger('error', () => undefined));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const server = app.getHttpServer();
  return {
    app,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    client() {
      const agent = supertest.agent(server);
      return {
        agent,
        async gql(query, variables) {
          const res = await agent
            .post('/graphql')
            .set('content-type', 'application/json')
            .send({ query, variables });
          return res.body;
        },
      };
    },
    close: () => app.close(),
  };
}
