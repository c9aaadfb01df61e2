import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { keyRead } from '../database/key-lookup.js';
import { type SharedLimit, SharedLimits } from '../infra/limits/shared-limits.js';
import { CertificateEntity } from './certificate.entity.js';

/** Verifications and downloads one client address may make per window, across all replicas. */
export const VERIFICATIONS_PER_WINDOW = 60;
export const VERIFICATION_WINDOW_SECONDS = 60;

const CERTIFICATE_ID = /^[0-9a-f-]{36}$/i;

/**
 * Makes guessing certificate ids pointless: counted per client address (behind TRUST_PROXY, the
 * address the trusted proxy saw) in the shared limit store, so N replicas allow the limit once.
 */
@Injectable()
export class VerificationLimit {
  private readonly limit: SharedLimit;

  constructor(
    limits: SharedLimits,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.limit = limits.limit({
      name: 'verify',
      points: VERIFICATIONS_PER_WINDOW,
      windowSeconds: VERIFICATION_WINDOW_SECONDS,
    });
  }

  /** 0 when the client may proceed (the request is counted), else seconds to wait. */
  take(clientAddress: string | undefined): Promise<number> {
    return this.limit.take(clientAddress ?? 'unknown');
  }

  /**
   * A public verification: counts it and reads the certificate (null when unknown), in one
   * statement with the PostgreSQL store (decision record 0020). Nothing is read past the limit.
   */
  async certificate(
    clientAddress: string | undefined,
    id: string,
  ): Promise<{ wait: number; certificate: CertificateEntity | null }> {
    const read = CERTIFICATE_ID.test(id)
      ? keyRead(this.dataSource, CertificateEntity, { id }, true)
      : undefined;
    if (!read) return { wait: await this.take(clientAddress), certificate: null };
    const { wait, rows } = await this.limit.takeWith<Record<string, unknown>>(
      clientAddress ?? 'unknown',
      read,
    );
    return { wait, certificate: rows[0] ? read.hydrate(rows[0]) : null };
  }
}
