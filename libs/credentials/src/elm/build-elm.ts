import { z } from 'zod';
import { toIsoSeconds } from '../build-credential.js';
import {
  BASE64_ENCODING,
  countryConcept,
  fileTypeConcept,
  GENERIC_PROFILE,
  languageConcept,
  languageKey,
} from './vocabularies.js';

/** JSON-LD context of the Europass Digital Credentials application profile (ELM 3). */
export const EDC_CONTEXT = 'http://data.europa.eu/snb/model/context/edc-ap';
/** The SHACL shapes Europass validates a generic credential with. */
export const EDC_SHACL_SCHEMA = 'http://data.europa.eu/snb/model/ap/edc-generic-full';
/** The EBSI Trusted Schemas Registry entry of the Europass EDC JSON schema (ELM 3.2). */
export const EDC_JSON_SCHEMA =
  'https://api-pilot.ebsi.eu/trusted-schemas-registry/v3/schemas/z6CZj2KLNFkFqeDrJ9h27Rgc2RhszhFRHJ5QTJ3W8p6B1';

const httpUrl = z.url({ protocol: /^https?$/ });
const elmInputSchema = z.object({
  certificateId: z.uuid(),
  verifyUrl: httpUrl,
  issuer: z.object({
    id: httpUrl,
    name: z.string().trim().min(1),
    url: httpUrl,
    /** The issuer's country in the EU country authority table, e.g. `BEL`. */
    country: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter EU country code such as BEL'),
  }),
  recipientName: z.string().trim().min(1),
  locale: z.string().min(2),
  issuedAt: z.date(),
  course: z.object({
    /** The course's stable IRI (also its home page). */
    id: httpUrl,
    title: z.string().trim().min(1),
    description: z.string().trim().min(1),
    /** Study time the course asks for, in minutes (the lessons' estimates). */
    studyMinutes: z.number().int().positive(),
    learningOutcomes: z.array(z.string().trim().min(1)).min(1),
  }),
  /** How the learner was assessed: the final assessment (or the module quizzes) and the result. */
  assessment: z.object({
    title: z.string().trim().min(1),
    description: z.string().trim().min(1),
    grade: z.string().trim().min(1),
  }),
  curriculum: z.object({ version: z.string().min(1), contentHash: z.string().min(1) }),
  /** A picture of the certificate for wallets and viewers (ELM display detail), base64. */
  display: z.object({ contentType: z.enum(['PDF', 'JPEG', 'PNG']), base64: z.string().min(1) }),
});

export type ElmInput = z.input<typeof elmInputSchema>;
/** A European Digital Credential (ELM 3) in JSON-LD, unsealed. */
export type EuropeanDigitalCredential = Record<string, unknown> & {
  '@context': string[];
  id: string;
  type: string[];
};

/** `PT12H30M` for 750 minutes: ISO 8601, as ELM's volumeOfLearning asks. */
export function isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

/**
 * The certificate as a European Digital Credential in the European Learning Model (ELM 3,
 * Europass): who earned what, awarded by whom, the learning outcomes, the workload and the
 * assessment, in the learner's language. Unsealed: Europass accepts it once an operator seals it
 * with a qualified electronic seal (see the README). Ids are URNs derived from the certificate id,
 * so building twice gives the same document.
 */
export function buildEuropeanLearningCredential(raw: ElmInput): EuropeanDigitalCredential {
  const input = elmInputSchema.parse(raw);
  const lang = languageKey(input.locale);
  const text = (value: string) => ({ [lang]: value });
  const urn = (kind: string) => `urn:epass:${kind}:${input.certificateId}`;
  const when = toIsoSeconds(input.issuedAt);
  const issuer = {
    id: input.issuer.id,
    type: 'Organisation',
    legalName: text(input.issuer.name),
    homepage: [{ id: urn('issuerHomepage'), type: 'WebResource', contentURL: input.issuer.url }],
    location: [
      {
        id: urn('location'),
        type: 'Location',
        address: [
          {
            id: urn('address'),
            type: 'Address',
            countryCode: countryConcept(input.issuer.country),
          },
        ],
      },
    ],
  };
  const awardingProcess = {
    id: urn('awardingProcess'),
    type: 'AwardingProcess',
    awardingBody: [issuer],
    awardingDate: when,
  };
  const language = languageConcept(lang);
  const specification = {
    id: input.course.id,
    type: 'LearningAchievementSpecification',
    title: text(input.course.title),
    description: text(input.course.description),
    language: [language],
    volumeOfLearning: isoDuration(input.course.studyMinutes),
    homepage: [{ id: urn('courseHomepage'), type: 'WebResource', contentURL: input.course.id }],
    learningOutcome: input.course.learningOutcomes.map((outcome, i) => ({
      id: `urn:epass:learningOutcome:${input.certificateId}:${i + 1}`,
      type: 'LearningOutcome',
      title: text(outcome),
    })),
    identifier: {
      id: urn('curriculumVersion'),
      type: 'Identifier',
      notation: `${input.curriculum.version} (${input.curriculum.contentHash})`,
      schemeName: 'Curriculum release (version and content hash)',
    },
  };
  const assessment = {
    id: urn('learningAssessment'),
    type: 'LearningAssessment',
    title: text(input.assessment.title),
    grade: { id: urn('grade'), type: 'Note', noteLiteral: text(input.assessment.grade) },
    awardedBy: awardingProcess,
    specifiedBy: {
      id: urn('learningAssessmentSpecification'),
      type: 'LearningAssessmentSpecification',
      title: text(input.assessment.title),
      description: text(input.assessment.description),
    },
  };
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', EDC_CONTEXT],
    id: `urn:uuid:${input.certificateId}`,
    type: ['VerifiableCredential', 'VerifiableAttestation', 'EuropeanDigitalCredential'],
    identifier: [
      {
        id: urn('verification'),
        type: 'Identifier',
        notation: input.verifyUrl,
        schemeName: 'Public verification page of the academy',
      },
    ],
    credentialSchema: [
      { id: EDC_SHACL_SCHEMA, type: 'ShaclValidator2017' },
      { id: EDC_JSON_SCHEMA, type: 'JsonSchema' },
    ],
    credentialProfiles: [GENERIC_PROFILE],
    displayParameter: {
      id: urn('displayParameter'),
      type: 'DisplayParameter',
      title: text(input.course.title),
      language: [language],
      primaryLanguage: language,
      individualDisplay: [
        {
          id: urn('individualDisplay'),
          type: 'IndividualDisplay',
          language,
          displayDetail: [
            {
              id: urn('displayDetail'),
              type: 'DisplayDetail',
              page: 1,
              image: {
                id: urn('mediaObject'),
                type: 'MediaObject',
                content: input.display.base64,
                contentEncoding: BASE64_ENCODING,
                contentType: fileTypeConcept(input.display.contentType),
              },
            },
          ],
        },
      ],
    },
    issuer,
    issued: when,
    validFrom: when,
    credentialSubject: {
      id: urn('person'),
      type: 'Person',
      fullName: text(input.recipientName),
      hasClaim: [
        {
          id: urn('learningAchievement'),
          type: 'LearningAchievement',
          title: text(input.course.title),
          description: text(input.course.description),
          awardedBy: awardingProcess,
          provenBy: [assessment],
          specifiedBy: specification,
        },
      ],
    },
  };
}
