import { EventEmitter, on } from 'node:events';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';

/** The one PostgreSQL NOTIFY channel / Redis pub/sub channel every replica listens on. */
export const PUBSUB_CHANNEL = 'academy_events';
const RECONNECT_MS = 1_000;

interface Envelope {
  topic: string;
  payload: unknown;
}

/**
 * Fan-out of small events to every API replica (docs/decisions/0014): Redis pub/sub when
 * REDIS_URL is set, else PostgreSQL LISTEN/NOTIFY, so the embedded default needs no other server.
 * A publish goes out through the shared channel only; every replica (this one included) hears
 * it back and hands it to its local subscribers. Events are hints that state changed; the state
 * itself is in tables, so a missed event costs a refresh, never data.
 */
@Injectable()
export class SharedPubSub implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('pubsub');
  private readonly local = new EventEmitter().setMaxListeners(0);
  private redisPublisher: Redis | undefined;
  private redisSubscriber: Redis | undefined;
  private listener: pg.Client | undefined;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get transport(): 'redis' | 'postgres' {
    return this.config.redisUrl ? 'redis' : 'postgres';
  }

  async onModuleInit(): Promise<void> {
    if (this.config.redisUrl) {
      this.redisPublisher = new Redis(this.config.redisUrl, { maxRetriesPerRequest: 2 });
      this.redisSubscriber = new Redis(this.config.redisUrl);
      for (const r of [this.redisPublisher, this.redisSubscriber])
        r.on('error', (e: Error) => this.logger.warn(`Redis pub/sub: ${e.message}`));
      this.redisSubscriber.on('message', (_channel: string, message: string) =>
        this.deliver(message),
      );
      await this.redisSubscriber.subscribe(PUBSUB_CHANNEL);
    } else {
      await this.listen();
    }
  }

  /** Sends `payload` (a small JSON value; PostgreSQL allows under 8000 bytes) to every replica. */
  async publish(topic: string, payload: unknown): Promise<void> {
    const message = JSON.stringify({ topic, payload } satisfies Envelope);
    if (this.redisPublisher) await this.redisPublisher.publish(PUBSUB_CHANNEL, message);
    else await this.dataSource.query(`SELECT pg_notify($1, $2)`, [PUBSUB_CHANNEL, message]);
  }

  /** The events of `topic` from now on; `return()` (a client unsubscribing) stops listening. */
  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    const controller = new AbortController();
    const events = on(this.local, topic, { signal: controller.signal });
    const iterator: AsyncIterableIterator<T> = {
      next: async () => {
        try {
          const result = (await events.next()) as IteratorResult<unknown[]>;
          return result.done
            ? { done: true, value: undefined }
            : { done: false, value: result.value[0] as T };
        } catch (error) {
          if (controller.signal.aborted) return { done: true, value: undefined };
          throw error;
        }
      },
      return: () => {
        controller.abort();
        return Promise.resolve({ done: true, value: undefined });
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Local subscribers of a topic on this replica (for tests and health figures). */
  listeners(topic: string): number {
    return this.local.listenerCount(topic);
  }

  private deliver(message: string): void {
    try {
      const { topic, payload } = JSON.parse(message) as Envelope;
      this.local.emit(topic, payload);
    } catch {
      this.logger.warn('Ignored a malformed pub/sub message');
    }
  }

  /** One dedicated connection per replica LISTENs; it reconnects when PostgreSQL drops it. */
  private async listen(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new pg.Client({ connectionString: url });
    const retry = () => {
      if (this.stopped || this.listener !== client) return;
      this.listener = undefined;
      client.end().catch(() => undefined);
      setTimeout(() => {
        if (!this.stopped)
          this.listen().catch((e: Error) => this.logger.warn(`LISTEN failed: ${e.message}`));
      }, RECONNECT_MS).unref();
    };
    client.on('notification', (n) => {
      if (n.channel === PUBSUB_CHANNEL && n.payload) this.deliver(n.payload);
    });
    client.on('error', (e: Error) => {
      this.logger.warn(`LISTEN connection lost (${e.message}); reconnecting`);
      retry();
    });
    client.on('end', retry);
    this.listener = client;
    await client.connect();
    await client.query(`LISTEN ${PUBSUB_CHANNEL}`);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.local.removeAllListeners();
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    for (const r of [this.redisPublisher, this.redisSubscriber])
      if (r) await r.quit().catch(() => r.disconnect());
  }
}
