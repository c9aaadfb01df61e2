import { isIP } from 'node:net';
import { z } from 'zod';

/** Every setting the API reads from the environment, validated once at start-up. */
const port = (name: string, fallback: number) =>
  z
    .string()
    .default(String(fallback))
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 65535, {
      message: `${name} must be a whole number between 1 and 65535`,
    })
    .transform(Number);

function seconds(name: string, fallback: string) {
  return z
    .string()
    .default(fallback)
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 86_400, {
      message: `${name} must be a whole number of seconds from 1 to 86400`,
    })
    .transform(Number);
}

function days(name: string, fallback: string) {
  return z
    .string()
    .default(fallback)
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 36_500, {
      message: `${name} must be a whole number of days from 1 to 36500`,
    })
    .transform(Number);
}

const envSchema = z.object({
  PORT: port('PORT', 3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || isPostgresUrl(v), {
      message: 'DATABASE_URL must be a URL like postgres://user:password@host:5432/database',
    }),
  ACADEMY_DATA_DIR: z.string().min(1).default('./.data'),
  EMBEDDED_DB_PORT: port('EMBEDDED_DB_PORT', 54329),
  PUBLIC_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || /^https?:\/\/[^/]+/.test(v), {
      message: 'PUBLIC_URL must be an absolute http(s) URL, e.g. https://academy.example.org',
    }),
  SESSION_TTL_DAYS: z
    .string()
    .default('14')
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 365, {
      message: 'SESSION_TTL_DAYS must be a whole number of days between 1 and 365',
    })
    .transform(Number),
  TRUST_PROXY: z
    .string()
    .default('false')
    .refine((v) => v.trim().toLowerCase() !== 'true', {
      message:
        'TRUST_PROXY=true would believe any X-Forwarded-For a client sends and let it escape per-address limits; give the number of proxies in front of the academy (e.g. 1) or their addresses (e.g. 10.0.0.0/8)',
    })
    .refine((v) => v.trim().toLowerCase() === 'true' || parseTrustProxy(v) !== undefined, {
      message:
        'TRUST_PROXY must be false, a number of proxy hops (e.g. 1) or a comma-separated list of proxy addresses or CIDR ranges (e.g. 10.0.0.0/8,192.168.1.2)',
    })
    .transform((v) => parseTrustProxy(v) ?? false),
  REDIS_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || isRedisUrl(v), {
      message:
        'REDIS_URL must be a URL like redis://:password@redis.example.org:6379/0 or rediss://…',
    }),
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error'], {
      message: 'LOG_LEVEL must be debug, info, warn or error',
    })
    .default('info'),
  WEB_DIST_DIR: z.string().optional(),
  ISSUER_NAME: z.string().min(1).default('Circular Procurement Academy'),
  ISSUER_COUNTRY: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || /^[A-Z]{3}$/.test(v), {
      message: 'ISSUER_COUNTRY must be a three-letter EU country code in capitals, e.g. BEL or NLD',
    }),
  ISSUER_PRIVATE_JWK: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || isEd25519Jwk(v), {
      message:
        'ISSUER_PRIVATE_JWK must be an Ed25519 private key as JSON ({"kty":"OKP","crv":"Ed25519","x":…,"d":…})',
    }),
  CURRICULUM_DIR: z.string().optional(),
  SMTP_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || /^smtps?:\/\/[^/]+/.test(v), {
      message: 'SMTP_URL must look like smtp://user:password@mail.example.org:587 or smtps://…:465',
    }),
  SECRETS_KEY: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || v.length >= 32, {
      message:
        'SECRETS_KEY must be at least 32 characters, e.g. the output of openssl rand -base64 32',
    }),
  MAIL_FROM: z.string().min(3).default('Circular Procurement Academy <no-reply@localhost>'),
  NODE_ENV: z.string().optional(),
  GRAPHQL_INTROSPECTION: z
    .enum(['true', 'false'], { message: 'GRAPHQL_INTROSPECTION must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  JOBS_WORKERS: z
    .enum(['true', 'false'], { message: 'JOBS_WORKERS must be true or false' })
    .default('true')
    .transform((v) => v === 'true'),
  JOBS_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,40}$/, {
      message: 'JOBS_SCHEMA must be a lower-case PostgreSQL schema name',
    })
    .default('pgboss'),
  // Job timings (seconds): polling, expiry of a job whose worker died, first retry delay, maintenance.
  JOBS_POLL_SECONDS: seconds('JOBS_POLL_SECONDS', '2'),
  JOBS_EXPIRE_SECONDS: seconds('JOBS_EXPIRE_SECONDS', '300'),
  JOBS_RETRY_DELAY_SECONDS: seconds('JOBS_RETRY_DELAY_SECONDS', '5'),
  JOBS_MAINTENANCE_SECONDS: seconds('JOBS_MAINTENANCE_SECONDS', '30'),
  JOBS_RETRY_LIMIT: z
    .string()
    .default('10')
    .refine((v) => /^\d+$/.test(v) && Number(v) <= 100, {
      message: 'JOBS_RETRY_LIMIT must be a whole number from 0 to 100',
    })
    .transform(Number),
  // The privacy notice (GDPR Art. 13) and the retention periods the scheduled jobs apply.
  PRIVACY_CONTROLLER_NAME: z.string().trim().min(1).max(300).optional(),
  PRIVACY_CONTACT_EMAIL: z
    .string()
    .trim()
    .optional()
    .refine((v) => v === undefined || v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
      message: 'PRIVACY_CONTACT_EMAIL must be an email address, e.g. privacy@example.org',
    }),
  PRIVACY_DPO_CONTACT: z.string().trim().max(500).optional(),
  RETENTION_INACTIVE_ACCOUNT_DAYS: days('RETENTION_INACTIVE_ACCOUNT_DAYS', '1095'),
  RETENTION_WARNING_DAYS: days('RETENTION_WARNING_DAYS', '30'),
  RETENTION_INVITATION_DAYS: days('RETENTION_INVITATION_DAYS', '90'),
  RETENTION_MAIL_DAYS: days('RETENTION_MAIL_DAYS', '180'),
  RETENTION_AUDIT_DAYS: days('RETENTION_AUDIT_DAYS', '730'),
  REGISTRATIONS_PER_HOUR: z
    .string()
    .default('30')
    .refine((v) => /^\d+$/.test(v) && Number(v) >= 1, {
      message: 'REGISTRATIONS_PER_HOUR must be a whole number of at least 1',
    })
    .transform(Number),
});

