import { nextTick, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
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
export const PASSWORD_MIN = 10;
