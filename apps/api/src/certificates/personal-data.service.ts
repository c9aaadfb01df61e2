import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { CertificateEntity } from './certificate.entity.js';

export const HOLDER_DELETED_ACCOUNT = 'holder deleted account';

/** What certificates hold about a person, and its part of an erasure. */
@Injectable()
export class CertificatesPersonalData {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async personalData(userId: string) {
    return this.dataSource
      .getRepository(CertificateEntity)
      .find({ where: { userId }, order: { issuedAt: 'ASC' } });
  }

  /**
   * Certificates move to the tombstone. Kept verifiable, they stay as signed (the holder chose
   * that a verifier may still see their name). Otherwise each is revoked with the reason, and the
   * name and the signed credential (which carries the name) are removed: the id then verifies
   * as revoked and nothing more. Returns the ids of the revoked certificates.
   */
  async anonymise(
    em: EntityManager,
    userId: string,
    tombstoneId: string,
    keepVerifiable: boolean,
  ): Promise<string[]> {
    const repo = em.getRepository(CertificateEntity);
    const certificates = await repo.find({ where: { userId }, select: { id: true } });
    if (!keepVerifiable) {
      await repo.update(
        { userId, revokedAt: IsNull() },
        { revokedAt: new Date(), revokedReason: HOLDER_DELETED_ACCOUNT },
      );
      await repo.update({ userId }, { recipientName: '', jwt: '' });
    }
    await repo.update({ userId }, { userId: tombstoneId });
    return keepVerifiable ? [] : certificates.map((c) => c.id);
  }
}
