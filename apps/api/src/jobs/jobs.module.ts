import { Global, Module } from '@nestjs/common';
import { JobsResolver } from './jobs.resolver.js';
import { JobsService } from './jobs.service.js';

/** Durable background jobs (pg-boss), shared by every feature. */
@Global()
@Module({
  providers: [JobsService, JobsResolver],
  exports: [JobsService],
})
export class JobsModule {}
