import { computed, ref } from 'vue';
import { useI18n } from 'petite-vue-i18n';
import type { ApiProblem } from '../graphql/client';
import { PrivacyNoticeDocument } from '../graphql/generated';
import type { FieldError } from './useForm';
import { useApiQuery } from './useApiQuery';

/**
 * The consent box of a registration form: the current notice's version (registration records the
 * version accepted), its field error, and what to do when the notice changed while the form was open.
 */
export function usePrivacyConsent() {
  const { t } = useI18n();
  const accepted = ref(false);
  const notice = useApiQuery(PrivacyNoticeDocument, () => ({}));
  const version = computed(() => notice.data.value?.privacyNotice.version ?? null);

  /** The field error when the box is not ticked. */
  function problems(): FieldError[] {
    return accepted.value
      ? []
      : [{ field: 'privacyConsent', message: t('privacy.consent.required') }];
  }

  /** When the API says the notice changed: loads the new one, unticks, and returns the error. */
  async function noticeChanged(problem: ApiProblem): Promise<FieldError[] | null> {
    if (problem.code !== 'BAD_USER_INPUT' || problem.reason !== 'PRIVACY_NOTICE_CHANGED')
      return null;
    accepted.value = false;
    await notice.refetch();
    return [{ field: 'privacyConsent', message: t('privacy.consent.changed') }];
  }

  return { accepted, version, loadProblem: notice.problem, problems, noticeChanged };
}
