import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log.service.js';

/** The audit log, for every feature that records decisions others rely on. */
@Global()
@Module({ providers: [AuditLog], exports: [AuditLog] })
export class AuditModule {}
