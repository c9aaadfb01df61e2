import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Refuses a document that asks for the same field under more than `max` different response
 * names (`a1: calculateLcc(…) a2: calculateLcc(…) …`). Counted per `Type.field` over the whole
 * document, fragments included, so spreading the aliases over fragments does not get around it.
 * Apollo answers validation errors with HTTP 400 and `GRAPHQL_VALIDATION_FAILED`.
 */
export function aliasLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const names = new Map<string, Set<string>>();
    const reported = new Set<string>();
    return {
      Field(node) {
        const parent = context.getParentType();
        if (!parent) return;
        const coordinate = `${parent.name}.${node.name.value}`;
        const responseNames = names.get(coordinate) ?? new Set<string>();
        responseNames.add(node.alias?.value ?? node.name.value);
        names.set(coordinate, responseNames);
        if (responseNames.size > max && !reported.has(coordinate)) {
          reported.add(coordinate);
          context.reportError(
            new GraphQLError(
              `${coordinate} is requested under more than ${max} aliases; send fewer per request.`,
              { nodes: [node] },
            ),
          );
        }
      },
    };
  };
}
