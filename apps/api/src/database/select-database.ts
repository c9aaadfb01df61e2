import { createRequire } from 'node:module';
import { ConfigError, type AppConfig } from '../config/config.js';
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
      stop: () => Promise.resolve(),
    };
  }
  // The container image leaves the embedded PostgreSQL binaries out (infra/Dockerfile).
  if (!embeddedPostgresInstalled()) {
    throw new ConfigError([
      'DATABASE_URL: not set, and this installation has no embedded PostgreSQL; set DATABASE_URL',
    ]);
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

function embeddedPostgresInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('embedded-postgres');
    return true;
  } catch {
    return false;
  }
}
