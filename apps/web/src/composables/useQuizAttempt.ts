import { onBeforeUnmount, reactive, ref, shallowRef } from 'vue';
import { useI18n } from 'petite-vue-i18n';
import { client, toProblem, type ApiProblem } from '../graphql/client';
import {
  QuizAttemptDocument,
  SaveQuizAnswersDocument,
  SetEnrolmentLocaleDocument,
  StartQuizAttemptDocument,
  SubmitQuizAttemptDocument,
  type QuizAttemptFieldsFragment,
} from '../graphql/generated';
import { answersFor, draftFrom, unansweredKeys, type Draft } from './quizAnswers';
import { submitWithRetry } from './submitOnce';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';
export const AUTOSAVE_DELAY_MS = 800;

/**
 * One quiz attempt in the browser: started or resumed on the server, answers autosaved (debounced)
 * while the learner works, submitted once with an idempotency key, graded result kept.
 */
export function useQuizAttempt() {
  const { locale } = useI18n();
  const attempt = shallowRef<QuizAttemptFieldsFragment | null>(null);
  const drafts = reactive<Record<string, Draft>>({});
  const problem = ref<ApiProblem | null>(null);
  const loading = ref(false);
  const saveState = ref<SaveState>('idle');
  const submitting = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();

  function adopt(next: QuizAttemptFieldsFragment) {
    attempt.value = next;
    for (const key of Object.keys(drafts)) delete drafts[key];
    for (const q of next.questions) drafts[q.key] = draftFrom(q, locale.value);
    saveState.value = 'idle';
  }

  async function run(
    request: () => Promise<{
      data?: QuizAttemptFieldsFragment | null;
      error?: Parameters<typeof toProblem>[0];
    }>,
  ) {
    loading.value = true;
    problem.value = null;
    const res = await request();
    loading.value = false;
    if (res.data) adopt(res.data);
    else
      problem.value = toProblem(res.error) ?? { code: 'UNKNOWN', message: 'no data', fields: [] };
    return res.data ?? null;
  }

  /** Starts an attempt, or resumes the open one; questions come in the learner's interface language. */
  async function start(enrolment: { id: string; locale: string }, module?: string) {
    return run(async () => {
      if (enrolment.locale !== locale.value) {
        await client
          .mutation(SetEnrolmentLocaleDocument, {
            input: { enrolmentId: enrolment.id, locale: locale.value },
          })
          .toPromise();
      }
      const res = await client
        .mutation(StartQuizAttemptDocument, { input: { enrolmentId: enrolment.id, module } })
        .toPromise();
      return { data: res.data?.startQuizAttempt, error: res.error };
    });
  }

  async function load(id: string) {
    return run(async () => {
      const res = await client.query(QuizAttemptDocument, { id }).toPromise();
      return { data: res.data?.quizAttempt, error: res.error };
    });
  }

  async function save() {
    const current = attempt.value;
    if (!current || current.submittedAt) return;
    const answers = answersFor(current.questions, drafts, locale.value);
    if (!answers.length) return;
    saveState.value = 'saving';
    const res = await client
      .mutation(SaveQuizAnswersDocument, { input: { attemptId: current.id, answers } })
      .toPromise();
    if (attempt.value?.id !== current.id) return;
    saveState.value = res.data ? 'saved' : 'failed';
  }

  /** Records a change and saves it shortly after the learner pauses; saves never overlap. */
  function update(key: string, draft: Draft) {
    drafts[key] = draft;
    saveState.value = 'idle';
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      saving = saving.then(save);
    }, AUTOSAVE_DELAY_MS);
  }

  const unanswered = () =>
    attempt.value ? unansweredKeys(attempt.value.questions, drafts, locale.value) : [];

  /** Grades the attempt; network failures are retried with the same key, so it counts once. */
  async function submit() {
    const current = attempt.value;
    if (!current || submitting.value) return null;
    clearTimeout(timer);
    timer = undefined;
    submitting.value = true;
    problem.value = null;
    await saving;
    const answers = answersFor(current.questions, drafts, locale.value);
    const result = await submitWithRetry(async (idempotencyKey) => {
      const res = await client
        .mutation(SubmitQuizAttemptDocument, {
          input: { attemptId: current.id, answers, idempotencyKey },
        })
        .toPromise();
      return { data: res.data?.submitQuizAttempt ?? null, problem: toProblem(res.error) };
    });
    submitting.value = false;
    if (result.data) adopt(result.data);
    else problem.value = result.problem;
    return result.data;
  }

  onBeforeUnmount(() => {
    // Leaving the page: send what is pending rather than dropping it.
    if (timer !== undefined) {
      clearTimeout(timer);
      void save();
    }
  });

  return {
    attempt,
    drafts,
    problem,
    loading,
    saveState,
    submitting,
    start,
    load,
    update,
    submit,
    unanswered,
  };
}
