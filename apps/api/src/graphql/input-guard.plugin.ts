import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  GraphQLID,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { ErrorCode, type FieldProblem } from '../common/errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks every argument before any resolver runs, so malformed input is a 400 and never reaches
 * PostgreSQL (which answers both with an error that would surface as a 500):
 * - every `ID` argument or input field is a UUID (all the academy's ids are);
 * - no text anywhere in the request contains a NUL character (`\u0000`).
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const variables = request.variables ?? {};
          const problems = [
            ...nulProblems(document, variables),
            ...idProblems(schema, document, variables),
          ];
          if (problems.length) {
            throw new GraphQLError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
              extensions: { code: ErrorCode.BadUserInput, fields: problems, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

function nulProblems(document: DocumentNode, variables: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const scan = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (value.includes('\u0000'))
        problems.push({ field: path, message: 'must not contain NUL characters' });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => scan(v, `${path}.${i}`));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) scan(v, `${path}.${k}`);
    }
  };
  for (const [name, value] of Object.entries(variables)) scan(value, `$${name}`);
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\u0000'))
        problems.push({ field: 'query', message: 'must not contain NUL characters' });
    },
  });
  return problems;
}

function idProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const check = (value: unknown, type: GraphQLInputType, path: string) => {
    if (value === null || value === undefined) return;
    if (isNonNullType(type)) return check(value, type.ofType, path);
    if (isListType(type)) {
      if (Array.isArray(value)) value.forEach((v, i) => check(v, type.ofType, `${path}.${i}`));
      else check(value, type.ofType, path);
      return;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object') return;
      const fields = type.getFields();
      for (const [k, v] of Object.entries(value)) {
        const field = fields[k];
        if (field) check(v, field.type, `${path}.${k}`);
      }
      return;
    }
    if (getNamedType(type) === GraphQLID && !(typeof value === 'string' && UUID.test(value))) {
      problems.push({ field: path, message: 'must be an id (a UUID)' });
    }
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument || node.value.kind === Kind.NULL) return;
        // Invalid values (wrong type, missing variable) are left to GraphQL's own validation.
        const value = valueFromAST(node.value, argument.type, variables);
        check(value, argument.type, node.name.value);
      },
    }),
  );
  return problems;
}
