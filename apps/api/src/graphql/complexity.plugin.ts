import type { ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  visit,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { ErrorCode } from '../common/errors.js';

/** Prices the fields named in `costs` (`Type.field` → cost of one call, plus its selection). */
export function costTableEstimator(costs: Readonly<Record<string, number>>): ComplexityEstimator {
  return ({ type, field, childComplexity }) => {
    const cost = costs[`${type.name}.${field.name}`];
    return cost === undefined ? undefined : cost + childComplexity;
  };
}

/** How many estimates one document keeps (per operation name and, where they count, variables). */
const ESTIMATES_PER_DOCUMENT = 32;

/** Does any field price itself from its arguments (`extensions.complexity`)? Once per schema. */
const argumentPricedSchemas = new WeakMap<GraphQLSchema, boolean>();
function pricesArguments(schema: GraphQLSchema): boolean {
  let known = argumentPricedSchemas.get(schema);
  if (known === undefined) {
    known = Object.values(schema.getTypeMap()).some(
      (type) =>
        (isObjectType(type) || isInterfaceType(type)) &&
        Object.values(type.getFields()).some((f) => f.extensions?.complexity !== undefined),
    );
    argumentPricedSchemas.set(schema, known);
  }
  return known;
}

/** `@skip`/`@include` make the priced selection depend on the variables. */
function hasConditionalSelections(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

interface DocumentEstimates {
  variablesCount: boolean;
  byKey: Map<string, number>;
}

/**
 * Rejects operations whose estimated cost exceeds `max` before any resolver runs, with HTTP 400
 * and `QUERY_TOO_COMPLEX` (an error thrown here would otherwise leave Apollo as a 500).
 *
 * The estimate is a pure function of the document, the operation name and (only where a
 * directive or an argument-priced field makes them count) the variables, so it is computed once
 * per parsed document: Apollo hands the same `DocumentNode` to every request with the same query
 * text (its document store), and a hot path's query is the same text every time. Before, the
 * estimate walked the whole document with type information on every request (decision record
 * 0018).
 */
export function complexityPlugin(
  max: number,
  costs: Readonly<Record<string, number>> = {},
): ApolloServerPlugin {
  const estimators = [
    costTableEstimator(costs),
    fieldExtensionsEstimator(),
    simpleEstimator({ defaultComplexity: 1 }),
  ];
  const memo = new WeakMap<DocumentNode, DocumentEstimates>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let estimates = memo.get(document);
          if (!estimates) {
            estimates = {
              variablesCount: pricesArguments(schema) || hasConditionalSelections(document),
              byKey: new Map(),
            };
            memo.set(document, estimates);
          }
          const variables = request.variables ?? {};
          const key = `${request.operationName ?? ''}\u0000${estimates.variablesCount ? JSON.stringify(variables) : ''}`;
          let complexity = estimates.byKey.get(key);
          if (complexity === undefined) {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables,
              estimators,
            });
            if (estimates.byKey.size >= ESTIMATES_PER_DOCUMENT) estimates.byKey.clear();
            estimates.byKey.set(key, complexity);
          }
          if (complexity > max) {
            throw new GraphQLError(
              `This query is too expensive (cost ${complexity}; the limit is ${max}). Split it into smaller requests.`,
              {
                extensions: {
                  code: ErrorCode.QueryTooComplex,
                  cost: complexity,
                  limit: max,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}
