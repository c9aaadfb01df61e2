/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../schema-types.generated';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AdaptationFileInput = {
  edition: string;
  /** modules/<m>/lessons/<l>.<locale>.md or practices/<slug>.<locale>.md */
  path: string;
};

export type CheckAdaptationInput = {
  edition: string;
  /** modules/<m>/lessons/<l>.<locale>.md or practices/<slug>.<locale>.md */
  path: string;
  text: string;
};

export type DiscountRateSourceInput = {
  publisher?: string | null | undefined;
  title: string;
  url?: string | null | undefined;
  year?: number | null | undefined;
};

export type HideLessonInput = {
  edition: string;
  /** true hides the lesson, false shows it again */
  hidden: boolean;
  lesson: string;
  module: string;
};

export type RemoveAdaptationInput = {
  edition: string;
  expectedVersion: number;
  path: string;
};

export type SaveAdaptationInput = {
  edition: string;
  /** The version the editor started from (0: a new adaptation) */
  expectedVersion: number;
  /** modules/<m>/lessons/<l>.<locale>.md or practices/<slug>.<locale>.md */
  path: string;
  text: string;
};

export type SetLccDefaultsInput = {
  currency?: string | null | undefined;
  /** A fraction: 0.03 for 3 % */
  discountRate?: number | null | undefined;
  /** Required with a discount rate */
  discountRateSource?: DiscountRateSourceInput | null | undefined;
  edition: string;
  expectedVersion: number;
};

export type AdaptationLccFieldsFragment = { currency: string | null, discountRate: number | null, version: number, discountRateSource: { title: string, publisher: string | null, year: number | null, url: string | null } | null };

export type AdaptationOverviewFieldsFragment = { edition: string, sourceLocale: string, locales: Array<string>, adaptations: Array<{ path: string, kind: string, version: number, updatedAt: string, updatedByName: string | null }>, lessons: Array<{ module: string, moduleTitle: string, slug: string, title: string, hidden: boolean, overridden: boolean, quizDrawn: boolean }>, practices: Array<{ slug: string, title: string, local: boolean, overridden: boolean }>, lcc: { currency: string | null, discountRate: number | null, version: number, discountRateSource: { title: string, publisher: string | null, year: number | null, url: string | null } | null } };

export type AdaptationFileFieldsFragment = { edition: string, path: string, text: string, baseText: string, version: number, adapted: boolean };

export type WorkspaceAdaptationQueryVariables = Exact<{
  edition: string;
}>;


export type WorkspaceAdaptationQuery = { workspaceAdaptation: { edition: string, sourceLocale: string, locales: Array<string>, adaptations: Array<{ path: string, kind: string, version: number, updatedAt: string, updatedByName: string | null }>, lessons: Array<{ module: string, moduleTitle: string, slug: string, title: string, hidden: boolean, overridden: boolean, quizDrawn: boolean }>, practices: Array<{ slug: string, title: string, local: boolean, overridden: boolean }>, lcc: { currency: string | null, discountRate: number | null, version: number, discountRateSource: { title: string, publisher: string | null, year: number | null, url: string | null } | null } } };

export type WorkspaceAdaptationFileQueryVariables = Exact<{
  input: Types.AdaptationFileInput;
}>;


export type WorkspaceAdaptationFileQuery = { workspaceAdaptationFile: { edition: string, path: string, text: string, baseText: string, version: number, adapted: boolean } };

export type CheckWorkspaceAdaptationQueryVariables = Exact<{
  input: Types.CheckAdaptationInput;
}>;


export type CheckWorkspaceAdaptationQuery = { checkWorkspaceAdaptation: Array<{ line: number, message: string, severity: string }> };

export type SaveWorkspaceAdaptationMutationVariables = Exact<{
  input: Types.SaveAdaptationInput;
}>;


export type SaveWorkspaceAdaptationMutation = { saveWorkspaceAdaptation: { edition: string, path: string, text: string, baseText: string, version: number, adapted: boolean } };

export type RemoveWorkspaceAdaptationMutationVariables = Exact<{
  input: Types.RemoveAdaptationInput;
}>;


export type RemoveWorkspaceAdaptationMutation = { removeWorkspaceAdaptation: { edition: string, path: string, text: string, baseText: string, version: number, adapted: boolean } };

export type SetWorkspaceLccDefaultsMutationVariables = Exact<{
  input: Types.SetLccDefaultsInput;
}>;


export type SetWorkspaceLccDefaultsMutation = { setWorkspaceLccDefaults: { currency: string | null, discountRate: number | null, version: number, discountRateSource: { title: string, publisher: string | null, year: number | null, url: string | null } | null } };

