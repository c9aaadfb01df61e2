// The jobs feature's public entry: what other features may use (see docs/decisions/0007, 0009).
export { JobsModule } from './jobs.module.js';
export { JobsService, QUEUES, type JobHandler, type QueueName } from './jobs.service.js';
