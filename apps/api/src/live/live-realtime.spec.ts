import { useFixtureApp } from '../../test/fixture-app.js';
import { bootTestApp, type TestApp } from '../../test/test-app.js';
import { cookieClient } from '../cohorts/cohort.fixtures.js';
import { SharedPubSub } from '../infra/pubsub/shared-pubsub.js';
import {
  ANSWER,
  EVENTS,
  JOIN_LIVE,
  LAUNCH,
  LOCK,
  call,
  listen,
  liveWorkshop,
  signedInUser,
  wsClient,
} from './live.fixtures.js';

let t: TestApp;
let releaseId: string;
useFixtureApp((app) => {
  ({ t, releaseId } = app);
});
const workshop = () => liveWorkshop(t, releaseId);

describe('live workshops in real time (graphql-ws)', () => {
  it('pushes change events over graphql-ws; participants get no per-answer events', async () => {
    const { host, ann, live } = await workshop();
    await call(ann.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode });
    const port = await listen(t);
    const projector = wsClient(port, host.token);
    const phone = wsClient(port, ann.token);
    const hostEvents = projector.iterate<{ liveSessionEvents: { kind: string } }>({
      query: EVENTS,
      variables: { id: live.id },
    });
    const phoneEvents = phone.iterate<{ liveSessionEvents: { kind: string } }>({
      query: EVENTS,
      variables: { id: live.id },
    });
    try {
      // The subscriptions are registered before the server acknowledges; wait until both listen.
      const pending = [hostEvents.next(), phoneEvents.next()];
      const pubsub = t.app.get(SharedPubSub);
      await expect.poll(() => pubsub.listeners(`live:${live.id}`), { timeout: 5000 }).toBe(2);
      const launched = await call(host.client, 'launchLiveActivity', LAUNCH, {
        i: { liveSessionId: live.id, kind: 'estimate', prompt: 'How many?' },
      });
      const [h, p] = await Promise.all(pending);
      expect(h?.value?.data?.liveSessionEvents.kind).toBe('activity');
      expect(p?.value?.data?.liveSessionEvents.kind).toBe('activity');
      const nextHost = hostEvents.next();
      const nextPhone = phoneEvents.next();
      await call(ann.client, 'answerLiveActivity', ANSWER, {
        i: { activityId: launched.state!.currentActivity!.id, number: 3 },
      });
      expect((await nextHost).value?.data?.liveSessionEvents.kind).toBe('answers');
      await call(host.client, 'lockLiveActivity', LOCK, {
        id: launched.state!.currentActivity!.id,
      });
      expect((await nextPhone).value?.data?.liveSessionEvents.kind).toBe('activity');
    } finally {
      await hostEvents.return?.();
      await phoneEvents.return?.();
      await projector.dispose();
      await phone.dispose();
    }
  });

  it('fans events out across replicas: an answer on one reaches a projector on the other', async () => {
    const { host, ann, live } = await workshop();
    await call(ann.client, 'joinLiveSession', JOIN_LIVE, { code: live.joinCode });
    const other = await bootTestApp();
    try {
      const port = await listen(t);
      const projector = wsClient(port, host.token);
      const events = projector.iterate<{ liveSessionEvents: { kind: string } }>({
        query: EVENTS,
        variables: { id: live.id },
      });
      const first = events.next();
      const pubsub = t.app.get(SharedPubSub);
      await expect.poll(() => pubsub.listeners(`live:${live.id}`), { timeout: 5000 }).toBe(1);
      // The host launches and the participant answers through the second replica.
      const hostThere = cookieClient(other, host.token);
      const annThere = cookieClient(other, ann.token);
      const launched = await call(hostThere, 'launchLiveActivity', LAUNCH, {
        i: { liveSessionId: live.id, kind: 'words', prompt: 'A word' },
      });
      expect((await first).value?.data?.liveSessionEvents.kind).toBe('activity');
      const second = events.next();
      await call(annThere, 'answerLiveActivity', ANSWER, {
        i: { activityId: launched.state!.currentActivity!.id, text: 'repair' },
      });
      expect((await second).value?.data?.liveSessionEvents.kind).toBe('answers');
      await events.return?.();
      await projector.dispose();
    } finally {
      await other.close();
    }
  });

  // Runs where a Redis server is at hand: .ci/run sets TEST_REDIS_URL after checking one answers.
  const redisUrl = process.env.TEST_REDIS_URL;
  if (redisUrl) {
    it('fans events out through Redis pub/sub when REDIS_URL is set', async () => {
      const { host, live } = await workshop();
      const [one, two] = [
        await bootTestApp({ REDIS_URL: redisUrl }),
        await bootTestApp({ REDIS_URL: redisUrl }),
      ];
      try {
        const pubsub = one.app.get(SharedPubSub);
        expect(pubsub.transport).toBe('redis');
        const projector = wsClient(await listen(one), host.token);
        const events = projector.iterate<{ liveSessionEvents: { kind: string } }>({
          query: EVENTS,
          variables: { id: live.id },
        });
        const first = events.next();
        await expect.poll(() => pubsub.listeners(`live:${live.id}`), { timeout: 5000 }).toBe(1);
        await call(cookieClient(two, host.token), 'launchLiveActivity', LAUNCH, {
          i: { liveSessionId: live.id, kind: 'estimate', prompt: 'How many?' },
        });
        expect((await first).value?.data?.liveSessionEvents.kind).toBe('activity');
        await events.return?.();
        await projector.dispose();
      } finally {
        await one.close();
        await two.close();
      }
    });
  }

  it('refuses subscriptions to strangers, and WebSockets opened by another site’s page', async () => {
    const { host, live } = await workshop();
    const port = await listen(t);
    const stranger = await signedInUser(t);
    const client = wsClient(port, stranger.token);
    const events = client.iterate({ query: EVENTS, variables: { id: live.id } });
    expect((await events.next()).value).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND' } }],
    });
    const malformed = client.iterate({ query: EVENTS, variables: { id: "1' OR 1=1" } });
    expect((await malformed.next()).value).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND' } }],
    });
    await client.dispose();
    const foreign = wsClient(port, host.token, 'https://evil.example');
    await expect(
      foreign.iterate({ query: EVENTS, variables: { id: live.id } }).next(),
    ).rejects.toBeTruthy();
    await foreign.dispose();
  });
});
