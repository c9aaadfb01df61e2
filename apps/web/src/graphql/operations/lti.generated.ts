/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../schema-types.generated';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type LtiPlatformInput = {
  /** Authentication request URL (OIDC auth endpoint) of the platform */
  authLoginUrl: string;
  /** The client ID the platform gave the academy (aud of its id_tokens) */
  clientId: string;
  /** Deployment IDs the academy accepts launches from */
  deploymentIds: Array<string>;
  /** The platform ID (iss of its id_tokens), e.g. https://moodle.example.org */
  issuer: string;
  /** Public keyset URL (JWKS) of the platform */
  jwksUrl: string;
  /** A name for administrators, e.g. "Moodle of the city of Ghent" */
  name: string;
  /** Access token URL (for grade services, later) */
  tokenUrl?: string | null | undefined;
};

/** JOIN: a linked account joins; INVITE: an invitation is sent; MEMBER/INVITED: already there; SKIP: see the reason */
export type LtiRosterAction =
  | 'INVITE'
  | 'INVITED'
  | 'JOIN'
  | 'MEMBER'
  | 'SKIP';

export type LtiRosterSkipReason =
  | 'DUPLICATE_EMAIL'
  | 'INVALID_EMAIL'
  | 'NO_EMAIL'
  | 'OTHER_COHORT';

export type LtiAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type LtiAdminQuery = { ltiToolConfiguration: { toolUrl: string, loginUrl: string, launchUrl: string, jwksUrl: string, deepLinkingUrl: string }, ltiPlatforms: Array<{ id: string, name: string, issuer: string, clientId: string, deploymentIds: Array<string>, authLoginUrl: string, jwksUrl: string, tokenUrl: string | null }> };

export type RegisterLtiPlatformMutationVariables = Exact<{
  input: Types.LtiPlatformInput;
}>;


export type RegisterLtiPlatformMutation = { registerLtiPlatform: { id: string } };

export type RemoveLtiPlatformMutationVariables = Exact<{
  id: string;
}>;


export type RemoveLtiPlatformMutation = { removeLtiPlatform: boolean };

export type CreateLtiRegistrationLinkMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateLtiRegistrationLinkMutation = { createLtiRegistrationLink: { url: string, expiresAt: string } };

export type LtiCourseRostersQueryVariables = Exact<{ [key: string]: never; }>;


export type LtiCourseRostersQuery = { ltiCourseRosters: Array<{ id: string, courseTitle: string, platformName: string, lastLaunchAt: string }> };

export type LtiRosterPreviewQueryVariables = Exact<{
  cohortId: string;
  rosterId: string;
}>;


export type LtiRosterPreviewQuery = { ltiRosterPreview: { courseTitle: string, leftOut: number, freePlaces: number, fits: boolean, entries: Array<{ name: string, email: string | null, action: Types.LtiRosterAction, reason: Types.LtiRosterSkipReason | null }> } };

export type ImportLtiRosterMutationVariables = Exact<{
  cohortId: string;
  rosterId: string;
}>;


export type ImportLtiRosterMutation = { importLtiRoster: { joined: number, invited: number, invitationsSent: number } };


export const LtiAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LtiAdmin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ltiToolConfiguration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toolUrl"}},{"kind":"Field","name":{"kind":"Name","value":"loginUrl"}},{"kind":"Field","name":{"kind":"Name","value":"launchUrl"}},{"kind":"Field","name":{"kind":"Name","value":"jwksUrl"}},{"kind":"Field","name":{"kind":"Name","value":"deepLinkingUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ltiPlatforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentIds"}},{"kind":"Field","name":{"kind":"Name","value":"authLoginUrl"}},{"kind":"Field","name":{"kind":"Name","value":"jwksUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenUrl"}}]}}]}}]} as unknown as DocumentNode<LtiAdminQuery, LtiAdminQueryVariables>;
export const RegisterLtiPlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterLtiPlatform"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LtiPlatformInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerLtiPlatform"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegisterLtiPlatformMutation, RegisterLtiPlatformMutationVariables>;
export const RemoveLtiPlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveLtiPlatform"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeLtiPlatform"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveLtiPlatformMutation, RemoveLtiPlatformMutationVariables>;
export const CreateLtiRegistrationLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLtiRegistrationLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLtiRegistrationLink"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateLtiRegistrationLinkMutation, CreateLtiRegistrationLinkMutationVariables>;
export const LtiCourseRostersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LtiCourseRosters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ltiCourseRosters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"platformName"}},{"kind":"Field","name":{"kind":"Name","value":"lastLaunchAt"}}]}}]}}]} as unknown as DocumentNode<LtiCourseRostersQuery, LtiCourseRostersQueryVariables>;
export const LtiRosterPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LtiRosterPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rosterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ltiRosterPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rosterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rosterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"leftOut"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<LtiRosterPreviewQuery, LtiRosterPreviewQueryVariables>;
export const ImportLtiRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportLtiRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rosterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importLtiRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"rosterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rosterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joined"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"invitationsSent"}}]}}]}}]} as unknown as DocumentNode<ImportLtiRosterMutation, ImportLtiRosterMutationVariables>;