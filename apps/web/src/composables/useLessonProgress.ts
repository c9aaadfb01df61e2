import { computed, ref, shallowRef, watch, type Ref } from 'vue';
import { client, toProblem, type ApiProblem } from '../graphql/client';
import { MarkLessonDoneDocument, OpenLessonDocument } from '../graphql/generated';
import { enrolmentForModule, type Enrolment } from './learningSteps';
import { useMyEnrolments } from './useLearning';

/**
 * The learner's progress around the lesson being read: records the visit (for resuming) and marks
 * the lesson done, once, whether by the button or by reaching its end.
 */
export function useLessonProgress(module: Ref<string>, lesson: Ref<string>) {
  const { enrolments, loading } = useMyEnrolments();
  const latest = shallowRef<Enrolment | null>(null);
  const problem = ref<ApiProblem | null>(null);
  const marking = ref(false);

  const enrolment = computed(() => {
    const found = enrolmentForModule(enrolments.value, module.value);
    return latest.value && found && latest.value.id === found.id ? latest.value : found;
  });
  const moduleProgress = computed(
    () => enrolment.value?.progress.modules.find((m) => m.slug === module.value) ?? null,
  );
  const doneLessons = computed(() => new Set(moduleProgress.value?.doneLessons ?? []));
  const isDone = computed(() => doneLessons.value.has(lesson.value));

  // Remember the visit once per lesson, as soon as the enrolment is known.
  let opened = '';
  watch(
    () => [enrolment.value?.id, module.value, lesson.value] as const,
    async ([id, m, l]) => {
      if (!id || !m || !l || opened === `${id}:${m}/${l}`) return;
      opened = `${id}:${m}/${l}`;
      const res = await client
        .mutation(OpenLessonDocument, { input: { enrolmentId: id, module: m, lesson: l } })
        .toPromise();
      if (res.data) latest.value = res.data.openLesson;
    },
    { immediate: true },
  );

  const requested = new Set<string>();
  /** Marks the open lesson done; repeated calls for the same lesson send nothing. */
  async function markDone(): Promise<boolean> {
    const e = enrolment.value;
    const key = `${module.value}/${lesson.value}`;
    if (!e || isDone.value || requested.has(key)) return false;
    requested.add(key);
    marking.value = true;
    const res = await client
      .mutation(MarkLessonDoneDocument, {
        input: { enrolmentId: e.id, module: module.value, lesson: lesson.value },
      })
      .toPromise();
    marking.value = false;
    problem.value = toProblem(res.error);
    if (res.data) latest.value = res.data.markLessonDone;
    else requested.delete(key); // let the learner try again
    return !!res.data;
  }

  return { enrolment, moduleProgress, doneLessons, isDone, markDone, marking, problem, loading };
}
