import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { LiveAnswerEntity, LiveParticipantEntity } from './live.entities.js';

/** What live workshops hold about a person (sessions joined, answers given), and its erasure. */
@Injectable()
export class LivePersonalData {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async personalData(userId: string) {
    const em = this.dataSource.manager;
    const joined = await em
      .getRepository(LiveParticipantEntity)
      .find({ where: { userId }, order: { joinedAt: 'ASC' } });
    const answers = await em.getRepository(LiveAnswerEntity).find({
      where: { userId },
      relations: { activity: true },
      order: { answeredAt: 'ASC' },
    });
    return {
      liveSessionsJoined: joined.map((j) => ({
        liveSessionId: j.liveSessionId,
        joinedAt: j.joinedAt,
      })),
      liveAnswers: answers.map((a) => ({
        question: a.activity?.prompt ?? null,
        kind: a.activity?.kind ?? null,
        answer: a.response,
        correct: a.correct,
        answeredAt: a.answeredAt,
      })),
    };
  }

  /** Answers and participation move to the tombstone, so a session's results keep their counts. */
  async anonymise(em: EntityManager, userId: string, tombstoneId: string): Promise<void> {
    await em.getRepository(LiveAnswerEntity).update({ userId }, { userId: tombstoneId });
    await em.getRepository(LiveParticipantEntity).update({ userId }, { userId: tombstoneId });
  }
}
