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
  type ValueNode,
} from 'graphql';
import { ErrorCode, type FieldProblem } from '../common/errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Checks every argument before any resolver runs, so malformed input is a 400 and never reaches
 * PostgreSQL (which answers both with an error that would surface as a 500):
 * - every `ID` argument or input field is a UUID (all the academy's ids are);
 * - no text anywhere in the request contains a NUL character (`\u0000`).
 *
 * What depends on the document alone (its arguments with their types, NULs in its literals) is
 * found once per parsed document (Apollo reuses the same `DocumentNode` for the same query
 * text); only the variables are checked on every request (decision record 0018).
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  const shapes = new WeakMap<DocumentNode, DocumentShape>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const variables = request.variables ?? {};
          let shape = shapes.get(document);
          if (!shape) {
            shape = documentShape(schema, document);
            shapes.set(document, shape);
          }
          const problems = [...nulProblems(shape, variables), ...idProblems(shape, variables)];
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

/** What the checks need from a document, independent of the variables. */
interface DocumentShape {
  /** How many string literals in the document contain NUL. */
  nulLiterals: number;
  /** Every argument in the document with its declared type (in document order). */
  argumentList: { name: string; type: GraphQLInputType; value: ValueNode }[];
}

function documentShape(schema: GraphQLSchema, document: DocumentNode): DocumentShape {
  const shape: DocumentShape = { nulLiterals: 0, argumentList: [] };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node) {
        if (node.value.includes('\u0000')) shape.nulLiterals++;
      },
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument || node.value.kind === Kind.NULL) return;
        shape.argumentList.push({ name: node.name.value, type: argument.type, value: node.value });
      },
    }),
  );
  return shape;
}

function nulProblems(shape: DocumentShape, variables: Record<string, unknown>): FieldProblem[] {
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
  for (let i = 0; i < shape.nulLiterals; i++)
    problems.push({ field: 'query', message: 'must not contain NUL characters' });
  return problems;
}

function idProblems(shape: DocumentShape, variables: Record<string, unknown>): FieldProblem[] {
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
  for (const argument of shape.argumentList) {
    // Invalid values (wrong type, missing variable) are left to GraphQL's own validation.
    const value = valueFromAST(argument.value, argument.type, variables);
    check(value, argument.type, argument.name);
  }
  return problems;
}
