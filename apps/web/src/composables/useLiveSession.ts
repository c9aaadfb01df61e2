import { stringifyDocument } from '@urql/core';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue';
import { client, toProblem, type ApiProblem } from '../graphql/client';
import {
  LiveSessionDocument,
  LiveSessionEventsDocument,
  type LiveSessionFieldsFragment,
} from '../graphql/generated';

/** How often the state is fetched while the WebSocket is down (blocked, or the phone asleep). */
export const POLL_MS = 3_000;
/** A slow safety refresh while connected, in case an event was missed during a reconnect. */
export const SAFETY_MS = 30_000;

export type LiveConnection = 'connecting' | 'live' | 'polling';

export interface LiveSessionHandle {
  state: Ref<LiveSessionFieldsFragment | null>;
  problem: Ref<ApiProblem | null>;
  connection: Ref<LiveConnection>;
  /** Keeps a state a mutation answered with (newer than the last fetch). */
  accept: (next: LiveSessionFieldsFragment) => void;
  refresh: () => Promise<void>;
}

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/**
 * The live state of one session (docs/decisions/0014): the `liveSession` query is the truth; the
 * graphql-ws subscription only says when to fetch it again. While the socket is not connected
 * the state is polled, and after every (re)connection it is fetched once, so a phone that was
 * offline or a reloaded projector shows the current activity.
 */
export function useLiveSession(id: () => string | null): LiveSessionHandle {
  const state = shallowRef<LiveSessionFieldsFragment | null>(null);
  const problem = ref<ApiProblem | null>(null);
  const connection = ref<LiveConnection>('connecting');
  let ws: WsClient | null = null;
  let stopEvents: (() => void) | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let inFlight: Promise<void> | null = null;
  let again = false;
  let lastFetch = 0;

  async function fetchOnce(sessionId: string) {
    lastFetch = Date.now();
    const res = await client.query(LiveSessionDocument, { id: sessionId }).toPromise();
    if (id() !== sessionId) return;
    if (res.data) {
      state.value = res.data.liveSession;
      problem.value = null;
    } else if (!res.error?.networkError) {
      problem.value = toProblem(res.error);
    }
  }

  /** Coalesces bursts of events (40 answers at once) into at most one fetch after the current. */
  function refresh(): Promise<void> {
    const sessionId = id();
    if (!sessionId) return Promise.resolve();
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = fetchOnce(sessionId).finally(() => {
      inFlight = null;
      if (again) {
        again = false;
        void refresh();
      }
    });
    return inFlight;
  }

  function stop() {
    stopEvents?.();
    stopEvents = null;
    void ws?.dispose();
    ws = null;
    if (timer) clearInterval(timer);
    timer = null;
  }

  function start(sessionId: string) {
    stop();
    state.value = null;
    connection.value = 'connecting';
    void refresh();
    ws = createClient({
      url: wsUrl(),
      lazy: false,
      keepAlive: 10_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: (retries) =>
        new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 10_000))),
      on: {
        connected: () => {
          connection.value = 'live';
          void refresh();
        },
        closed: () => {
          connection.value = 'polling';
        },
      },
    });
    stopEvents = ws.subscribe(
      { query: stringifyDocument(LiveSessionEventsDocument), variables: { id: sessionId } },
      { next: () => void refresh(), error: () => undefined, complete: () => undefined },
    );
    timer = setInterval(() => {
      const since = Date.now() - lastFetch;
      if (connection.value !== 'live' ? since >= POLL_MS : since >= SAFETY_MS) void refresh();
    }, 1_000);
  }

  watch(
    id,
    (sessionId) => {
      if (sessionId) start(sessionId);
      else stop();
    },
    { immediate: true },
  );
  onBeforeUnmount(stop);

  return {
    state,
    problem,
    connection,
    accept: (next) => {
      state.value = next;
    },
    refresh,
  };
}
