import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CohortLiveSessions } from '../cohorts/index.js';
import type { CurrentUser } from '../common/graphql-context.js';
import {
  LiveActivityKindValue,
  LiveActivityStateValue,
  type LiveActivityObject,
} from './dto/live.objects.js';
import { answerView, liveResults } from './live-results.js';
import type { LiveActivityEntity, LiveResponse, LiveSessionEntity } from './live.entities.js';

type AnswerRow = {
  userId: string;
  response: LiveResponse;
  correct: boolean | null;
  tableNo: number | null;
};

export type ActivityRow = Pick<
  LiveActivityEntity,
  | 'id'
  | 'position'
  | 'kind'
  | 'prompt'
  | 'options'
  | 'answerKey'
  | 'state'
  | 'multiple'
  | 'byTable'
  | 'lcc'
>;

export const ACTIVITY_COLUMNS = `id, position, kind, prompt, options, answer_key AS "answerKey", state,
  multiple, by_table AS "byTable", lcc`;

/**
 * One activity as one viewer may see it: during the session the answer key leaves the server only
 * once revealed, and participants see results once locked; after the session ends everything is
 * shown (the recap). Results are anonymous; who has not answered goes to the host only.
 */
@Injectable()
export class LiveActivityViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortLiveSessions,
  ) {}

  async view(
    user: CurrentUser,
    session: LiveSessionEntity,
    role: 'host' | 'participant',
    a: ActivityRow,
    viewerTable: number | null,
  ): Promise<LiveActivityObject> {
    const ended = session.endedAt !== null;
    const revealed = a.state === 'revealed' || ended;
    const showResults = role === 'host' || a.state !== 'open' || ended;
    // A participant's phone needs only its own (or its table's) answer until results are shown.
    const answers = await this.dataSource.query<AnswerRow[]>(
      `SELECT user_id AS "userId", response, correct, table_no AS "tableNo" FROM live_answers
        WHERE activity_id = $1 AND ($2 OR user_id = $3 OR table_no = $4)`,
      [a.id, showResults, user.id, a.byTable ? viewerTable : null],
    );
    const own = a.byTable
      ? answers.find((r) => viewerTable !== null && r.tableNo === viewerTable)
      : answers.find((r) => r.userId === user.id);
    return {
      id: a.id,
      position: a.position,
      kind: a.kind as LiveActivityKindValue,
      prompt: a.prompt,
      options: a.options,
      state: a.state as LiveActivityStateValue,
      multiple: a.multiple,
      byTable: a.byTable,
      correctOptionIds: revealed ? a.answerKey : null,
      lcc: a.lcc
        ? {
            exerciseId: a.lcc.exerciseId,
            title: a.lcc.title,
            question: a.lcc.question,
            currency: a.lcc.currency,
            periodYears: a.lcc.periodYears,
            discountRate: a.lcc.discountRate,
            // The model answer, like a quiz key, waits for the host's reveal.
            modelAnswer: revealed ? a.lcc.modelAnswer : null,
          }
        : null,
      viewerAnswer: own ? answerView(own.response) : null,
      viewerCorrect: revealed && own ? own.correct : null,
      results: showResults
        ? liveResults({
            kind: a.kind,
            options: a.options,
            answers,
            countCorrect: revealed,
            tables: a.byTable ? session.tableLabels : [],
            lcc: a.lcc,
          })
        : null,
      notAnswered: role === 'host' && !ended ? await this.notAnswered(session, a) : null,
    };
  }

  /** Participants with no answer yet; for a group activity, those whose table has none. */
  private async notAnswered(session: LiveSessionEntity, a: ActivityRow) {
    const missing = await this.dataSource.query<{ userId: string }[]>(
      `SELECT p.user_id AS "userId" FROM live_participants p
        WHERE p.live_session_id = $1
          AND NOT EXISTS (SELECT 1 FROM live_answers x WHERE x.activity_id = $2
                           AND (CASE WHEN $3 THEN x.table_no = p.table_no ELSE x.user_id = p.user_id END))`,
      [session.id, a.id, a.byTable],
    );
    return missing.length
      ? this.cohorts.participants(
          session.cohortId,
          missing.map((m) => m.userId),
        )
      : [];
  }
}
