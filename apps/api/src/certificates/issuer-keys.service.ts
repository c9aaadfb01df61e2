import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assertUsableSigningKey, generateIssuerKey, IssuerKeyProblem, type IssuerKey } from '@academy/credentials';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { IssuerKeyEntity } from './issuer-key.entity.js';

export const issuerKeyFile = (dataDir: string) => join(resolve(dataDir), 'keys', 'issuer-key.json');

/** Writes a new signing key into the data folder; the previous public key stays in the database. */
export async function rotateIssuerKeyFile(dataDir: string): Promise<IssuerKey> {
  const key = await generateIssuerKey();
  const file = issuerKeyFile(dataDir);
  mkdirSync(join(resolve(dataDir), 'keys'), { recursive: true, mode: 0o700 });
  writeFileSync(file, JSON.stringify(key, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
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
    throw new Error(`The certificate signing key in ${source} cannot be used: ${reason}. Certificates cannot be issued until it is replaced.`);
  }
}

/**
 * The academy's Ed25519 signing key: ISSUER_PRIVATE_JWK when set, else a key created at first
 * start in ACADEMY_DATA_DIR/keys. Every key that ever signed is published, so rotation never
 * invalidates an old certificate.
 */
@Injectable()
export class IssuerKeysService implements OnModuleInit {
  private current: IssuerKey | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    this.current = await this.loadKey();
    const repo = this.dataSource.getRepository(IssuerKeyEntity);
    await repo
      .createQueryBuilder()
      .insert()
      .values({ kid: this.current.kid, publicJwk: this.current.publicJwk as never })
      .orIgnore()
      .execute();
    await this.dataSource.query(`UPDATE issuer_keys SET retired_at = now() WHERE kid <> $1 AND retired_at IS NULL`, [this.current.kid]);
  }

  signingKey(): IssuerKey {
    if (!this.current) throw new Error('issuer key not loaded');
    return this.current;
  }

  async publicKeys(): Promise<JWK[]> {
    const rows = await this.dataSource.getRepository(IssuerKeyEntity).find({ order: { createdAt: 'ASC' } });
    return rows.map((r) => ({ ...(r.publicJwk as JWK), kid: r.kid }));
  }

  private async loadKey(): Promise<IssuerKey> {
    const key = await this.readKey();
    await checkSigningKey(key.privateJwk, this.config.issuerPrivateJwk ? 'ISSUER_PRIVATE_JWK' : issuerKeyFile(this.config.dataDir));
    return key;
  }

  private async readKey(): Promise<IssuerKey> {
    if (this.config.issuerPrivateJwk) {
      const privateJwk = JSON.parse(this.config.issuerPrivateJwk) as JWK;
      const { d: _secret, ...publicJwk } = privateJwk;
      const kid = await calculateJwkThumbprint(publicJwk);
      return {
        kid,
        privateJwk: { ...privateJwk, kid, alg: 'EdDSA', use: 'sig' },
        publicJwk: { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' },
        createdAt: new Date().toISOString(),
      };
    }
    const file = issuerKeyFile(this.config.dataDir);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as IssuerKey;
    return rotateIssuerKeyFile(this.config.dataDir);
  }
}
