export * from './credential-types.js';
export { buildOpenBadgeCredential, recipientNameOf, toIsoSeconds } from './build-credential.js';
export {
  assertUsableSigningKey,
  generateIssuerKey,
  IssuerKeyProblem,
  publicPartOf,
  toJwks,
  SIGNING_ALG,
  type IssuerKey,
  type Jwks,
} from './keys.js';
export { signCredential, VC_JWT_TYP, JWT_CLAIM_NAMES, type SignOptions } from './sign.js';
export {
  verifyCredentialJwt,
  stripJwtClaims,
  looksLikeOpenBadgeCredential,
  type VerificationFailureCode,
  type VerificationResult,
  type VerifyOptions,
} from './verify.js';
export {
  credentialsEqual,
  explainDifferences,
  parsePastedCredential,
  type PastedCredential,
} from './compare.js';
export { renderCertificatePdf, type RenderPdfOptions } from './pdf/render-certificate.js';
// Shared with the workshop kit's printouts: one Unicode font for every script the academy prints.
export { embedCertificateFonts, type CertificateFonts } from './pdf/fonts.js';
export {
  CERTIFICATE_LABELS,
  labelsFor,
  type CertificateLabels,
  type LabelLanguage,
} from './pdf/labels.js';
export { sampleCertificateInput } from './sample-input.js';
export {
  buildEuropeanLearningCredential,
  EDC_CONTEXT,
  EDC_JSON_SCHEMA,
  isoDuration,
  type ElmInput,
  type EuropeanDigitalCredential,
} from './elm/build-elm.js';
