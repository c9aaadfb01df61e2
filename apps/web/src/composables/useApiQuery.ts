import type { TypedDocumentNode } from '@urql/core';
import { ref, shallowRef, watch, type Ref } from 'vue';
import { client, toProblem, type ApiProblem } from '../graphql/client';
import { reportApiReachable } from './connection';

export interface ApiQuery<Data> {
  data: Ref<Data | null>;
  problem: Ref<ApiProblem | null>;
  loading: Ref<boolean>;
  refetch: () => Promise<void>;
}

/**
 * Runs a typed query and runs it again whenever its variables change (for example the interface
 * locale, which every curriculum query takes). `variables` returning null skips the query.
 * Only the newest answer is kept, so a slow old response cannot overwrite a newer one.
 */
export function useApiQuery<Data, Vars extends Record<string, unknown>>(
  document: TypedDocumentNode<Data, Vars>,
  variables: () => Vars | null,
): ApiQuery<Data> {
  const data = shallowRef<Data | null>(null);
  const problem = ref<ApiProblem | null>(null);
  const loading = ref(false);
  let latest = 0;

  async function run(vars: Vars | null) {
    const ticket = ++latest;
    if (vars === null) {
      data.value = null;
      loading.value = false;
      return;
    }
    loading.value = true;
    const res = await client.query(document, vars).toPromise();
    if (ticket !== latest) return;
    reportApiReachable(!res.error?.networkError);
    data.value = res.data ?? null;
    problem.value = res.data
      ? null
      : (toProblem(res.error) ?? { code: 'UNKNOWN', message: 'no data', fields: [] });
    loading.value = false;
  }

  watch(
    () => JSON.stringify(variables()),
    () => run(variables()),
    { immediate: true },
  );
  return { data, problem, loading, refetch: () => run(variables()) };
}
