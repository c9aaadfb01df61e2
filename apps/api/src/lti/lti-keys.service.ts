import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { DataSource } from 'typeorm';
import { LtiToolKeyEntity } from './lti.entities.js';

/** One replica at a time looks for the tool key and creates it when there is none. */
const KEY_LOCK = `SELECT pg_advisory_xact_lock(hashtext('academy:lti-tool-key'))`;

/** LTI 1.3 requires RS256 for the messages a tool signs (deep linking responses, client assertions). */
export const LTI_KEY_ALG = 'RS256';

/**
 * The academy's key pair as an LTI tool, one per deployment: created once in the database by
 * whichever replica takes the advisory lock first, read from there by all others. The private
 * part is stored as plain JSON, like the issuer key: whoever can read the database can sign.
 */
@Injectable()
export class LtiKeysService implements OnModuleInit {
  private readonly logger = new Logger('lti');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.query(KEY_LOCK);
      const [existing] = await em.query<unknown[]>(`SELECT kid FROM lti_tool_keys LIMIT 1`);
      if (existing) return;
      const { publicKey, privateKey } = await generateKeyPair(LTI_KEY_ALG, {
        modulusLength: 2048,
        extractable: true,
      });
      const publicJwk = await exportJWK(publicKey);
      const kid = await calculateJwkThumbprint(publicJwk);
      const meta = { kid, alg: LTI_KEY_ALG, use: 'sig' };
      await em.getRepository(LtiToolKeyEntity).insert({
        kid,
        publicJwk: { ...publicJwk, ...meta },
        privateJwk: { ...(await exportJWK(privateKey)), ...meta },
      });
      this.logger.log(`Created the LTI tool key ${kid} in the database`);
    });
  }

  /** The tool's public keys, as published at /lti/jwks.json. */
  async publicKeys(): Promise<JWK[]> {
    const rows = await this.dataSource
      .getRepository(LtiToolKeyEntity)
      .find({ order: { createdAt: 'ASC' } });
    return rows.map((r) => r.publicJwk as JWK);
  }

  /** The newest private key, for signing tool messages. */
  async signingKey(): Promise<JWK> {
    const [row] = await this.dataSource.query<{ private_jwk: JWK }[]>(
      `SELECT private_jwk FROM lti_tool_keys ORDER BY created_at DESC LIMIT 1`,
    );
    if (!row) throw new Error('LTI tool key not created');
    return row.private_jwk;
  }
}
