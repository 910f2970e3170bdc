import { z } from 'zod';
import { SharedJsonSchemaValidator, zodObjectOf } from './mcp-build-cache.js';

describe('what every MCP server shares', () => {
  it('compiles an elicitation schema once per distinct content, and validates with it', () => {
    const validator = new SharedJsonSchemaValidator();
    const schema = () => ({
      type: 'object' as const,
      properties: { confirm: { type: 'boolean' as const } },
      required: ['confirm'],
    });
    const first = validator.getValidator<{ confirm: boolean }>(schema());
    // A new object with the same content (built per call) gets the compiled validator, not a new compile.
    expect(validator.getValidator(schema())).toBe(first);
    expect(first({ confirm: true })).toEqual({
      valid: true,
      data: { confirm: true },
      errorMessage: undefined,
    });
    const refused = first({ confirm: 'yes' });
    expect(refused.valid).toBe(false);
    expect(refused.errorMessage).toMatch(/boolean/);
    const other = validator.getValidator({ type: 'object', properties: { n: { type: 'integer' } } });
    expect(other).not.toBe(first);
    expect(other({ n: 1.5 }).valid).toBe(false);
  });

  it('keeps a bounded number of compiled schemas', () => {
    const validator = new SharedJsonSchemaValidator();
    const first = validator.getValidator({ type: 'object', properties: { k0: { type: 'string' } } });
    for (let i = 1; i <= 300; i++)
      validator.getValidator({ type: 'object', properties: { [`k${i}`]: { type: 'string' } } });
    const again = validator.getValidator({ type: 'object', properties: { k0: { type: 'string' } } });
    expect(again).not.toBe(first); // dropped with the rest when the cap was reached, compiled anew
    expect(again({ k0: 1 }).valid).toBe(false);
  });

  it('makes z.object of a tool shape once', () => {
    const shape = { app: z.string() };
    expect(zodObjectOf(shape)).toBe(zodObjectOf(shape));
    expect(zodObjectOf(shape).safeParse({ app: 'web' }).success).toBe(true);
    expect(zodObjectOf({ app: z.string() })).not.toBe(zodObjectOf(shape));
  });
});
