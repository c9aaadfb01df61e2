import type { AppConfig } from '../config/config.js';
import { startEmbeddedPostgres } from './embedded/embedded-postgres.js';

export interface SelectedDatabase {
  url: string;
  /** A log-safe description (no password). */
  description: string;
  stop(): Promise<void>;
}

export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/** DATABASE_URL when set, else an embedded PostgreSQL with its data in ACADEMY_DATA_DIR. */
export async function selectDatabase(config: AppConfig): Promise<SelectedDatabase> {
  if (config.databaseUrl) {
    return {
      url: config.databaseUrl,
      description: `PostgreSQL server at ${redactUrl(config.databaseUrl)} (from DATABASE_URL)`,
      stop: async () => undefined,
    };
  }
  const embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedDbPort);
  const url = new URL(embedded.url);
  url.pathname = '/postgres';
  return {
    url: url.toString(),
    description: `embedded PostgreSQL on 127.0.0.1:${config.embeddedDbPort}, data in ${embedded.dataDir}`,
    stop: () => embedded.stop(),
  };
}
