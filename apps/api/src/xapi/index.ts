// The xAPI feature's public entry (see docs/decisions/0009). Nothing else uses it yet.
export { XapiModule } from './xapi.module.js';
