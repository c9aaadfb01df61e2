import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CohortAttendanceEntity } from './cohort-session.entity.js';
import { CohortEntity, CohortHostEntity, CohortMemberEntity } from './cohort.entity.js';
import {
  CohortAnnouncementEntity,
  CohortInvitationEntity,
  CohortOutboxEntity,
} from './messaging/messaging.entity.js';

/** What cohorts hold about a person (memberships, attendance, invitations, mail), and its erasure. */
@Injectable()
export class CohortsPersonalData {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async personalData(userId: string, emailKey: string) {
    const em = this.dataSource.manager;
    const memberships = await em.getRepository(CohortMemberEntity).find({
      where: { userId },
      relations: { cohort: true },
      order: { joinedAt: 'ASC' },
    });
    const hosting = await em.getRepository(CohortHostEntity).find({
      where: { userId },
      relations: { cohort: true },
    });
    const attendance = await em.getRepository(CohortAttendanceEntity).find({
      where: { userId },
      relations: { session: true },
      order: { markedAt: 'ASC' },
    });
    const invitations = await em
      .getRepository(CohortInvitationEntity)
      .createQueryBuilder('i')
      .leftJoinAndSelect('i.cohort', 'c')
      .where('i.email_key = :emailKey OR i.user_id = :userId OR i.confirmation_user_id = :userId', {
        emailKey,
        userId,
      })
      .orderBy('i.created_at', 'ASC')
      .getMany();
    const mail = await em
      .getRepository(CohortOutboxEntity)
      .createQueryBuilder('o')
      .where('lower(o.to_email) = :emailKey', { emailKey })
      .orderBy('o.created_at', 'ASC')
      .getMany();
    const announcements = await em
      .getRepository(CohortAnnouncementEntity)
      .find({ where: { authorId: userId }, order: { createdAt: 'ASC' } });
    const cohort = (c?: CohortEntity) =>
      c ? { id: c.id, name: c.name, courseSlug: c.courseSlug } : null;
    return {
      // Calendar tokens and invitation token hashes are secrets, not information about the person.
      memberships: memberships.map((m) => ({
        cohort: cohort(m.cohort),
        organisation: m.organisation,
        nameVisible: m.nameVisible,
        joinedAt: m.joinedAt,
      })),
      hosting: hosting.map((h) => ({ cohort: cohort(h.cohort), role: h.role })),
      attendance: attendance.map((a) => ({
        sessionId: a.sessionId,
        sessionTitle: a.session?.title ?? null,
        startsAt: a.session?.startsAt ?? null,
        status: a.status,
        markedBy: a.markedBy,
        markedAt: a.markedAt,
      })),
      invitations: invitations.map((i) => ({
        id: i.id,
        cohort: cohort(i.cohort),
        email: i.email,
        displayName: i.displayName,
        organisation: i.organisation,
        locale: i.locale,
        createdAt: i.createdAt,
        expiresAt: i.expiresAt,
        acceptedAt: i.acceptedAt,
      })),
      mail: mail.map((o) => ({
        id: o.id,
        cohortId: o.cohortId,
        toEmail: o.toEmail,
        subject: o.subject,
        body: o.body,
        createdAt: o.createdAt,
        sentAt: o.sentAt,
      })),
      announcements: announcements.map((a) => ({
        id: a.id,
        cohortId: a.cohortId,
        title: a.title,
        body: a.body,
        createdAt: a.createdAt,
      })),
    };
  }

  /**
   * Memberships and attendance move to the tombstone (hosts see a deleted participant, attendance
   * figures hold); invitations and cohort mail to the person are removed; hosting ends.
   */
  async anonymise(
    em: EntityManager,
    userId: string,
    emailKey: string,
    tombstoneId: string,
  ): Promise<void> {
    await em
      .getRepository(CohortMemberEntity)
      .update({ userId }, { userId: tombstoneId, organisation: null, nameVisible: false });
    await em.getRepository(CohortAttendanceEntity).update({ userId }, { userId: tombstoneId });
    await em
      .getRepository(CohortAttendanceEntity)
      .update({ markedBy: userId }, { markedBy: tombstoneId });
    await em
      .getRepository(CohortInvitationEntity)
      .createQueryBuilder()
      .delete()
      .where('email_key = :emailKey OR user_id = :userId OR confirmation_user_id = :userId', {
        emailKey,
        userId,
      })
      .execute();
    await em
      .getRepository(CohortOutboxEntity)
      .createQueryBuilder()
      .delete()
      .where('lower(to_email) = :emailKey', { emailKey })
      .execute();
    await em.getRepository(CohortHostEntity).delete({ userId });
    // A cohort must have an owner; the one it had is gone, the cohort and its other hosts remain.
    await em.getRepository(CohortEntity).update({ ownerId: userId }, { ownerId: tombstoneId });
    await em
      .getRepository(CohortAnnouncementEntity)
      .update({ authorId: userId }, { authorId: null });
  }

  /** Retention: invitations never accepted, expired before `before`, are deleted. */
  async purgeExpiredInvitations(before: Date): Promise<number> {
    const result = await this.dataSource
      .getRepository(CohortInvitationEntity)
      .createQueryBuilder()
      .delete()
      .where('accepted_at IS NULL AND expires_at < :before', { before })
      .execute();
    return result.affected ?? 0;
  }

  /** Retention: cohort mail sent before `before` is deleted (hosts have seen it go out). */
  async purgeSentOutbox(before: Date): Promise<number> {
    const result = await this.dataSource
      .getRepository(CohortOutboxEntity)
      .createQueryBuilder()
      .delete()
      .where('sent_at < :before', { before })
      .execute();
    return result.affected ?? 0;
  }
}
