/**
 * What one call of an expensive field costs, in the units of `MAX_QUERY_COMPLEXITY` (every other
 * field costs 1). The numbers follow measured work: one LCC comparison takes about 10 ms of CPU,
 * one XLIFF export can be megabytes of text, a search runs a full-text query. With the limit of
 * 2000 a request can still hold a handful of these, but never hundreds.
 *
 * Kept in one table (not spread over the resolvers) so the price list can be read and reviewed
 * at once; `field-costs.spec.ts` fails when a name here no longer exists in the schema.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.calculateLcc': 100,
  'Query.translationXliff': 500,
  'Query.translationStatus': 50,
  'Query.practices': 50,
  'Query.users': 50,
  'Query.checkCredential': 50,
  'Query.cohortDashboard': 100,
  'Query.previewParticipantImport': 200,
  'Mutation.importParticipants': 200,
};
