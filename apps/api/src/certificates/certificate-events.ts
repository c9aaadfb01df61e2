import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A certificate was issued (once per enrolment). */
export interface CertificateIssued {
  certificateId: string;
  userId: string;
  enrolmentId: string;
  courseSlug: string;
  releaseId: string;
  locale: string;
  issuedAt: Date;
  /** The public verification page, also the credential's id. */
  verifyUrl: string;
}

/** Runs inside the issuing transaction, to write durable jobs with it (and nothing slow). */
type IssuedListener = (event: CertificateIssued, em: EntityManager) => Promise<void>;

/**
 * Work other features do because a certificate was issued (e.g. an xAPI "earned" statement). The
 * listener writes its job in the transaction that inserts the certificate, so the job exists
 * exactly when the certificate does, whichever path (request or job) issued it.
 */
@Injectable()
export class CertificateEvents {
  private readonly listeners: IssuedListener[] = [];

  onIssued(listener: IssuedListener): void {
    this.listeners.push(listener);
  }

  async issued(em: EntityManager, event: CertificateIssued): Promise<void> {
    for (const listener of this.listeners) await listener(event, em);
  }
}
