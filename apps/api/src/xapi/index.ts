// The xAPI feature's public entry (see docs/decisions/0009): the privacy feature erases through it.
export { XapiModule } from './xapi.module.js';
export { XapiPersonalData } from './personal-data.service.js';
