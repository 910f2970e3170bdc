import { ANY_JSON_VALUE, portableSchema } from './mcp-schema.js';

describe('portableSchema', () => {
  it('splits a nullable type array into single-type anyOf branches, moving type keywords along', () => {
    expect(
      portableSchema({ type: ['string', 'null'], maxLength: 5, description: 'name or nothing' }),
    ).toEqual({
      description: 'name or nothing',
      anyOf: [{ type: 'string', maxLength: 5 }, { type: 'null' }],
    });
    expect(portableSchema({ type: ['integer'], minimum: 1 })).toEqual({ type: 'integer', minimum: 1 });
  });

  it('spells out "any JSON value" where a schema has no validation keyword, at any depth', () => {
    expect(
      portableSchema({
        type: 'object',
        properties: {
          body: { description: 'anything' },
          changes: { type: 'object', additionalProperties: {} },
          list: { type: 'array', items: {} },
          free: true,
        },
        additionalProperties: false,
      }),
    ).toEqual({
      type: 'object',
      properties: {
        body: { description: 'anything', ...ANY_JSON_VALUE },
        changes: { type: 'object', additionalProperties: ANY_JSON_VALUE },
        list: { type: 'array', items: ANY_JSON_VALUE },
        free: ANY_JSON_VALUE,
      },
      additionalProperties: false,
    });
  });

  it('leaves a portable schema as it is, and `not: {}` alone', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'string', enum: ['x'] },
        b: { anyOf: [{ type: 'number' }, { type: 'null' }] },
      },
      required: ['a'],
      not: {},
    };
    expect(portableSchema(schema)).toEqual(schema);
  });
});
