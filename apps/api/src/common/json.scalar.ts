import { Scalar, type CustomScalar } from '@nestjs/graphql';
import { Kind, type ValueNode } from 'graphql';

function literal(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value)]));
    case Kind.LIST:
      return ast.values.map(literal);
    default:
      return null;
  }
}

/**
 * A JSON object whose shape a pure library validates (with field paths in its errors), e.g. an
 * LCC scenario; the web app types it with the same library's TypeScript types.
 */
@Scalar('JSONObject')
export class JsonObjectScalar implements CustomScalar<unknown, unknown> {
  description = 'A JSON object, validated by the operation that receives it';
  parseValue(value: unknown) {
    return value;
  }
  serialize(value: unknown) {
    return value;
  }
  parseLiteral(ast: ValueNode) {
    return literal(ast);
  }
}
