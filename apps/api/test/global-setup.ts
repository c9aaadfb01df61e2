import type { TestProject } from 'vitest/node';
import { migrate, openDataSource } from '../src/database/data-source.js';
import { createDatabase, provisionTestServer } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string;
  }
}

/** One database per test run with the real migrations applied once; tests make their own rows. */
export default async function setup(project: TestProject) {
  const server = await provisionTestServer();
  const db = await createDatabase(server.serverUrl);
  const ds = await openDataSource(db.url);
  await migrate(ds);
  await ds.destroy();
  project.provide('databaseUrl', db.url);
  project.provide('serverUrl', server.serverUrl);
  return async () => {
    await db.drop();
    await server.stop();
  };
}
