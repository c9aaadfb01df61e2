// Types for the Open Badges 3.0 credential we issue. They describe exactly the shape
// `buildOpenBadgeCredential` produces, not every optional field OB 3.0 allows.

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB_V3_SCHEMA_URL =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

/** The identifierType values we use for academy details in `achievement.otherIdentifier`. */
export const CONTENT_HASH_IDENTIFIER_TYPE = 'ext:curriculumContentHash';
export const EDITION_IDENTIFIER_TYPE = 'ext:curriculumEdition';

export interface CertificateInput {
  /** A UUID; becomes the credential id `urn:uuid:<certificateId>` and the JWT `jti`. */
  certificateId: string;
  /** Public verification page for this certificate (printed and encoded in the PDF QR code). */
  verifyUrl: string;
  issuer: { id: string; name: string; url: string };
  /** The name as it was when the certificate was issued; later renames do not change it. */
  recipientName: string;
  courseTitle: string;
  courseDescription: string;
  criteriaNarrative: string;
  /** BCP 47 tag of the language the course was taken in, e.g. `nl` or `nl-BE`. */
  locale: string;
  issuedAt: Date;
  curriculum: { version: string; contentHash: string; edition?: string };
  cohort?: { id?: string; name: string };
  /** Stable course slug; gives the achievement a stable id across certificates. Recommended. */
  courseSlug?: string;
}

export interface Profile {
  id: string;
  type: ['Profile'];
  name: string;
  url: string;
}

export interface IdentityObject {
  type: 'IdentityObject';
  hashed: boolean;
  identityHash: string;
  identityType: string;
}

export interface IdentifierEntry {
  type: 'IdentifierEntry';
  identifier: string;
  identifierType: string;
}

export interface Achievement {
  id: string;
  type: ['Achievement'];
  achievementType: 'CertificateOfCompletion';
  name: string;
  description: string;
  criteria: { narrative: string };
  inLanguage: string;
  version: string;
  otherIdentifier: IdentifierEntry[];
}

export interface AchievementSubject {
  type: ['AchievementSubject'];
  identifier: IdentityObject[];
  achievement: Achievement;
}

export interface Evidence {
  id?: string;
  type: ['Evidence'];
  name: string;
  genre: string;
}

export interface OpenBadgeCredential {
  '@context': [typeof VC_V2_CONTEXT, typeof OB_V3_CONTEXT];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  issuer: Profile;
  validFrom: string;
  awardedDate: string;
  name: string;
  credentialSubject: AchievementSubject;
  evidence?: Evidence[];
  credentialSchema: [{ id: typeof OB_V3_SCHEMA_URL; type: '1EdTechJsonSchemaValidator2019' }];
}
