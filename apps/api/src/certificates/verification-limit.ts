import { Injectable } from '@nestjs/common';
import { type SharedLimit, SharedLimits } from '../infra/limits/shared-limits.js';

/** Verifications and downloads one client address may make per window, across all replicas. */
export const VERIFICATIONS_PER_WINDOW = 60;
export const VERIFICATION_WINDOW_SECONDS = 60;

/**
 * Makes guessing certificate ids pointless: counted per client address (behind TRUST_PROXY, the
 * address the trusted proxy saw) in the shared limit store, so N replicas allow the limit once.
 */
@Injectable()
export class VerificationLimit {
  private readonly limit: SharedLimit;

  constructor(limits: SharedLimits) {
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
}