export type AppConfig = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedDbPort: number;
  publicUrl: string | undefined;
  sessionTtlDays: number;
  /**
   * Who may say where a request came from: false, a hop count, or the proxies' addresses/CIDRs (as
   * Fastify's `trustProxy` through trustProxyOption). Never `true`
   * (trust every hop), which would let a client choose its own address by sending X-Forwarded-For.
   */
  trustProxy: TrustProxy;
  /** Rate limits live in Redis when set, else in PostgreSQL. */
  redisUrl: string | undefined;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  webDistDir: string | undefined;
  issuerName: string;
  /** The issuer's country (EU authority code): needed for European (ELM) credentials. */
  issuerCountry: string | undefined;
  issuerPrivateJwk: string | undefined;
  curriculumDir: string | undefined;
  /** Without it, cohort invitations go to an outbox hosts can read and send themselves. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Seals credentials of external services (xAPI stores) in the database when set. */
  secretsKey: string | undefined;
  /** NODE_ENV=production: no GraphiQL page, and introspection off unless asked for. */
  production: boolean;
  /** GRAPHQL_INTROSPECTION; default on outside production, off in production. */
  graphqlIntrospection: boolean;
  /** New accounts one client address may register per hour (a workshop behind one NAT needs room). */
  registrationsPerHour: number;
  /** JOBS_WORKERS=false: this replica only writes jobs (serves requests); others run them. */
  jobWorkers: boolean;
  /** The PostgreSQL schema pg-boss keeps its queues in (JOBS_SCHEMA, default pgboss). */
  jobsSchema: string;
  privacy: PrivacySettings;
  jobTimings: {
    pollSeconds: number;
    expireSeconds: number;
    retryDelaySeconds: number;
    maintenanceSeconds: number;
    retryLimit: number;
  };
};

export type TrustProxy = false | number | string[];

/** Who answers for personal data, and how long it is kept (days); the privacy notice shows them. */
export interface PrivacySettings {
  /** PRIVACY_CONTROLLER_NAME; defaults to ISSUER_NAME. */
  controllerName: string;
  contactEmail: string | null;
  dpoContact: string | null;
  retention: {
    /** Days without a sign-in after which an account is warned. */
    inactiveAccountDays: number;
    /** Days after the warning (still without a sign-in) when the account is anonymised. */
    warningDays: number;
    /** Days after an invitation expired unaccepted when it is deleted. */
    invitationDays: number;
    /** Days after a message was sent when it is deleted. */
    mailDays: number;
    /** Days after which audit entries lose who they were by or about. */
    auditDays: number;
  };
}

