import { Global, Module } from '@nestjs/common';
import { SharedLimits } from './shared-limits.js';

/** Shared rate limits (Redis when REDIS_URL is set, else PostgreSQL); available everywhere. */
@Global()
@Module({ providers: [SharedLimits], exports: [SharedLimits] })
export class LimitsModule {}
