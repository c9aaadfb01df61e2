import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
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

/**
 * Rejects operations whose estimated cost exceeds `max` before any resolver runs, with HTTP 400
 * and `QUERY_TOO_COMPLEX` (an error thrown here would otherwise leave Apollo as a 500).
 */
export function complexityPlugin(
  max: number,
  costs: Readonly<Record<string, number>> = {},
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [
              costTableEstimator(costs),
              fieldExtensionsEstimator(),
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
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
