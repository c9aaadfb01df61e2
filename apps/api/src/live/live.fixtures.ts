// Test helpers for the live specs (not a spec: *.fixtures.ts files are excluded from the build).
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { uniqueEmail } from '../../test/factories.js';
import type { TestApp, TestClient } from '../../test/test-app.js';
import { addMembersInDb, cookieClient, createCohort } from '../cohorts/cohort.fixtures.js';
import { hashSessionToken, newSessionToken } from '../identity/session-tokens.js';

const ANSWER_FIELDS = `choice choices number text order`;
export const ACTIVITY = `id position kind prompt state multiple byTable options { id label } correctOptionIds viewerCorrect
    viewerAnswer { ${ANSWER_FIELDS} }
    results { answerCount options { optionId count } words { word count } ranking { optionId meanPosition } estimate { min max median mean } correctCount
      tables { tableNo label answer { ${ANSWER_FIELDS} } } }
    notAnswered { userId displayName }`;
export const STATE = `id joinCode title endedAt viewerIsHost participantCount viewerTable
  tables { tableNo label memberCount members { userId displayName } }
  currentActivity { ${ACTIVITY} }`;
export const START = `mutation($id: ID!) { startLiveSession(input: { cohortSessionId: $id }) { ${STATE} } }`;
export const JOIN_LIVE = `mutation($code: String!) { joinLiveSession(input: { code: $code }) { ${STATE} } }`;
export const LAUNCH = `mutation($i: LaunchLiveActivityInput!) { launchLiveActivity(input: $i) { ${STATE} } }`;
export const LOCK = `mutation($id: ID!) { lockLiveActivity(input: { activityId: $id }) { ${STATE} } }`;
export const REVEAL = `mutation($id: ID!) { revealLiveActivity(input: { activityId: $id }) { ${STATE} } }`;
export const END = `mutation($id: ID!) { endLiveSession(input: { liveSessionId: $id }) { ${STATE} } }`;
export const ANSWER = `mutation($i: AnswerLiveActivityInput!) { answerLiveActivity(input: $i) { ${STATE} } }`;
export const LIVE = `query($id: ID!) { liveSession(id: $id) { ${STATE} } }`;
export const SPLIT = `mutation($i: SplitLiveTablesInput!) { splitLiveTables(input: $i) { ${STATE} } }`;
const RECAP_FIELDS = `id title startedAt endedAt participantCount viewerTable activities { ${ACTIVITY} }`;
export const RECAP = `query($id: ID!) { liveRecap(id: $id) { ${RECAP_FIELDS} } }`;
export const COHORT_LIVE = `query($id: ID!) { cohortLiveSessions(cohortId: $id) { ${RECAP_FIELDS} } }`;
export const EVENTS = `subscription($id: ID!) { liveSessionEvents(liveSessionId: $id) { liveSessionId kind } }`;

type Answer = {
  choice: string | null;
  choices: string[] | null;
  number: number | null;
  text: string | null;
  order: string[] | null;
};

export interface LiveState {
  id: string;
  joinCode: string;
  participantCount: number;
  endedAt: string | null;
  viewerTable: number | null;
  tables: {
    tableNo: number;
    label: string | null;
    memberCount: number;
    members: { userId: string; displayName: string }[] | null;
  }[];
  currentActivity: LiveActivity | null;
}

export interface LiveRecap {
  id: string;
  endedAt: string | null;
  participantCount: number;
  viewerTable: number | null;
  activities: LiveActivity[];
}

export type LiveActivity = {
  id: string;
  kind: string;
  state: string;
  prompt: string;
  options: { id: string; label: string }[];
  multiple: boolean;
  byTable: boolean;
  correctOptionIds: string[] | null;
  viewerCorrect: boolean | null;
  viewerAnswer: Answer | null;
  results: {
    answerCount: number;
    options: { optionId: string; count: number }[];
    words: { word: string; count: number }[];
    ranking: { optionId: string; meanPosition: number }[];
    estimate: { median: number } | null;
    correctCount: number | null;
    tables: { tableNo: number; label: string | null; answer: Answer | null }[];
  } | null;
  notAnswered: { userId: string; displayName: string }[] | null;
};

/** A user with a session made straight in SQL, with the token for WebSocket connections. */
export async function signedInUser(
  t: TestApp,
  role?: 'host',
): Promise<{ id: string; token: string; client: TestClient }> {
  const email = uniqueEmail('live');
  const [user] = await t.dataSource.query<{ id: string }[]>(
    `INSERT INTO users (email, email_key, display_name, password_hash, roles)
     VALUES ($1, $1, $2, '!test', $3) RETURNING id`,
    [email, `Live ${randomBytes(2).toString('hex')}`, role ? [role] : []],
  );
  const token = newSessionToken();
  await t.dataSource.query(
    `INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
    [user!.id, hashSessionToken(token)],
  );
  return { id: user!.id, token, client: cookieClient(t, token) };
}

/** Makes the app listen on a loopback port (WebSockets need a real server); returns its port. */
export async function listen(t: TestApp): Promise<number> {
  const server = t.app.getHttpServer() as { listening: boolean; address(): AddressInfo };
  if (!server.listening) await t.app.listen(0, '127.0.0.1');
  return server.address().port;
}

/** A graphql-ws client authenticated by the session cookie, as a browser's would be. */
export function wsClient(port: number, token: string, origin?: string): Client {
  return createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    lazy: true,
    retryAttempts: 0,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, {
          headers: { cookie: `academy_session=${token}`, ...(origin ? { origin } : {}) },
        });
      }
    },
  });
}

const SESSION = `mutation($i: CreateSessionInput!) { createCohortSession(input: $i) { id } }`;
const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

/** A host, a cohort with one session on the intro module, and two participants. */
export async function liveWorkshop(t: TestApp, releaseId: string) {
  const host = await signedInUser(t, 'host');
  const cohort = await createCohort(host.client, releaseId);
  const session = await host.client.gql<{ createCohortSession: { id: string } }>(SESSION, {
    i: {
      cohortId: cohort.id,
      title: 'Kick-off',
      startsAt: hours(-1),
      endsAt: hours(2),
      modules: ['intro'],
    },
  });
  const sessionId = session.data!.createCohortSession.id;
  const ann = await signedInUser(t);
  const bob = await signedInUser(t);
  await addMembersInDb(t, cohort.id, [ann.id, bob.id]);
  const started = await host.client.gql<{ startLiveSession: LiveState }>(START, { id: sessionId });
  expect(started.errors).toBeUndefined();
  return { host, cohort, sessionId, ann, bob, live: started.data!.startLiveSession };
}

export async function call<K extends string>(
  client: TestClient,
  key: K,
  query: string,
  variables: object,
) {
  const res = await client.gql<Record<K, LiveState>>(query, variables as Record<string, unknown>);
  return { state: res.data?.[key] ?? null, code: res.errors?.[0]?.extensions?.code };
}
