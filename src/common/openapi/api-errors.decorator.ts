import { ApiResponse } from '@nestjs/swagger';

/** The component every 4xx/5xx response of the REST API references (the one the global filter renders). */
export const ERROR_ENVELOPE_REF = '#/components/schemas/ErrorEnvelope';
/** /mcp speaks JSON-RPC: its errors are JSON-RPC error responses, with our code in `error.data.error`. */
export const JSON_RPC_ERROR_REF = '#/components/schemas/JsonRpcErrorResponse';

/** HTTP status → the `error` codes an operation can answer with it. */
export type ErrorCodes = Partial<Record<number, readonly string[]>>;

const CODES = Symbol('klepaas:openapi-error-codes');
type Accumulated = Record<number, string[]>;

/** The schema of an error response with these codes: the envelope, `error` narrowed to an enum. */
export function errorSchema(codes: readonly string[], ref = ERROR_ENVELOPE_REF) {
  const code = { type: 'string', enum: [...new Set(codes)].sort() };
  const narrowed =
    ref === JSON_RPC_ERROR_REF
      ? { error: { type: 'object', properties: { data: { type: 'object', properties: { error: code } } } } }
      : { error: code };
  return { allOf: [{ $ref: ref }, { type: 'object', properties: narrowed }] };
}

/** The codes an error schema built by errorSchema lists. */
export function errorCodesOf(schema: unknown): string[] {
  const parts = (schema as { allOf?: { properties?: Record<string, unknown> }[] } | undefined)?.allOf ?? [];
  for (const part of parts) {
    let error = part.properties?.error as
      | { enum?: string[]; properties?: { data?: { properties?: { error?: { enum?: string[] } } } } }
      | undefined;
    if (error?.properties?.data) error = error.properties.data.properties?.error;
    if (Array.isArray(error?.enum)) return error.enum;
  }
  return [];
}

/**
 * Documents the error responses of an operation: for each status the `error` codes it can answer with,
 * as an enum over the ErrorEnvelope component. May be applied several times to one method (e.g. by
 * @RequireScopes and by the route itself): the codes of one status accumulate instead of replacing each
 * other. Codes every route shares (validation_failed for a NUL in the URL, body parsing errors) are
 * added when the document is built (openapi-document.ts), from what the operation takes.
 */
export function ApiErrors(errors: ErrorCodes, options: { jsonRpc?: boolean } = {}): MethodDecorator {
  return (target, key, descriptor) => {
    const handler = descriptor.value as object;
    const seen: Accumulated = (Reflect.getMetadata(CODES, handler) as Accumulated | undefined) ?? {};
    const merged: Accumulated = { ...seen };
    for (const [status, codes] of Object.entries(errors)) {
      merged[Number(status)] = [...new Set([...(merged[Number(status)] ?? []), ...(codes ?? [])])];
    }
    Reflect.defineMetadata(CODES, merged, handler);
    for (const [status, codes] of Object.entries(merged)) {
      ApiResponse({
        status: Number(status),
        // Filled in from the codes when the document is built (Swagger joins repeated descriptions).
        description: '',
        schema: errorSchema(codes, options.jsonRpc ? JSON_RPC_ERROR_REF : ERROR_ENVELOPE_REF) as object,
      })(target, key, descriptor);
    }
    return descriptor;
  };
}
