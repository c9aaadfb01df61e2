import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CohortLiveSessions } from '../cohorts/index.js';
import type { CurrentUser } from '../common/graphql-context.js';
import {
  LiveActivityKindValue,
  LiveActivityStateValue,
  type LiveActivityObject,
  type LiveSessionObject,
} from './dto/live.objects.js';
import type { LiveViewer } from './live-access.js';
import { liveResults } from './live-results.js';
import type { LiveActivityEntity, LiveResponse, LiveSessionEntity } from './live.entities.js';

type AnswerRow = { userId: string; response: LiveResponse; correct: boolean | null };

/**
 * The live state as one viewer may see it. The answer key leaves the server only once revealed;
 * results are anonymous; the names of who has not answered go to the host only.
 */
@Injectable()
export class LiveStateReadModel {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortLiveSessions,
  ) {}

  async state(user: CurrentUser, viewer: LiveViewer): Promise<LiveSessionObject> {
    const { session, role } = viewer;
    const [{ count }] = await this.dataSource.query<[{ count: number }]>(
      `SELECT count(*)::int AS count FROM live_participants WHERE live_session_id = $1`,
      [session.id],
    );
    return {
      id: session.id,
      cohortSessionId: session.cohortSessionId,
      cohortId: session.cohortId,
      title: await this.cohorts.sessionTitle(session.cohortSessionId),
      joinCode: session.joinCode,
      endedAt: session.endedAt,
      viewerIsHost: role === 'host',
      participantCount: count,
      currentActivity: session.currentActivityId
        ? await this.activity(user, session, role, session.currentActivityId)
        : null,
    };
  }

  private async activity(
    user: CurrentUser,
    session: LiveSessionEntity,
    role: 'host' | 'participant',
    activityId: string,
  ): Promise<LiveActivityObject | null> {
    const rows = await this.dataSource.query<LiveActivityEntity[]>(
      `SELECT id, position, kind, prompt, options, answer_key AS "answerKey", state
         FROM live_activities WHERE id = $1`,
      [activityId],
    );
    const a = rows[0];
    if (!a) return null;
    const revealed = a.state === 'revealed';
    const showResults = role === 'host' || a.state !== 'open';
    // A participant's phone needs only its own answer until the results are shown.
    const answers = await this.dataSource.query<AnswerRow[]>(
      `SELECT user_id AS "userId", response, correct FROM live_answers
        WHERE activity_id = $1 AND ($2 OR user_id = $3)`,
      [a.id, showResults, user.id],
    );
    const own = answers.find((r) => r.userId === user.id);
    return {
      id: a.id,
      position: a.position,
      kind: a.kind as LiveActivityKindValue,
      prompt: a.prompt,
      options: a.options,
      state: a.state as LiveActivityStateValue,
      correctOptionIds: revealed ? a.answerKey : null,
      viewerAnswer: own
        ? {
            choice: own.response.choice ?? null,
            number: own.response.number ?? null,
            text: own.response.text ?? null,
            order: own.response.order ?? null,
          }
        : null,
      viewerCorrect: revealed && own ? own.correct : null,
      results: showResults
        ? liveResults({ kind: a.kind, options: a.options, answers, countCorrect: revealed })
        : null,
      notAnswered: role === 'host' ? await this.notAnswered(session, a.id) : null,
    };
  }

  private async notAnswered(session: LiveSessionEntity, activityId: string) {
    const missing = await this.dataSource.query<{ userId: string }[]>(
      `SELECT p.user_id AS "userId" FROM live_participants p
        WHERE p.live_session_id = $1
          AND NOT EXISTS (SELECT 1 FROM live_answers a WHERE a.activity_id = $2 AND a.user_id = p.user_id)`,
      [session.id, activityId],
    );
    return missing.length
      ? this.cohorts.participants(
          session.cohortId,
          missing.map((m) => m.userId),
        )
      : [];
  }
}
