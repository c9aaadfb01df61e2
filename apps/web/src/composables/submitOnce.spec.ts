import type { ApiProblem } from '../graphql/client';
import { submitWithRetry, type SubmitOutcome } from './submitOnce';

const network: ApiProblem = { code: 'NETWORK', message: 'offline', fields: [] };
const conflict: ApiProblem = { code: 'CONFLICT', message: 'no', fields: [] };

describe('idempotent submit with retry', () => {
  it('retries network failures with the same key until the server answers', async () => {
    const keys: string[] = [];
    const answers: SubmitOutcome<string>[] = [
      { data: null, problem: network },
      { data: null, problem: network },
      { data: 'graded', problem: null },
    ];
    const waits: number[] = [];
    const result = await submitWithRetry(
      async (key) => {
        keys.push(key);
        return answers.shift()!;
      },
      { newKey: () => 'key-1', sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toMatchObject({ data: 'graded', key: 'key-1', tries: 3 });
    expect(keys).toEqual(['key-1', 'key-1', 'key-1']);
    expect(waits).toEqual([500, 1000]);
  });

  it('uses a new key for each submission', async () => {
    let n = 0;
    const seen: string[] = [];
    const send = async (key: string) => {
      seen.push(key);
      return { data: 'ok', problem: null };
    };
    await submitWithRetry(send, { newKey: () => `k${++n}` });
    await submitWithRetry(send, { newKey: () => `k${++n}` });
    expect(seen).toEqual(['k1', 'k2']);
  });

  it('does not retry problems other than the network', async () => {
    let calls = 0;
    const result = await submitWithRetry(async () => (calls++, { data: null, problem: conflict }), {
      newKey: () => 'k',
      sleep: async () => {},
    });
    expect(calls).toBe(1);
    expect(result.problem?.code).toBe('CONFLICT');
  });

  it('gives up after the last try and reports the network problem', async () => {
    let calls = 0;
    const result = await submitWithRetry(async () => (calls++, { data: null, problem: network }), {
      newKey: () => 'k',
      tries: 3,
      sleep: async () => {},
    });
    expect(calls).toBe(3);
    expect(result).toMatchObject({ data: null, tries: 3, problem: { code: 'NETWORK' } });
  });

  it('makes a UUID key by default', async () => {
    const result = await submitWithRetry(async () => ({ data: 1, problem: null }));
    expect(result.key).toMatch(/^[0-9a-f-]{36}$/);
  });
});