/** Names proxy-addr understands besides addresses and CIDR ranges. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(value: string): boolean {
  if (PROXY_NAMES.has(value)) return true;
  const [address, bits, ...rest] = value.split('/');
  if (rest.length > 0 || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  if (!/^\d+$/.test(bits)) return false;
  return Number(bits) <= (family === 4 ? 32 : 128);
}

/** `false`/`0` → no proxy; `1`, `2` … → that many hops; else a list of addresses; undefined when invalid. */
/**
 * TRUST_PROXY as Fastify's `trustProxy`. A hop count becomes "trust the nearest n hops", which is
 * how Express (proxy-addr) read a number; Fastify itself trusts no hop when given a number.
 * Lists of addresses and ranges (and `loopback`, …) mean the same to both.
 */
export function trustProxyOption(
  trust: TrustProxy,
): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}

export function parseTrustProxy(raw: string): TrustProxy | undefined {
  const v = raw.trim().toLowerCase();
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') return undefined;
  if (/^\d+$/.test(v)) return Number(v) <= 10 ? Number(v) : undefined;
  const list = v.split(',').map((s) => s.trim());
  return list.every(isAddressOrCidr) ? list : undefined;
}

function isRedisUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

function isEd25519Jwk(value: string): boolean {
  try {
    const jwk = JSON.parse(value) as Record<string, unknown>;
    return (
      jwk.kty === 'OKP' &&
      jwk.crv === 'Ed25519' &&
      typeof jwk.d === 'string' &&
      typeof jwk.x === 'string'
    );
  } catch {
    return false;
  }
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Parses the environment; throws ConfigError naming every bad variable and what it expects (not its value). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        // Never the value: DATABASE_URL, SMTP_URL, REDIS_URL and ISSUER_PRIVATE_JWK hold secrets, and a
        // start-up message ends up in logs that many people can read.
        const name = String(issue.path[0] ?? 'environment');
        return `${name}: ${issue.message}`;
      }),
    );
  }
  const e = result.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: e.ACADEMY_DATA_DIR,
    embeddedDbPort: e.EMBEDDED_DB_PORT,
    publicUrl: e.PUBLIC_URL,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    trustProxy: e.TRUST_PROXY,
    redisUrl: e.REDIS_URL || undefined,
    logLevel: e.LOG_LEVEL,
    webDistDir: e.WEB_DIST_DIR,
    issuerName: e.ISSUER_NAME,
    issuerCountry: e.ISSUER_COUNTRY || undefined,
    issuerPrivateJwk: e.ISSUER_PRIVATE_JWK || undefined,
    curriculumDir: e.CURRICULUM_DIR,
    smtpUrl: e.SMTP_URL || undefined,
    secretsKey: e.SECRETS_KEY || undefined,
    mailFrom: e.MAIL_FROM,
    production: e.NODE_ENV === 'production',
    graphqlIntrospection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
    registrationsPerHour: e.REGISTRATIONS_PER_HOUR,
    jobWorkers: e.JOBS_WORKERS,
    jobsSchema: e.JOBS_SCHEMA,
    privacy: {
      controllerName: e.PRIVACY_CONTROLLER_NAME || e.ISSUER_NAME,
      contactEmail: e.PRIVACY_CONTACT_EMAIL || null,
      dpoContact: e.PRIVACY_DPO_CONTACT || null,
      retention: {
        inactiveAccountDays: e.RETENTION_INACTIVE_ACCOUNT_DAYS,
        warningDays: e.RETENTION_WARNING_DAYS,
        invitationDays: e.RETENTION_INVITATION_DAYS,
        mailDays: e.RETENTION_MAIL_DAYS,
        auditDays: e.RETENTION_AUDIT_DAYS,
      },
    },
    jobTimings: {
      pollSeconds: e.JOBS_POLL_SECONDS,
      expireSeconds: e.JOBS_EXPIRE_SECONDS,
      retryDelaySeconds: e.JOBS_RETRY_DELAY_SECONDS,
      maintenanceSeconds: e.JOBS_MAINTENANCE_SECONDS,
      retryLimit: e.JOBS_RETRY_LIMIT,
    },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
