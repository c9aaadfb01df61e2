import { z } from 'zod';
import {
  CONTENT_HASH_IDENTIFIER_TYPE,
  EDITION_IDENTIFIER_TYPE,
  OB_V3_CONTEXT,
  OB_V3_SCHEMA_URL,
  VC_V2_CONTEXT,
  type CertificateInput,
  type Evidence,
  type IdentifierEntry,
  type OpenBadgeCredential,
} from './credential-types.js';

const httpUrl = z.url({ protocol: /^https?$/ });

const inputSchema = z.object({
  certificateId: z.uuid(),
  verifyUrl: httpUrl,
  issuer: z.object({ id: httpUrl, name: z.string().trim().min(1), url: httpUrl }),
  recipientName: z.string().trim().min(1),
  courseTitle: z.string().trim().min(1),
  courseDescription: z.string().trim().min(1),
  criteriaNarrative: z.string().trim().min(1),
  locale: z.string().refine(isLanguageTag, 'must be a BCP 47 language tag'),
  issuedAt: z.date().refine((d) => !Number.isNaN(d.getTime()), 'must be a valid date'),
  curriculum: z.object({
    version: z.string().trim().min(1),
    contentHash: z.string().trim().min(1),
    edition: z.string().trim().min(1).optional(),
  }),
  cohort: z.object({ id: z.string().min(1).optional(), name: z.string().trim().min(1) }).optional(),
  courseSlug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .optional(),
});

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** ISO 8601 UTC without milliseconds, so `validFrom` and the JWT `nbf` (seconds) agree exactly. */
export function toIsoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A URI as-is, or a bare id (e.g. a database UUID) turned into a URN so it is a valid URI. */
function asUri(id: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(id)) return id;
  return z.uuid().safeParse(id).success
    ? `urn:uuid:${id}`
    : `urn:academy:cohort:${encodeURIComponent(id)}`;
}

function cohortEvidence(cohort: { id?: string; name: string }): Evidence {
  return {
    ...(cohort.id ? { id: asUri(cohort.id) } : {}),
    type: ['Evidence'],
    name: cohort.name,
    genre: 'Cohort',
  };
}

/**
 * Builds the unsigned Open Badges 3.0 credential for one certificate.
 * Academy details live where OB 3.0 defines fields for them (see README "Where academy details go"):
 * curriculum version → `achievement.version`, locale → `achievement.inLanguage`, content hash and
 * edition → `achievement.otherIdentifier` (`ext:` identifier types), cohort → `evidence`.
 * Throws a ZodError when the input is invalid.
 */
export function buildOpenBadgeCredential(input: CertificateInput): OpenBadgeCredential {
  const data = inputSchema.parse(input);
  const issuerUrl = data.issuer.url.replace(/\/+$/, '');
  const slug = data.courseSlug ?? slugify(data.courseTitle);
  const issued = toIsoSeconds(data.issuedAt);

  const otherIdentifier: IdentifierEntry[] = [
    {
      type: 'IdentifierEntry',
      identifier: data.curriculum.contentHash,
      identifierType: CONTENT_HASH_IDENTIFIER_TYPE,
    },
  ];
  if (data.curriculum.edition) {
    otherIdentifier.push({
      type: 'IdentifierEntry',
      identifier: data.curriculum.edition,
      identifierType: EDITION_IDENTIFIER_TYPE,
    });
  }

  const credential: OpenBadgeCredential = {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: `urn:uuid:${data.certificateId.toLowerCase()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: data.issuer.id, type: ['Profile'], name: data.issuer.name, url: data.issuer.url },
    validFrom: issued,
    awardedDate: issued,
    name: data.courseTitle,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          hashed: false,
          identityHash: data.recipientName,
          identityType: 'name',
        },
      ],
      achievement: {
        id: `${issuerUrl}/courses/${slug}`,
        type: ['Achievement'],
        achievementType: 'CertificateOfCompletion',
        name: data.courseTitle,
        description: data.courseDescription,
        criteria: { narrative: data.criteriaNarrative },
        inLanguage: Intl.getCanonicalLocales(data.locale)[0] ?? data.locale,
        version: data.curriculum.version,
        otherIdentifier,
      },
    },
    ...(data.cohort ? { evidence: [cohortEvidence(data.cohort)] } : {}),
    credentialSchema: [{ id: OB_V3_SCHEMA_URL, type: '1EdTechJsonSchemaValidator2019' }],
  };
  return credential;
}

/** The recipient name recorded in a credential we built (the `name` identity object). */
export function recipientNameOf(credential: OpenBadgeCredential): string | undefined {
  return credential.credentialSubject.identifier.find((i) => i.identityType === 'name')
    ?.identityHash;
}
