// The identity feature's public entry: what other features may use (see docs/decisions/0009).
export { createIdentityLoaders } from './identity.loaders.js';
export { IdentityModule } from './identity.module.js';
export { InactiveAccounts, type InactiveAccount } from './inactive-accounts.js';
export { emailKey, IdentityService, type NewSession } from './identity.service.js';
export { supportedLocales, type SupportedLocale } from './locales.js';
export { setSessionCookie } from './session-cookie.js';
export {
  DELETED_PARTICIPANT,
  IdentityPersonalData,
  type ErasedPerson,
} from './personal-data.service.js';
