import { Injectable } from '@nestjs/common';
import type { CurrentUser } from '../../common/graphql-context.js';
import { pickText } from '../../curriculum/index.js';
import { ReleaseService } from '../../curriculum/index.js';
import { CourseStructureService } from '../../learning/index.js';
import { LearningReadModel } from '../../learning/index.js';
import { CohortAccess } from '../cohort-access.service.js';
import type { CohortEntity } from '../cohort.entity.js';
import { DashboardReadModel } from './dashboard.read-model.js';
import type { CohortDashboardObject, DashboardParticipantObject } from './dto/dashboard.objects.js';

type QuizTexts = {
  questions: Record<string, { prompt?: string; options?: Record<string, string> }>;
};

/** The option ids in a recorded answer ("c", "a+c", "d>a>b"); null for true/false and numbers. */
export function optionIdsOf(
  answer: string,
  options: Record<string, string> | undefined,
): string[] | null {
  if (!options) return null;
  const ids = answer.split(/[+>]/);
  return ids.every((id) => id in options) ? ids : null;
}

/** Whether a participant meets the cohort's rules on top of the course's. */
export function meetsAttendance(
  present: number,
  held: number,
  minAttendance: number | null,
): boolean {
  if (minAttendance === null || minAttendance === 0) return true;
  if (held === 0) return false;
  return present / held >= minAttendance - 1e-9;
}

/** The host dashboard: progress matrix, who is stuck, quiz statistics, attendance, progress over time. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly rosters: DashboardReadModel,
    private readonly access: CohortAccess,
    private readonly learning: LearningReadModel,
    private readonly structures: CourseStructureService,
    private readonly releases: ReleaseService,
  ) {}

  async dashboard(
    user: CurrentUser,
    cohortId: string,
    stuckAfterDays: number,
    locale?: string,
  ): Promise<CohortDashboardObject> {
    const cohort = await this.access.asHost(user, cohortId);
    return this.build(cohort, stuckAfterDays, locale);
  }

  /** Question and option texts of the cohort's release in the host's language, by `module/questionId`. */
  private async questionTexts(releaseId: string, keys: string[], locale: string) {
    const release = await this.releases.resolve(releaseId);
    const modules = [...new Set(keys.map((k) => k.split('/')[0]!))];
    const banks = await this.structures.banks(releaseId, modules);
    const texts = new Map<string, QuizTexts['questions'][string]>();
    for (const [slug, bank] of banks) {
      const { text } = pickText<QuizTexts>(bank.texts, locale, release);
      for (const [id, q] of Object.entries(text.questions ?? {})) texts.set(`${slug}/${id}`, q);
    }
    return texts;
  }

  async build(
    cohort: CohortEntity,
    stuckAfterDays: number,
    locale?: string,
  ): Promise<CohortDashboardObject> {
    const structure = await this.structures.get(cohort.releaseId, cohort.courseSlug);
    // Two statements, each linear in participants: the cohort's roster and attendance, then the
    // learning feature's progress of exactly those people.
    const roster = await this.rosters.roster(cohort.id);
    const progress = await this.learning.groupProgress(
      roster.participants.map((p) => p.userId),
      cohort.courseSlug,
      structure.lessonKeys,
    );
    const byUser = new Map(progress.learners.map((l) => [l.userId, l]));
    const data = { ...progress, ...roster, member_count: roster.participants.length };
    const texts = await this.questionTexts(
      cohort.releaseId,
      data.questions.map((q) => q.key),
      locale ?? cohort.locale,
    );
    const inactiveBefore = Date.now() - stuckAfterDays * 86_400_000;
    const participants: DashboardParticipantObject[] = data.participants.map((member) => {
      const p = { ...member, ...byUser.get(member.userId) };
      const modules = structure.modules.map((m) => {
        const q = p.quizzes?.[m.slug];
        return {
          module: m.slug,
          lessonsDone: p.lessons?.[m.slug] ?? 0,
          lessonsTotal: m.lessons.length,
          quizBest: q?.best ?? null,
          quizPassed: q?.passed ?? false,
          quizAttempts: q?.attempts ?? 0,
        };
      });
      const lastActivityAt = p.lastActivityAt ? new Date(p.lastActivityAt) : null;
      const completed = p.completedAt != null;
      const stuckReasons: string[] = [];
      if (!completed && (!lastActivityAt || lastActivityAt.getTime() < inactiveBefore))
        stuckReasons.push('inactive');
      for (const [slug, q] of Object.entries(p.quizzes ?? {}))
        if (!q.passed && q.failed >= 2) stuckReasons.push(`failed-quiz:${slug}`);
      const attends = meetsAttendance(p.present, data.held, cohort.minAttendance);
      return {
        userId: p.userId,
        displayName: p.displayName,
        deleted: p.deleted,
        email: p.email,
        organisation: p.organisation,
        modules,
        courseCompleted: completed,
        lastActivityAt,
        sessionsAttended: p.present,
        sessionsHeld: data.held,
        attendanceRate: data.held === 0 ? null : Math.round((p.present / data.held) * 1000) / 1000,
        meetsAttendance: attends,
        meetsCohortRules: completed && attends,
        stuckReasons,
      };
    });
    return {
      cohortId: cohort.id,
      modules: structure.modules.map((m) => m.slug),
      participants,
      stuck: participants.filter((p) => p.stuckReasons.length > 0),
      questions: data.questions.map((q) => {
        const text = texts.get(q.key);
        const wrong = data.wrong[q.key]?.answer ?? null;
        const ids = wrong === null ? null : optionIdsOf(wrong, text?.options);
        return {
          key: q.key,
          prompt: text?.prompt ?? null,
          answered: q.answered,
          percentCorrect: q.answered === 0 ? 0 : Math.round((q.correct / q.answered) * 1000) / 10,
          mostChosenWrong: wrong,
          mostChosenWrongCount: data.wrong[q.key]?.count ?? 0,
          mostChosenWrongOptions: ids && text?.options ? ids.map((id) => text.options![id]!) : null,
        };
      }),
      sessions: data.sessions.map((s) => ({
        ...s,
        startsAt: new Date(s.startsAt),
        unmarked: data.member_count - s.present - s.absent - s.excused,
      })),
      progressByWeek: data.weeks,
      stuckAfterDays,
    };
  }
}
