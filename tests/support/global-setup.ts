import type { TestProject } from 'vitest/node';
import {
  createDatabase,
  freePort,
  provisionTestServer,
} from '../../apps/api/test/test-database.js';
import { startAcademy } from './academy-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    e2eServerUrl: string;
    /** The running academy's own database, for arranging data a browser cannot (e.g. roles). */
    e2eDatabaseUrl: string;
  }
}

/** One running academy (built API + web) on its own fresh database for the browser tests. */
export default async function setup(project: TestProject) {
  const server = await provisionTestServer();
  const db = await createDatabase(server.serverUrl, 'academy_e2e');
  // Every browser test registers from 127.0.0.1, like a workshop behind one address: more than the
  // default 30 registrations an hour, so the suite raises the limit as such a workshop would.
  const academy = await startAcademy({
    DATABASE_URL: db.url,
    PORT: String(await freePort()),
    REGISTRATIONS_PER_HOUR: '1000',
  });
  project.provide('baseUrl', academy.baseUrl);
  project.provide('e2eServerUrl', server.serverUrl);
  project.provide('e2eDatabaseUrl', db.url);
  return async () => {
    await academy.stop();
    await db.drop();
    await server.stop();
  };
}
