// The privacy feature's public entry (see docs/decisions/0009). It owns no table.
export { PrivacyModule } from './privacy.module.js';
export { PrivacyService } from './privacy.service.js';
export { RetentionService, type RetentionReport } from './retention.service.js';
