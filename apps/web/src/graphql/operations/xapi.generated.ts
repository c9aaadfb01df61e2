/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../schema-types.generated';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type UpdateXapiStoreInput = {
  enabled?: boolean;
  /** The LRS endpoint; statements go to <endpoint>/statements */
  endpoint: string;
  id: string;
  /** Basic-auth key (user name) of the LRS client */
  key: string;
  /** A name for administrators, e.g. "Regional HR learning records" */
  name: string;
  /** Basic-auth secret; required when adding, left out to keep the stored one */
  secret?: string | null | undefined;
  /** Identify learners by e-mail (mbox) instead of an opaque account id */
  shareEmail?: boolean;
};

export type XapiStoreInput = {
  enabled?: boolean;
  /** The LRS endpoint; statements go to <endpoint>/statements */
  endpoint: string;
  /** Basic-auth key (user name) of the LRS client */
  key: string;
  /** A name for administrators, e.g. "Regional HR learning records" */
  name: string;
  /** Basic-auth secret; required when adding, left out to keep the stored one */
  secret?: string | null | undefined;
  /** Identify learners by e-mail (mbox) instead of an opaque account id */
  shareEmail?: boolean;
};

export type XapiStoresQueryVariables = Exact<{ [key: string]: never; }>;


export type XapiStoresQuery = { xapiStores: Array<{ id: string, name: string, endpoint: string, key: string, enabled: boolean, shareEmail: boolean, secretsSealed: boolean }> };

export type AddXapiStoreMutationVariables = Exact<{
  input: Types.XapiStoreInput;
}>;


export type AddXapiStoreMutation = { addXapiStore: { id: string } };

export type UpdateXapiStoreMutationVariables = Exact<{
  input: Types.UpdateXapiStoreInput;
}>;


export type UpdateXapiStoreMutation = { updateXapiStore: { id: string, enabled: boolean } };

export type RemoveXapiStoreMutationVariables = Exact<{
  id: string;
}>;


export type RemoveXapiStoreMutation = { removeXapiStore: boolean };


export const XapiStoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"XapiStores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"xapiStores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"shareEmail"}},{"kind":"Field","name":{"kind":"Name","value":"secretsSealed"}}]}}]}}]} as unknown as DocumentNode<XapiStoresQuery, XapiStoresQueryVariables>;
export const AddXapiStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddXapiStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"XapiStoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addXapiStore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddXapiStoreMutation, AddXapiStoreMutationVariables>;
export const UpdateXapiStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateXapiStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateXapiStoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateXapiStore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<UpdateXapiStoreMutation, UpdateXapiStoreMutationVariables>;
export const RemoveXapiStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveXapiStore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeXapiStore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveXapiStoreMutation, RemoveXapiStoreMutationVariables>;