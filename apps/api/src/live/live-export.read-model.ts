import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { toCsv, type CsvFormat } from '../infra/csv/csv.js';
import { liveResults } from './live-results.js';
import type { LiveActivityEntity, LiveResponse } from './live.entities.js';

type ActivityRow = Pick<
  LiveActivityEntity,
  'id' | 'position' | 'kind' | 'prompt' | 'options' | 'answerKey' | 'state' | 'lcc'
>;
type AnswerRow = {
  activityId: string;
  response: LiveResponse;
  correct: boolean | null;
  tableNo: number | null;
};

const round = (x: number) => Math.round(x * 1000) / 1000;

export const LIVE_CSV_HEADER = [
  'activity',
  'kind',
  'question',
  'answers',
  'result',
  'value',
  'correct',
];

/**
 * A live session's results as CSV, one row per option, word or estimate figure of each activity
 * (`value`: a count, an estimate figure, a ranking's mean position, a quiz question's share
 * of right answers, or a table's life-cycle cost in an LCC exercise):
 * anonymous like the projector (no names), with the answer key of quiz questions once revealed.
 */
@Injectable()
export class LiveExportReadModel {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async csv(liveSessionId: string, format: CsvFormat): Promise<string> {
    const activities = await this.dataSource.query<ActivityRow[]>(
      `SELECT id, position, kind, prompt, options, answer_key AS "answerKey", state, lcc
         FROM live_activities WHERE live_session_id = $1 ORDER BY position`,
      [liveSessionId],
    );
    const answers = await this.dataSource.query<AnswerRow[]>(
      `SELECT a.activity_id AS "activityId", a.response, a.correct, a.table_no AS "tableNo"
         FROM live_answers a JOIN live_activities v ON v.id = a.activity_id
        WHERE v.live_session_id = $1`,
      [liveSessionId],
    );
    const [session] = await this.dataSource.query<
      { ended: boolean; tableLabels: (string | null)[] }[]
    >(
      `SELECT ended_at IS NOT NULL AS ended, table_labels AS "tableLabels"
         FROM live_sessions WHERE id = $1`,
      [liveSessionId],
    );
    const rows = activities.flatMap((a) => {
      // As the recap: once the session has ended, the answer key is no secret any more.
      const revealed = a.state === 'revealed' || session?.ended === true;
      const r = liveResults({
        kind: a.kind,
        options: a.options,
        answers: answers.filter((x) => x.activityId === a.id),
        countCorrect: revealed,
        lcc: a.lcc,
        tables: session?.tableLabels,
      });
      const row = (result: string, count: number | string, correct = '') => [
        a.position,
        a.kind,
        a.prompt,
        r.answerCount,
        result,
        count,
        correct,
      ];
      // LCC exercise: each table's life-cycle cost, cheapest first.
      if (a.kind === 'lcc')
        return r.lccRanking.length
          ? r.lccRanking.map((x) =>
              row(x.label ? `table ${x.tableNo}: ${x.label}` : `table ${x.tableNo}`, x.total),
            )
          : [row('', 0)];
      const label = (id: string) => a.options.find((o) => o.id === id)?.label ?? id;
      if (a.kind === 'ranking')
        return r.ranking.length
          ? r.ranking.map((x) => row(label(x.optionId), x.meanPosition))
          : [row('', 0)];
      const optionRows = a.options.map((o) =>
        row(
          o.label,
          r.options.find((c) => c.optionId === o.id)?.count ?? 0,
          revealed && a.answerKey ? (a.answerKey.includes(o.id) ? 'yes' : 'no') : '',
        ),
      );
      const wordRows = r.words.map((w) => row(w.word, w.count));
      const estimateRows = r.estimate
        ? (['median', 'mean', 'min', 'max'] as const).map((k) => row(k, r.estimate![k]))
        : [];
      // Item analysis: the share of right answers next to the spread of options chosen.
      const correctRows =
        r.correctCount !== null && a.answerKey
          ? [row('share correct', r.answerCount ? round(r.correctCount / r.answerCount) : 0)]
          : [];
      const all = [...optionRows, ...wordRows, ...estimateRows, ...correctRows];
      return all.length ? all : [row('', 0)];
    });
    return toCsv(LIVE_CSV_HEADER, rows, format);
  }
}
