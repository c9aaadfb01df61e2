import { Injectable } from '@nestjs/common';
import { SharedPubSub } from '../infra/pubsub/shared-pubsub.js';

export type LiveEventKind = 'activity' | 'answers' | 'participants' | 'ended' | 'slide';

export interface LiveEvent {
  liveSessionId: string;
  kind: LiveEventKind;
}

const topic = (liveSessionId: string) => `live:${liveSessionId}`;

/** Change hints of one live session, fanned out to every replica (SharedPubSub). */
@Injectable()
export class LiveEvents {
  constructor(private readonly pubsub: SharedPubSub) {}

  publish(liveSessionId: string, kind: LiveEventKind): Promise<void> {
    return this.pubsub.publish(topic(liveSessionId), { liveSessionId, kind } satisfies LiveEvent);
  }

  subscribe(liveSessionId: string): AsyncIterableIterator<LiveEvent> {
    return this.pubsub.subscribe<LiveEvent>(topic(liveSessionId));
  }
}
