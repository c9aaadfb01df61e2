import type { ApiProblem } from '../graphql/client';

export interface SubmitOutcome<T> {
  data: T | null;
  problem: ApiProblem | null;
}

export interface RetryOptions {
  /** A fresh key per submission; crypto.randomUUID in the browser. */
  newKey?: () => string;
  /** Tries in all, including the first. */
  tries?: number;
  /** Waits before the n-th retry (1-based). */
  delayMs?: (retry: number) => number;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends one submission with one idempotency key and retries only network failures, with the same
 * key: the server grades once and answers a repeat with the stored result, so a retry after a
 * lost response cannot grade (and count) the attempt twice. Other problems are returned at once.
 */
export async function submitWithRetry<T>(
  send: (idempotencyKey: string) => Promise<SubmitOutcome<T>>,
  options: RetryOptions = {},
): Promise<SubmitOutcome<T> & { key: string; tries: number }> {
  const key = (options.newKey ?? (() => crypto.randomUUID()))();
  const tries = Math.max(1, options.tries ?? 4);
  const delay = options.delayMs ?? ((n) => 500 * 2 ** (n - 1));
  const sleep = options.sleep ?? wait;
  let outcome: SubmitOutcome<T> = { data: null, problem: null };
  for (let attempt = 1; attempt <= tries; attempt++) {
    if (attempt > 1) await sleep(delay(attempt - 1));
    outcome = await send(key);
    if (outcome.data || outcome.problem?.code !== 'NETWORK')
      return { ...outcome, key, tries: attempt };
  }
  return { ...outcome, key, tries };
}
