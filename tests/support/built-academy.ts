import {
  createDatabase,
  freePort,
  provisionTestServer,
} from '../../apps/api/test/test-database.js';
import { startAcademy, type RunningAcademy } from './academy-process.js';

/**
 * The built academy on a fresh database of its own, for scripts outside Vitest (screenshots,
 * browser benchmarks): the same server the browser tests use (TEST_DATABASE_URL, else an embedded
 * PostgreSQL). `stop` removes the database and the embedded server again.
 */
export async function startBuiltAcademy(
  env: Record<string, string> = {},
  apiMain?: string,
): Promise<{ academy: RunningAcademy; stop(): Promise<void> }> {
  const server = await provisionTestServer();
  const db = await createDatabase(server.serverUrl, 'academy_script');
  try {
    const academy = await startAcademy(
      { DATABASE_URL: db.url, PORT: String(await freePort()), ...env },
      undefined,
      apiMain,
    );
    return {
      academy,
      stop: async () => {
        await academy.stop();
        await db.drop();
        await server.stop();
      },
    };
  } catch (error) {
    await db.drop();
    await server.stop();
    throw error;
  }
}
