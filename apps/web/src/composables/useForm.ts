import { nextTick, reactive, ref } from 'vue';
import { useI18n } from 'petite-vue-i18n';
import type { ApiProblem } from '../graphql/client';

export interface FieldError {
  field: string;
  message: string;
}

/** Field errors plus one summary that screen readers announce; focus moves to the summary. */
export function useForm() {
  const { t } = useI18n();
  const errors = reactive<Record<string, string>>({});
  const formError = ref<string | null>(null);
  const busy = ref(false);
  const summary = ref<{ focus: () => void } | null>(null);

  function reset() {
    for (const key of Object.keys(errors)) delete errors[key];
    formError.value = null;
  }

  async function show(fieldErrors: FieldError[], message: string | null = null) {
    for (const e of fieldErrors) errors[e.field] = e.message;
    formError.value = message;
    await nextTick();
    summary.value?.focus();
  }

  /** Turns an API problem into translated messages (by code, never by the server's text). */
  function messageFor(problem: ApiProblem): string {
    switch (problem.code) {
      case 'RATE_LIMITED':
        return t('errors.rateLimited', { seconds: problem.retryAfterSeconds ?? 60 });
      case 'FORBIDDEN':
        return t('errors.forbidden');
      case 'NETWORK':
        return t('errors.network');
      default:
        return t('errors.unknown');
    }
  }

  return { errors, formError, busy, summary, reset, show, messageFor };
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** NIST SP 800-63B rev. 4: at least 15 characters for a password used alone (the API decides). */
export const PASSWORD_MIN = 15;
export const PASSWORD_MAX = 256;

/** The translated reason the API gave for refusing a password, or null when it gave none. */
export function passwordReasonMessage(
  problem: ApiProblem,
  t: (key: string, values?: Record<string, unknown>) => string,
): string | null {
  const reasons = ['TOO_SHORT', 'TOO_LONG', 'COMMON', 'CONTAINS_PERSONAL'];
  if (problem.code !== 'BAD_USER_INPUT' || !problem.reason || !reasons.includes(problem.reason))
    return null;
  return t(`errors.password.${problem.reason}`, { min: PASSWORD_MIN, max: PASSWORD_MAX });
}
