import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { JobsService, QUEUES } from '../jobs/index.js';

/** What the xAPI feature holds about a person: statements queued for a store, and their erasure. */
@Injectable()
export class XapiPersonalData {
  constructor(private readonly jobs: JobsService) {}

  /**
   * Statement jobs name the learner (their id in the job's record); an erased person's are dropped,
   * waiting or done, so no job keeps the id. Statements already in a store are the store's to erase.
   */
  async erase(em: EntityManager, userId: string): Promise<void> {
    await this.jobs.deleteJobs(em, QUEUES.xapiStatement, { record: { enrolment: { userId } } });
  }
}
