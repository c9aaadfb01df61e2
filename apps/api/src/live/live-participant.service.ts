import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { CohortLiveSessions } from '../cohorts/index.js';
import { badInput, conflict, notFound } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import type { AnswerLiveActivityInput } from './dto/live.inputs.js';
import { normaliseLiveCode } from './join-code.js';
import { LiveAccess, type LiveViewer } from './live-access.js';
import { LiveEvents } from './live-events.js';
import { normaliseWord } from './live-results.js';
import { LiveSessionEntity, type LiveActivityEntity, type LiveResponse } from './live.entities.js';

/** A quiz answer is right when it picks exactly the keyed options. */
export function isCorrect(answerKey: string[], response: LiveResponse): boolean {
  const picked = response.choices ?? (response.choice ? [response.choice] : []);
  return picked.length === answerKey.length && answerKey.every((id) => picked.includes(id));
}

/** What participants do: join with the code, answer the current activity. */
@Injectable()
export class LiveParticipantService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortLiveSessions,
    private readonly access: LiveAccess,
    private readonly events: LiveEvents,
  ) {}

  /** Joining is checking in: attendance is recorded through the cohorts feature. Idempotent. */
  async join(user: CurrentUser, code: string): Promise<LiveViewer> {
    const session = await this.dataSource
      .getRepository(LiveSessionEntity)
      .findOneBy({ joinCode: normaliseLiveCode(code), endedAt: IsNull() });
    if (!session) throw notFound('A live session with this code');
    const relation = await this.cohorts.relation(user, session.cohortId);
    if (relation === 'host') return { session, role: 'host' }; // hosts follow on the projector
    if (relation !== 'participant') throw notFound('A live session with this code');
    // Once the room is split into tables, a late arrival sits at the emptiest one.
    const inserted = await this.dataSource.query<unknown[]>(
      `INSERT INTO live_participants (live_session_id, user_id, table_no)
       SELECT $1, $2, (
         SELECT t.n FROM generate_series(1, jsonb_array_length(s.table_labels)) AS t(n)
           LEFT JOIN live_participants p ON p.live_session_id = $1 AND p.table_no = t.n
          GROUP BY t.n ORDER BY count(p.user_id), t.n LIMIT 1)
         FROM live_sessions s WHERE s.id = $1
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [session.id, user.id],
    );
    await this.cohorts.markPresent(session.cohortSessionId, user.id);
    if (inserted.length) await this.events.publish(session.id, 'participants');
    return { session, role: 'participant' };
  }

  /**
   * One answer per participant per activity (the primary key): answering again replaces it while
   * the activity is open. The activity row is share-locked, so a concurrent "lock" waits for
   * this answer to commit and no answer lands after it.
   */
  async answer(user: CurrentUser, input: AnswerLiveActivityInput): Promise<LiveViewer> {
    const activity = await this.dataSource.query<LiveActivityEntity[]>(
      `SELECT id, live_session_id AS "liveSessionId", kind, options, answer_key AS "answerKey",
              by_table AS "byTable", multiple
         FROM live_activities WHERE id = $1`,
      [input.activityId],
    );
    const found = activity[0];
    if (!found) throw notFound('The activity');
    const { session, role } = await this.access.viewer(user, found.liveSessionId).catch(() => {
      throw notFound('The activity');
    });
    if (role !== 'participant') throw conflict('Hosts do not answer their own activities.');
    const response = this.response(found, input);
    const correct = found.answerKey ? isCorrect(found.answerKey, response) : null;
    await this.dataSource.transaction(async (em) => {
      const rows = await em.query<{ state: string; current: boolean; tableNo: number | null }[]>(
        `SELECT a.state, s.current_activity_id = a.id AND s.ended_at IS NULL AS current,
                (SELECT p.table_no FROM live_participants p
                  WHERE p.live_session_id = s.id AND p.user_id = $2) AS "tableNo"
           FROM live_activities a JOIN live_sessions s ON s.id = a.live_session_id
          WHERE a.id = $1 FOR SHARE OF a`,
        [found.id, user.id],
      );
      if (rows[0]?.state !== 'open' || !rows[0].current)
        throw conflict('This activity no longer takes answers.');
      const values = [found.id, user.id, JSON.stringify(response), correct];
      if (!found.byTable) {
        await em.query(
          `INSERT INTO live_answers (activity_id, user_id, response, correct) VALUES ($1, $2, $3, $4)
           ON CONFLICT (activity_id, user_id)
           DO UPDATE SET response = EXCLUDED.response, correct = EXCLUDED.correct, answered_at = now()`,
          values,
        );
        return;
      }
      const tableNo = rows[0].tableNo;
      if (tableNo === null) throw conflict('You are not seated at a table yet.');
      // The table's answer, whoever of it gives it; an answer this person gave for a table they
      // have since left is dropped, so the primary key (activity, person) stays free.
      await em.query(
        `DELETE FROM live_answers WHERE activity_id = $1 AND user_id = $2 AND table_no <> $3`,
        [found.id, user.id, tableNo],
      );
      await em.query(
        `INSERT INTO live_answers (activity_id, user_id, response, correct, table_no)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (activity_id, table_no) WHERE table_no IS NOT NULL
         DO UPDATE SET user_id = EXCLUDED.user_id, response = EXCLUDED.response,
                       correct = EXCLUDED.correct, answered_at = now()`,
        [...values, tableNo],
      );
    });
    await this.events.publish(session.id, 'answers');
    return { session, role };
  }

  private response(activity: LiveActivityEntity, input: AnswerLiveActivityInput): LiveResponse {
    const wrong = (field: string, message: string) =>
      badInput(`This activity takes ${message}.`, [{ field, message }]);
    switch (activity.kind) {
      case 'poll':
      case 'quiz':
        if (activity.kind === 'quiz' && activity.multiple) {
          // A multiple-answer question: any set of its options, none repeated.
          const ids = activity.options.map((o) => o.id);
          const choices = input.choices ?? [];
          if (
            !choices.length ||
            new Set(choices).size !== choices.length ||
            choices.some((c) => !ids.includes(c))
          )
            throw wrong('choices', 'one or more of its options');
          return { choices: ids.filter((id) => choices.includes(id)) };
        }
        if (!input.choice || !activity.options.some((o) => o.id === input.choice))
          throw wrong('choice', 'one of its options');
        return { choice: input.choice };
      case 'estimate':
        if (input.number === undefined || input.number === null) throw wrong('number', 'a number');
        return { number: input.number };
      case 'ranking': {
        const ids = activity.options.map((o) => o.id);
        const order = input.order ?? [];
        if (order.length !== ids.length || ids.some((id) => !order.includes(id)))
          throw wrong('order', 'every option once, best first');
        return { order };
      }
      case 'lcc':
        if (!input.offer)
          throw wrong('offer', 'an offer: purchase, yearly cost, end-of-life value');
        return {
          offer: {
            purchase: input.offer.purchase,
            yearlyCost: input.offer.yearlyCost,
            endOfLifeValue: input.offer.endOfLifeValue,
          },
        };
      case 'words': {
        const text = input.text ? normaliseWord(input.text) : '';
        if (!text) throw wrong('text', 'a word or a short phrase');
        return { text };
      }
    }
  }
}
