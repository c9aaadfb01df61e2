import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { notFound } from '../common/errors.js';
import { matchesDomains, normaliseDomains } from './organisation-domains.js';
import { OrganisationEntity } from './organisation.entity.js';
import { type OrganisationVerification, UserEntity } from './user.entity.js';

export interface OrganisationMember {
  userId: string;
  displayName: string;
  email: string;
  verification: OrganisationVerification | null;
  verifiedAt: Date | null;
}

/**
 * Who belongs to an organisation (issue 21, item 6). An organisation manager sees and verifies
 * the people of their own organisation only: every statement is scoped by the manager's
 * organisation, so another organisation's people are "not found", never listed.
 */
@Injectable()
export class OrganisationMembers {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private async organisationOf(managerId: string): Promise<string | null> {
    const manager = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { id: managerId }, select: { id: true, organisationId: true } });
    return manager?.organisationId ?? null;
  }

  async list(managerId: string, offset: number, limit: number) {
    const organisationId = await this.organisationOf(managerId);
    if (!organisationId) return { organisation: null, items: [], total: 0 };
    const organisation = await this.dataSource
      .getRepository(OrganisationEntity)
      .findOneByOrFail({ id: organisationId });
    const [users, total] = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.organisation_id = :organisationId', { organisationId })
      .orderBy('u.displayName')
      .addOrderBy('u.id')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    return { organisation, items: users.map(toMember), total };
  }

  /** Confirms (or withdraws) that a person belongs to the manager's organisation. */
  async setVerified(managerId: string, userId: string, verified: boolean) {
    const organisationId = await this.organisationOf(managerId);
    const repo = this.dataSource.getRepository(UserEntity);
    const user = organisationId ? await repo.findOneBy({ id: userId, organisationId }) : null;
    if (!user) throw notFound('The person');
    user.organisationVerification = verified ? 'manager' : null;
    user.organisationVerifiedAt = verified ? new Date() : null;
    await repo.save(user);
    return toMember(user);
  }

  /**
   * Sets an organisation's email domains (admins) and verifies, in the same transaction, its
   * people whose addresses match and who were not verified yet.
   */
  async setDomains(organisationId: string, domains: string[]): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (em) => {
      const repo = em.getRepository(OrganisationEntity);
      const organisation = await repo.findOneBy({ id: organisationId });
      if (!organisation) throw notFound('The organisation');
      organisation.emailDomains = normaliseDomains(domains);
      await repo.save(organisation);
      const users = em.getRepository(UserEntity);
      const unverified = await users.findBy({ organisationId, organisationVerification: IsNull() });
      for (const user of unverified.filter((u) =>
        matchesDomains(u.email, organisation.emailDomains),
      ))
        await users.update(
          { id: user.id },
          { organisationVerification: 'domain', organisationVerifiedAt: new Date() },
        );
      return organisation;
    });
  }
}

function toMember(u: UserEntity): OrganisationMember {
  return {
    userId: u.id,
    displayName: u.displayName,
    email: u.email,
    verification: u.organisationVerification,
    verifiedAt: u.organisationVerifiedAt,
  };
}
