// The audit feature's public entry: what other features may use (see docs/decisions/0009).
export { AuditModule } from './audit.module.js';
export { AuditLog, type AuditEntry } from './audit-log.service.js';