export type HideWorkspaceLessonMutationVariables = Exact<{
  input: Types.HideLessonInput;
}>;


export type HideWorkspaceLessonMutation = { hideWorkspaceLesson: { edition: string, sourceLocale: string, locales: Array<string>, adaptations: Array<{ path: string, kind: string, version: number, updatedAt: string, updatedByName: string | null }>, lessons: Array<{ module: string, moduleTitle: string, slug: string, title: string, hidden: boolean, overridden: boolean, quizDrawn: boolean }>, practices: Array<{ slug: string, title: string, local: boolean, overridden: boolean }>, lcc: { currency: string | null, discountRate: number | null, version: number, discountRateSource: { title: string, publisher: string | null, year: number | null, url: string | null } | null } } };

export const AdaptationLccFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdaptationLccFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdaptationLccObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountRate"}},{"kind":"Field","name":{"kind":"Name","value":"discountRateSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdaptationLccFieldsFragment, unknown>;
export const AdaptationOverviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdaptationOverviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkspaceAdaptationOverviewObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLocale"}},{"kind":"Field","name":{"kind":"Name","value":"locales"}},{"kind":"Field","name":{"kind":"Name","value":"adaptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"quizDrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lcc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdaptationLccFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdaptationLccFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdaptationLccObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountRate"}},{"kind":"Field","name":{"kind":"Name","value":"discountRateSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdaptationOverviewFieldsFragment, unknown>;
export const AdaptationFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdaptationFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkspaceAdaptationFileObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"adapted"}}]}}]} as unknown as DocumentNode<AdaptationFileFieldsFragment, unknown>;
export const WorkspaceAdaptationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceAdaptation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceAdaptation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"edition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdaptationOverviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdaptationLccFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdaptationLccObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountRate"}},{"kind":"Field","name":{"kind":"Name","value":"discountRateSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdaptationOverviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkspaceAdaptationOverviewObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLocale"}},{"kind":"Field","name":{"kind":"Name","value":"locales"}},{"kind":"Field","name":{"kind":"Name","value":"adaptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"quizDrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lcc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdaptationLccFields"}}]}}]}}]} as unknown as DocumentNode<WorkspaceAdaptationQuery, WorkspaceAdaptationQueryVariables>;
export const WorkspaceAdaptationFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceAdaptationFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdaptationFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceAdaptationFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdaptationFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdaptationFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkspaceAdaptationFileObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"adapted"}}]}}]} as unknown as DocumentNode<WorkspaceAdaptationFileQuery, WorkspaceAdaptationFileQueryVariables>;
export const CheckWorkspaceAdaptationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckWorkspaceAdaptation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckAdaptationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkWorkspaceAdaptation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]} as unknown as DocumentNode<CheckWorkspaceAdaptationQuery, CheckWorkspaceAdaptationQueryVariables>;
export const SaveWorkspaceAdaptationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveWorkspaceAdaptation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAdaptationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveWorkspaceAdaptation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdaptationFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdaptationFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkspaceAdaptationFileObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"adapted"}}]}}]} as unknown as DocumentNode<SaveWorkspaceAdaptationMutation, SaveWorkspaceAdaptationMutationVariables>;
export const RemoveWorkspaceAdaptationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveWorkspaceAdaptation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAdaptationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeWorkspaceAdaptation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdaptationFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdaptationFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkspaceAdaptationFileObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"baseText"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"adapted"}}]}}]} as unknown as DocumentNode<RemoveWorkspaceAdaptationMutation, RemoveWorkspaceAdaptationMutationVariables>;
export const SetWorkspaceLccDefaultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWorkspaceLccDefaults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLccDefaultsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkspaceLccDefaults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdaptationLccFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdaptationLccFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdaptationLccObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountRate"}},{"kind":"Field","name":{"kind":"Name","value":"discountRateSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetWorkspaceLccDefaultsMutation, SetWorkspaceLccDefaultsMutationVariables>;
export const HideWorkspaceLessonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HideWorkspaceLesson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HideLessonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideWorkspaceLesson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdaptationOverviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdaptationLccFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdaptationLccObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"discountRate"}},{"kind":"Field","name":{"kind":"Name","value":"discountRateSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdaptationOverviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkspaceAdaptationOverviewObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLocale"}},{"kind":"Field","name":{"kind":"Name","value":"locales"}},{"kind":"Field","name":{"kind":"Name","value":"adaptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lessons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"moduleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"quizDrawn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"practices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"local"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lcc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdaptationLccFields"}}]}}]}}]} as unknown as DocumentNode<HideWorkspaceLessonMutation, HideWorkspaceLessonMutationVariables>;