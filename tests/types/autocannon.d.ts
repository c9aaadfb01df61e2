// The parts of autocannon's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';
  interface Options {
    /** Several URLs: the connections are spread over them. */
    url: string | string[];
    connections?: number;
    duration?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    /** Requests sent in turn on each connection; `setupRequest` may change one before it goes. */
    requests?: {
      method?: string;
      path?: string;
      body?: string;
      headers?: Record<string, string>;
      setupRequest?: (req: { headers: Record<string, string> }) => unknown;
    }[];
  }
  interface Result {
    requests: { average: number; total: number };
    errors: number;
    non2xx: number;
    timeouts: number;
    /** Seconds the run lasted. */
    duration: number;
  }
  type Instance = EventEmitter & PromiseLike<Result>;
  export default function autocannon(options: Options): Instance;
}
