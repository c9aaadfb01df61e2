import { Global, Module } from '@nestjs/common';
import { SharedPubSub } from './shared-pubsub.js';

/** Cross-replica events (Redis pub/sub when REDIS_URL is set, else PostgreSQL LISTEN/NOTIFY). */
@Global()
@Module({ providers: [SharedPubSub], exports: [SharedPubSub] })
export class PubSubModule {}
