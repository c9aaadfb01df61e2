import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  assertUsableSigningKey,
  generateIssuerKey,
  IssuerKeyProblem,
  type IssuerKey,
} from '@academy/credentials';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { IssuerKeyEntity } from './issuer-key.entity.js';

export const issuerKeyFile = (dataDir: string) => join(resolve(dataDir), 'keys', 'issuer-key.json');

/** One replica at a time decides which key signs (creates, migrates or rotates it). */
const KEY_LOCK = `SELECT pg_advisory_xact_lock(hashtext('academy:issuer-key'))`;

/** Makes `key` the one that signs: stored (with its private part when given) and the others retired. */
async function makeCurrent(
  em: EntityManager,
  key: IssuerKey,
  withPrivatePart: boolean,
): Promise<void> {
  await em.query(
    `INSERT INTO issuer_keys (kid, public_jwk, private_jwk, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (kid) DO UPDATE SET private_jwk = coalesce(excluded.private_jwk, issuer_keys.private_jwk), retired_at = NULL`,
    [key.kid, key.publicJwk, withPrivatePart ? key.privateJwk : null, key.createdAt],
  );
  await em.query(
    `UPDATE issuer_keys SET retired_at = now() WHERE kid <> $1 AND retired_at IS NULL`,
    [key.kid],
  );
}

/** The stored key that signs now, if any. */
async function currentStoredKey(em: EntityManager): Promise<IssuerKey | undefined> {
  const [row] = await em.query<
    { kid: string; public_jwk: JWK; private_jwk: JWK; created_at: Date }[]
  >(
    `SELECT kid, public_jwk, private_jwk, created_at FROM issuer_keys
     WHERE retired_at IS NULL AND private_jwk IS NOT NULL ORDER BY created_at DESC LIMIT 1`,
  );
  return (
    row && {
      kid: row.kid,
      publicJwk: row.public_jwk,
      privateJwk: row.private_jwk,
      createdAt: new Date(row.created_at).toISOString(),
    }
  );
}

/**
 * The admin action `rotate-issuer-key`: a new signing key in the database; the previous public
 * key stays published, so certificates it signed keep verifying. Replicas sign with the new key
 * after their next (rolling) restart.
 */
export async function rotateIssuerKey(dataSource: DataSource): Promise<IssuerKey> {
  const key = await generateIssuerKey();
  await dataSource.transaction(async (em) => {
    await em.query(KEY_LOCK);
    await makeCurrent(em, key, true);
  });
  return key;
}

/**
 * Refuses to start with a key that would sign nothing verifiable. The message names where the key
 * came from and what is wrong, never the key itself.
 */
async function checkSigningKey(privateJwk: JWK, source: string): Promise<void> {
  try {
    await assertUsableSigningKey(privateJwk);
  } catch (error) {
    const reason = error instanceof IssuerKeyProblem ? error.message : 'it could not be checked';
    throw new Error(
      `The certificate signing key in ${source} cannot be used: ${reason}. Certificates cannot be issued until it is replaced.`,
    );
  }
}

/**
 * The academy's Ed25519 signing key, one per deployment: ISSUER_PRIVATE_JWK when set (only its
 * public part is stored), else the key stored in the database, created once by whichever replica
 * takes the lock first. A key file from ACADEMY_DATA_DIR/keys (where earlier versions kept it) is
 * moved into the database on first start. The private key is stored as plain JSON: whoever can
 * read the database can sign. Use ISSUER_PRIVATE_JWK from a Secret where that matters.
 * Every key that ever signed is published, so rotation never invalidates an old certificate.
 */
@Injectable()
export class IssuerKeysService implements OnModuleInit {
  private readonly logger = new Logger('certificates');
  private current: IssuerKey | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    this.current = await this.dataSource.transaction(async (em) => {
      await em.query(KEY_LOCK);
      return this.config.issuerPrivateJwk ? this.fromEnvironment(em) : this.stored(em);
    });
  }

  signingKey(): IssuerKey {
    if (!this.current) throw new Error('issuer key not loaded');
    return this.current;
  }

  async publicKeys(): Promise<JWK[]> {
    const rows = await this.dataSource
      .getRepository(IssuerKeyEntity)
      .find({ order: { createdAt: 'ASC' } });
    return rows.map((r) => ({ ...(r.publicJwk as JWK), kid: r.kid }));
  }

  private async fromEnvironment(em: EntityManager): Promise<IssuerKey> {
    const privateJwk = JSON.parse(this.config.issuerPrivateJwk!) as JWK;
    await checkSigningKey(privateJwk, 'ISSUER_PRIVATE_JWK');
    const { d: _secret, ...publicJwk } = privateJwk;
    const kid = await calculateJwkThumbprint(publicJwk);
    const key = {
      kid,
      privateJwk: { ...privateJwk, kid, alg: 'EdDSA', use: 'sig' },
      publicJwk: { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' },
      createdAt: new Date().toISOString(),
    };
    await makeCurrent(em, key, false);
    return key;
  }

  private async stored(em: EntityManager): Promise<IssuerKey> {
    const stored = await currentStoredKey(em);
    if (stored) {
      await checkSigningKey(stored.privateJwk, 'the database (issuer_keys)');
      return stored;
    }
    const file = issuerKeyFile(this.config.dataDir);
    if (existsSync(file)) {
      const key = JSON.parse(readFileSync(file, 'utf8')) as IssuerKey;
      await checkSigningKey(key.privateJwk, file);
      await makeCurrent(em, key, true);
      this.logger.log(
        `Moved the signing key ${key.kid} from ${file} into the database; the file is no longer read and may be deleted after a backup`,
      );
      return key;
    }
    const key = await generateIssuerKey();
    await makeCurrent(em, key, true);
    this.logger.log(`Created the signing key ${key.kid} in the database`);
    return key;
  }
}
