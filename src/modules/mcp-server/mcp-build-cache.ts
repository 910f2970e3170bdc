import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import type {
  JsonSchemaType,
  JsonSchemaValidator,
  jsonSchemaValidator,
} from '@modelcontextprotocol/sdk/validation/types.js';
import { z } from 'zod';

/**
 * What every McpServer the service builds can share, built once per process. A session builds a server at
 * initialize, and stateless mode builds one per POST: left to the SDK, each construction makes its own Ajv
 * instance (meta-schemas, vocabularies, formats — about three quarters of the construction's CPU) and each
 * registration a fresh zod object per tool schema.
 */

/** Distinct schemas compiled before the Ajv instance is replaced (schemas come from code: a handful). */
const MAX_COMPILED_SCHEMAS = 256;

/**
 * One Ajv for all servers (the SDK uses it to check elicitation answers against the requested schema),
 * compiled validators kept per distinct schema, so equal schemas built per call compile once and the
 * instance's cache cannot grow without bound.
 */
export class SharedJsonSchemaValidator implements jsonSchemaValidator {
  private ajv = new AjvJsonSchemaValidator();
  private readonly compiled = new Map<string, JsonSchemaValidator<unknown>>();

  getValidator<T>(schema: JsonSchemaType): JsonSchemaValidator<T> {
    const key = JSON.stringify(schema);
    let validator = this.compiled.get(key);
    if (!validator) {
      if (this.compiled.size >= MAX_COMPILED_SCHEMAS) {
        this.compiled.clear();
        this.ajv = new AjvJsonSchemaValidator();
      }
      validator = this.ajv.getValidator<unknown>(schema);
      this.compiled.set(key, validator);
    }
    return validator as JsonSchemaValidator<T>;
  }
}

export const SHARED_JSON_SCHEMA_VALIDATOR = new SharedJsonSchemaValidator();

const objects = new WeakMap<z.ZodRawShape, z.ZodObject>();

/** z.object(shape), made once per shape (tool definitions are built once, at startup). */
export function zodObjectOf(shape: z.ZodRawShape): z.ZodObject {
  let schema = objects.get(shape);
  if (!schema) {
    schema = z.object(shape);
    objects.set(shape, schema);
  }
  return schema;
}
