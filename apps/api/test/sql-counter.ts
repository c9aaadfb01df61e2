import pg from 'pg';

/**
 * Counts SQL statements sent by this process (the API under test runs in-process). The job
 * queue's workers poll on their own clock (statements naming its pg-boss schema): they are no part
 * of the request measured, and counting them made budgets fail at random.
 */
export async function countStatements<T>(
  work: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const q = args[0];
    const text = typeof q === 'string' ? q : String((q as { text?: string })?.text ?? '');
    if (!/\bpgboss/i.test(text)) statements.push(text);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return { result: await work(), statements };
  } finally {
    pg.Client.prototype.query = original;
  }
}
