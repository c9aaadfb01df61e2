import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access.js';
import { notFound } from '../common/errors.js';
import { FailedJobObject, FailedJobPageObject, FailedJobsArgs, JobIdArgs } from './jobs.dto.js';
import { JobsService } from './jobs.service.js';

/** Admins see background jobs that failed for good, with their error, and may retry one. */
@Resolver(() => FailedJobObject)
export class JobsResolver {
  constructor(private readonly jobs: JobsService) {}

  @Allow('admin')
  @Query(() => FailedJobPageObject, {
    description: 'Background jobs whose retries are used up, newest first',
  })
  async failedJobs(@Args() { offset, limit }: FailedJobsArgs): Promise<FailedJobPageObject> {
    return { ...(await this.jobs.failed(offset, limit)), offset, limit };
  }

  @Allow('admin')
  @Mutation(() => Boolean, { description: 'Puts a failed job back in its queue for one more try' })
  async retryJob(@Args() { id }: JobIdArgs): Promise<boolean> {
    if (!(await this.jobs.retry(id))) throw notFound('The failed job');
    return true;
  }
}
