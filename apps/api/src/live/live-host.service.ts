import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, QueryFailedError } from 'typeorm';
import { CohortLiveSessions } from '../cohorts/index.js';
import { badInput, conflict, notFound } from '../common/errors.js';
import type { CurrentUser } from '../common/graphql-context.js';
import type { LaunchLiveActivityInput } from './dto/live.inputs.js';
import { LiveActivityKindValue, type LiveQuizQuestionObject } from './dto/live.objects.js';
import { newLiveJoinCode } from './join-code.js';
import { LiveAccess } from './live-access.js';
import { LiveEvents } from './live-events.js';
import { LiveLccService } from './live-lcc.service.js';
import { LiveSlidesService, type LiveSlide } from './live-slides.service.js';
import { LiveQuizService } from './live-quiz.service.js';
import { LiveActivityEntity, LiveSessionEntity, type LiveActivityState } from './live.entities.js';

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (e: unknown) =>
  e instanceof QueryFailedError && (e.driverError as { code?: string }).code === UNIQUE_VIOLATION;

/** What the host does: start, launch activities, lock, reveal, end. */
@Injectable()
export class LiveHostService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortLiveSessions,
    private readonly access: LiveAccess,
    private readonly quiz: LiveQuizService,
    private readonly events: LiveEvents,
    private readonly lcc: LiveLccService,
    private readonly slides: LiveSlidesService,
  ) {}

  /** Starts the cohort session's live session, or returns the one already running (reload-safe). */
  async start(user: CurrentUser, cohortSessionId: string): Promise<LiveSessionEntity> {
    const hosted = await this.cohorts.hosted(user, cohortSessionId);
    const repo = this.dataSource.getRepository(LiveSessionEntity);
    for (let attempt = 0; attempt < 5; attempt++) {
      const running = await repo.findOneBy({ cohortSessionId, endedAt: IsNull() });
      if (running) return running;
      try {
        return await repo.save({
          cohortSessionId,
          cohortId: hosted.cohortId,
          startedBy: user.id,
          joinCode: newLiveJoinCode(),
          currentActivityId: null,
          endedAt: null,
        });
      } catch (e) {
        // Another replica started it at the same moment, or the code is taken: look again.
        if (!isUniqueViolation(e)) throw e;
      }
    }
    throw conflict('Could not start the live session; please try again.');
  }

  async lccExercises(user: CurrentUser, liveSessionId: string) {
    const session = await this.access.asHost(user, liveSessionId);
    return this.lcc.list(await this.cohorts.hosted(user, session.cohortSessionId));
  }

  async slideDeck(user: CurrentUser, liveSessionId: string): Promise<LiveSlide[]> {
    const session = await this.access.asHost(user, liveSessionId);
    return this.slides.slides(await this.cohorts.hosted(user, session.cohortSessionId));
  }

  /** Moves the projector to a slide; stored, so a reload or another replica shows the same. */
  async showSlide(user: CurrentUser, liveSessionId: string, index: number) {
    const session = await this.access.asHost(user, liveSessionId);
    if (session.endedAt) throw conflict('The live session has ended.');
    const count = (await this.slideDeck(user, liveSessionId)).length;
    if (index >= count)
      throw badInput(`This session has ${count} slides.`, [
        { field: 'index', message: `must be below ${count}` },
      ]);
    await this.dataSource.query(`UPDATE live_sessions SET slide_index = $2 WHERE id = $1`, [
      session.id,
      index,
    ]);
    session.slideIndex = index;
    await this.events.publish(session.id, 'slide');
    return session;
  }

  async quizQuestions(user: CurrentUser, liveSessionId: string): Promise<LiveQuizQuestionObject[]> {
    const session = await this.access.asHost(user, liveSessionId);
    const hosted = await this.cohorts.hosted(user, session.cohortSessionId);
    return (await this.quiz.questions(hosted)).map(({ module, id, prompt, multiple }) => ({
      module,
      id,
      prompt,
      multiple,
    }));
  }

  /** Launches an activity; the one before it is locked, so answers always go to the current one. */
  async launch(user: CurrentUser, input: LaunchLiveActivityInput): Promise<LiveSessionEntity> {
    const session = await this.access.asHost(user, input.liveSessionId);
    if (session.endedAt) throw conflict('The live session has ended.');
    const fields = await this.activityFields(user, session, input);
    // An LCC exercise is a table exercise: each table enters one offer.
    const byTable = input.kind === LiveActivityKindValue.lcc || (input.byTable ?? false);
    if (byTable && !session.tableLabels.length)
      throw conflict('Split the room into tables before launching a group activity.');
    await this.dataSource.transaction(async (em) => {
      // Serialises launches of one session, so positions never collide.
      await em.query(`SELECT id FROM live_sessions WHERE id = $1 FOR UPDATE`, [session.id]);
      await em.query(
        `UPDATE live_activities SET state = 'locked' WHERE live_session_id = $1 AND state = 'open'`,
        [session.id],
      );
      const [{ next }] = await em.query<[{ next: number }]>(
        `SELECT coalesce(max(position), 0) + 1 AS next FROM live_activities WHERE live_session_id = $1`,
        [session.id],
      );
      const saved = await em.getRepository(LiveActivityEntity).save({
        ...fields,
        byTable,
        liveSessionId: session.id,
        position: next,
        state: 'open' as const,
      });
      await em.update(LiveSessionEntity, { id: session.id }, { currentActivityId: saved.id });
      session.currentActivityId = saved.id;
    });
    await this.events.publish(session.id, 'activity');
    return session;
  }

  lock(user: CurrentUser, activityId: string): Promise<LiveSessionEntity> {
    return this.setState(user, activityId, 'locked', ['open']);
  }

  /** Shows the answer key (quiz) and the results to participants; answers are closed too. */
  reveal(user: CurrentUser, activityId: string): Promise<LiveSessionEntity> {
    return this.setState(user, activityId, 'revealed', ['open', 'locked']);
  }

  async end(user: CurrentUser, liveSessionId: string): Promise<LiveSessionEntity> {
    const session = await this.access.asHost(user, liveSessionId);
    if (!session.endedAt) {
      await this.dataSource.transaction(async (em) => {
        await em.query(
          `UPDATE live_activities SET state = 'locked' WHERE live_session_id = $1 AND state = 'open'`,
          [session.id],
        );
        await em.query(`UPDATE live_sessions SET ended_at = now() WHERE id = $1`, [session.id]);
      });
      session.endedAt = new Date();
      await this.events.publish(session.id, 'ended');
    }
    return session;
  }

  private async setState(
    user: CurrentUser,
    activityId: string,
    state: LiveActivityState,
    from: LiveActivityState[],
  ): Promise<LiveSessionEntity> {
    const activity = await this.dataSource
      .getRepository(LiveActivityEntity)
      .findOneBy({ id: activityId });
    if (!activity) throw notFound('The activity');
    const session = await this.access.asHost(user, activity.liveSessionId).catch(() => {
      throw notFound('The activity');
    });
    if (!from.includes(activity.state) && activity.state !== state)
      throw conflict(`The activity is ${activity.state}.`);
    await this.dataSource.query(
      `UPDATE live_activities SET state = $2 WHERE id = $1 AND state = ANY($3::text[])`,
      [activity.id, state, from],
    );
    await this.events.publish(session.id, 'activity');
    return session;
  }

  private async activityFields(
    user: CurrentUser,
    session: LiveSessionEntity,
    input: LaunchLiveActivityInput,
  ): Promise<
    Pick<
      LiveActivityEntity,
      | 'kind'
      | 'prompt'
      | 'options'
      | 'answerKey'
      | 'quizModule'
      | 'quizQuestion'
      | 'multiple'
      | 'lcc'
    >
  > {
    const none = {
      options: [],
      answerKey: null,
      quizModule: null,
      quizQuestion: null,
      multiple: false,
      lcc: null,
    };
    if (input.kind === LiveActivityKindValue.lcc) {
      if (!input.lccExercise)
        throw badInput('An LCC activity names its exercise.', [
          { field: 'lccExercise', message: 'required for an LCC activity' },
        ]);
      const hosted = await this.cohorts.hosted(user, session.cohortSessionId);
      const lcc = await this.lcc.exercise(hosted, input.lccExercise);
      return { ...none, kind: 'lcc', prompt: lcc.title, lcc };
    }
    if (input.kind === LiveActivityKindValue.quiz) {
      if (!input.quizModule || !input.quizQuestion)
        throw badInput('A quiz activity names its module and question.', [
          { field: 'quizQuestion', message: 'required for a quiz activity' },
        ]);
      const hosted = await this.cohorts.hosted(user, session.cohortSessionId);
      const q = await this.quiz.question(hosted, input.quizModule, input.quizQuestion);
      return {
        kind: 'quiz',
        prompt: q.prompt,
        options: q.options,
        answerKey: q.answer,
        quizModule: q.module,
        quizQuestion: q.id,
        multiple: q.multiple,
        lcc: null,
      };
    }
    if (!input.prompt)
      throw badInput('The activity needs a question.', [{ field: 'prompt', message: 'required' }]);
    if (input.kind === LiveActivityKindValue.poll || input.kind === LiveActivityKindValue.ranking) {
      if (!input.options)
        throw badInput('A poll or ranking needs 2 to 8 options.', [
          { field: 'options', message: 'required' },
        ]);
      const labels = input.options.map((o) => o.trim());
      if (labels.some((l) => !l) || new Set(labels).size !== labels.length)
        throw badInput('Options must be distinct and not blank.', [
          { field: 'options', message: 'blank or repeated option' },
        ]);
      return {
        ...none,
        kind: input.kind,
        prompt: input.prompt,
        options: labels.map((label, i) => ({ id: `o${i + 1}`, label })),
      };
    }
    return { ...none, kind: input.kind, prompt: input.prompt };
  }
}
