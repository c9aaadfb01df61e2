// A small JSON Schema (draft 2019-09) validator for exactly the keywords the vendored OB 3.0
// schema uses. No JSON Schema validator is a declared dependency (ajv@6 is only present
// transitively and cannot read 2019-09), so this keeps the check real instead of a field list.
// Any keyword it does not implement throws, so a constraint can never be silently skipped.

type Schema = boolean | { [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$comment']);
const IMPLEMENTED = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'additionalItems',
  'minItems',
  'contains',
  'enum',
  'pattern',
  'oneOf',
  'anyOf',
  'allOf',
  '$ref',
  'format',
  '$defs',
]);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`Only local $ref is supported: ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) node = isObject(node) ? node[part] : undefined;
  if (node === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  return node as Schema;
}

/** Returns human-readable errors (`path: problem`); an empty list means the value is valid. */
export function validate(
  root: Schema,
  value: unknown,
  schema: Schema = root,
  path = '$',
): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: no value is allowed here`];
  const errors: string[] = [];
  const sub = (s: unknown, v: unknown, p: string) => validate(root, v, s as Schema, p);
  for (const [keyword, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    if (!IMPLEMENTED.has(keyword)) throw new Error(`Unsupported keyword "${keyword}" at ${path}`);
    switch (keyword) {
      case '$ref':
        errors.push(...sub(resolve(root, String(arg)), value, path));
        break;
      case 'type': {
        const actual = typeOf(value);
        const ok = arg === actual || (arg === 'number' && actual === 'integer');
        if (!ok) errors.push(`${path}: expected ${String(arg)}, got ${actual}`);
        break;
      }
      case 'enum':
        if (!(arg as unknown[]).some((e) => JSON.stringify(e) === JSON.stringify(value))) {
          errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(arg)}`);
        }
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(String(arg), 'u').test(value)) {
          errors.push(`${path}: "${value}" does not match ${String(arg)}`);
        }
        break;
      case 'format':
        if (typeof value === 'string') {
          const ok =
            arg === 'date-time'
              ? DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
              : arg === 'date'
                ? DATE.test(value)
                : (() => {
                    throw new Error(`Unsupported format ${String(arg)}`);
                  })();
          if (!ok) errors.push(`${path}: "${value}" is not a valid ${String(arg)}`);
        }
        break;
      case 'required':
        if (isObject(value)) {
          for (const name of arg as string[])
            if (!(name in value)) errors.push(`${path}: missing required "${name}"`);
        }
        break;
      case 'properties':
        if (isObject(value)) {
          for (const [name, s] of Object.entries(arg as Record<string, unknown>)) {
            if (name in value) errors.push(...sub(s, value[name], `${path}.${name}`));
          }
        }
        break;
      case 'additionalProperties':
        if (isObject(value)) {
          const known = Object.keys((schema as Record<string, unknown>).properties ?? {});
          for (const name of Object.keys(value).filter((n) => !known.includes(n))) {
            errors.push(...sub(arg, value[name], `${path}.${name}`));
          }
        }
        break;
      case 'items':
        if (Array.isArray(value)) {
          value.forEach((item, i) => {
            const s = Array.isArray(arg) ? arg[i] : arg;
            if (s !== undefined) errors.push(...sub(s, item, `${path}[${i}]`));
          });
        }
        break;
      case 'additionalItems': {
        const tuple = (schema as Record<string, unknown>).items;
        if (Array.isArray(value) && Array.isArray(tuple)) {
          value
            .slice(tuple.length)
            .forEach((item, i) => errors.push(...sub(arg, item, `${path}[${tuple.length + i}]`)));
        }
        break;
      }
      case 'minItems':
        if (Array.isArray(value) && value.length < Number(arg))
          errors.push(`${path}: fewer than ${String(arg)} items`);
        break;
      case 'contains':
        if (
          Array.isArray(value) &&
          !value.some((item, i) => sub(arg, item, `${path}[${i}]`).length === 0)
        ) {
          errors.push(`${path}: no item matches ${JSON.stringify(arg)}`);
        }
        break;
      case 'allOf':
        for (const s of arg as unknown[]) errors.push(...sub(s, value, path));
        break;
      case 'anyOf':
      case 'oneOf': {
        const passing = (arg as unknown[]).filter((s) => sub(s, value, path).length === 0).length;
        if (keyword === 'anyOf' ? passing === 0 : passing !== 1) {
          errors.push(`${path}: matches ${passing} of the ${keyword} alternatives`);
        }
        break;
      }
      case '$defs':
        break;
    }
  }
  return errors;
}
