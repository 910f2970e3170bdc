/**
 * Tool schemas that clients with a narrower JSON Schema dialect can use (the checks of MCP Inspector's
 * `--cli --method tools/list --strict`): no `type` arrays (zod writes nullable as `["string","null"]`;
 * a single-`type` dialect such as Gemini's function declarations rejects it) and no schema without a
 * validation keyword (zod's `unknown()` is `{}`, which such clients treat as broken). Same contract:
 * a type union becomes `anyOf` branches of one type each; `{}` becomes "any JSON value" spelled out.
 */

/** Keywords that make a schema say something about the value (the Inspector's list). */
const CONSTRAINING = new Set([
  'type',
  'enum',
  'const',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'format',
  'contentMediaType',
  'contentEncoding',
  'contentSchema',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxContains',
  'minContains',
  'maxProperties',
  'minProperties',
  'required',
  'dependentRequired',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'items',
  'prefixItems',
  'contains',
  'additionalItems',
  'unevaluatedItems',
  'properties',
  'patternProperties',
  'additionalProperties',
  'unevaluatedProperties',
  'propertyNames',
  'dependentSchemas',
  'dependencies',
  '$ref',
  '$dynamicRef',
  '$recursiveRef',
]);

/** Keywords that only apply to values of one type: they move into that type's `anyOf` branch. */
const TYPE_KEYWORDS: Record<string, string[]> = {
  string: ['minLength', 'maxLength', 'pattern', 'format', 'contentMediaType', 'contentEncoding'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  array: [
    'items',
    'prefixItems',
    'minItems',
    'maxItems',
    'uniqueItems',
    'contains',
    'minContains',
    'maxContains',
    'additionalItems',
    'unevaluatedItems',
  ],
  object: [
    'properties',
    'required',
    'additionalProperties',
    'patternProperties',
    'propertyNames',
    'minProperties',
    'maxProperties',
    'dependentRequired',
    'dependentSchemas',
    'unevaluatedProperties',
  ],
};
TYPE_KEYWORDS.integer = TYPE_KEYWORDS.number;

/** Any JSON value, each branch with a single `type` (what `{}` / `unknown` means). */
export const ANY_JSON_VALUE = Object.freeze({
  anyOf: ['string', 'number', 'boolean', 'object', 'array', 'null'].map((type) => ({ type })),
});

/** Keywords whose value is a schema / a map of schemas / an array of schemas. */
const SCHEMA_KEYWORDS = ['items', 'contains', 'not', 'propertyNames', 'if', 'then', 'else'];
const SCHEMA_MAP_KEYWORDS = [
  'properties',
  'patternProperties',
  'dependentSchemas',
  'dependencies',
  '$defs',
  'definitions',
];
const SCHEMA_ARRAY_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Where `true` / `false` is an ordinary, portable value rather than a schema in a schema's place. */
const BOOLEAN_OK = new Set([
  'additionalProperties',
  'unevaluatedProperties',
  'additionalItems',
  'unevaluatedItems',
]);

type Schema = Record<string, unknown>;
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema rewritten as described above (a new object; the input is not changed). */
export function portableSchema(schema: unknown): unknown {
  return rewrite(schema, undefined);
}

function rewrite(node: unknown, keyword: string | undefined): unknown {
  if (node === true && keyword !== undefined && !BOOLEAN_OK.has(keyword) && keyword !== 'not')
    return { ...ANY_JSON_VALUE };
  if (!isSchema(node)) return node;
  const out: Schema = {};
  for (const [k, v] of Object.entries(node)) {
    if (SCHEMA_MAP_KEYWORDS.includes(k) && isSchema(v))
      out[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, rewrite(sub, k)]));
    else if (SCHEMA_ARRAY_KEYWORDS.includes(k) && Array.isArray(v)) out[k] = v.map((sub) => rewrite(sub, k));
    else if (SCHEMA_KEYWORDS.includes(k) || BOOLEAN_OK.has(k))
      out[k] = Array.isArray(v) ? v.map((sub) => rewrite(sub, k)) : rewrite(v, k);
    else out[k] = v;
  }
  if (Array.isArray(out.type)) return splitTypeUnion(out, out.type as string[]);
  const constrains =
    Object.keys(out).some((k) => CONSTRAINING.has(k)) || ('if' in out && ('then' in out || 'else' in out));
  if (!constrains && keyword !== 'not') return { ...out, ...ANY_JSON_VALUE };
  return out;
}

/** `{type: [a, b], …}` → `{anyOf: [{type: a, …a's keywords}, {type: b, …}], …the rest}`. */
function splitTypeUnion(node: Schema, types: string[]): Schema {
  const { type: _type, ...rest } = node;
  if (types.length === 1) return { ...rest, type: types[0] };
  const branches = types.map((type) => {
    const branch: Schema = { type };
    for (const k of TYPE_KEYWORDS[type] ?? []) if (k in rest) branch[k] = rest[k];
    return branch;
  });
  const moved = new Set(types.flatMap((type) => TYPE_KEYWORDS[type] ?? []));
  const outer: Schema = Object.fromEntries(Object.entries(rest).filter(([k]) => !moved.has(k)));
  // An existing anyOf must still hold as well: both go under allOf.
  if (Array.isArray(outer.anyOf)) {
    const { anyOf, ...others } = outer;
    return { ...others, allOf: [{ anyOf }, { anyOf: branches }] };
  }
  return { ...outer, anyOf: branches };
}

/**
 * Output schemas are open: records may gain fields (e.g. a new column) without breaking clients that
 * validate structuredContent against the listed schema. Drops `additionalProperties: false` at any depth.
 */
export function openObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(openObjects);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'additionalProperties' && v === false) continue;
    out[k] = openObjects(v);
  }
  return out;
}
