// The certificates feature's public entry: what other features may use (see docs/decisions/0009).
export { CertificateEvents, type CertificateIssued } from './certificate-events.js';
export { CertificatesModule } from './certificates.module.js';
export { IssuerKeysService } from './issuer-keys.service.js';
export { CertificatesPersonalData } from './personal-data.service.js';
