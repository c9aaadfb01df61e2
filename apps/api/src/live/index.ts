// The live feature's public entry (see docs/decisions/0009 and 0014).
export { LiveModule } from './live.module.js';
export { LivePersonalData } from './personal-data.service.js';
