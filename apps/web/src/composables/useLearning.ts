import { computed } from 'vue';
import { useI18n } from 'petite-vue-i18n';
import { MyEnrolmentsDocument, LearningCoursesDocument } from '../graphql/generated';
import { useApiQuery } from './useApiQuery';
import { useSession } from './useSession';

/** The signed-in learner's enrolments with progress; nothing is asked for anonymous visitors. */
export function useMyEnrolments() {
  const session = useSession();
  const query = useApiQuery(MyEnrolmentsDocument, () => (session.signedIn ? {} : null));
  const enrolments = computed(() => query.data.value?.myEnrolments ?? []);
  return { ...query, enrolments };
}

/** Course outlines (titles of modules and lessons) in the interface language. */
export function useLearningCourses() {
  const { locale } = useI18n();
  const query = useApiQuery(LearningCoursesDocument, () => ({ locale: locale.value }));
  const courses = computed(() => query.data.value?.courses ?? []);
  return { ...query, courses };
}
