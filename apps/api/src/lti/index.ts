// The LTI feature's public entry (see docs/decisions/0009). Nothing else uses it yet.
export { LtiModule } from './lti.module.js';
