import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { readPackageVersion } from '../version.js';
import { ERROR_ENVELOPE_REF, JSON_RPC_ERROR_REF, errorCodesOf, errorSchema } from './api-errors.decorator.js';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type Responses = Operation['responses'];
type Schema = Record<string, unknown>;

/** One tag per module, in the order Swagger UI shows them. */
export const OPENAPI_TAGS = [
  { name: 'health', description: 'Liveness, readiness, overall health and version (public)' },
  { name: 'apps', description: 'The app registry: images, ports, replicas, per-environment overrides' },
  {
    name: 'deployments',
    description: 'Deploy, scale, roll back, restart and remove per environment; status, logs and history',
  },
  { name: 'nlp', description: 'Korean/English natural-language commands, feedback and learned phrases' },
  { name: 'cicd', description: 'GitHub webhook receiver and the deploy jobs it queues' },
  { name: 'audit', description: 'The audit log of every mutation and every denial' },
  { name: 'alerts', description: 'Slack alert routes' },
  { name: 'mcp', description: 'The MCP server (Streamable HTTP, JSON-RPC) and its OAuth metadata' },
  { name: 'mcp-external', description: 'External MCP providers (GitHub, …) and calls to their tools' },
];

export interface OpenApiOptions {
  /** jwt | header: header mode adds apiKey schemes for X-User-Id / X-Scopes, so "Authorize" works. */
  authMode: string;
  /** KLEPAAS_PUBLIC_URL: the server clients call; without it, the origin the document is served from. */
  publicUrl?: string;
  /** Paths whose errors are JSON-RPC error responses, not the envelope (JSON_RPC_PATHS). */
  jsonRpcPaths: ReadonlySet<string>;
  /** The scope catalogue (scope → what it grants), shown in the document's description. */
  scopes: Readonly<Record<string, string>>;
}

const ERROR_ENVELOPE: Schema = {
  type: 'object',
  description:
    'Every error of the REST API. `error` is a stable machine-readable code (each response lists the codes ' +
    'it can carry), `message` is for people (in Korean or English where the route is language-aware).',
  required: ['error', 'message', 'requestId'],
  // AppError's `extra` may add top-level fields where a standard asks for them (those known are listed).
  additionalProperties: true,
  properties: {
    error: { type: 'string', description: 'Stable error code, e.g. app_not_found', example: 'app_not_found' },
    message: { type: 'string', example: 'App "web-app" does not exist' },
    details: { description: 'What the code is about: the failed constraints, the offending field, …' },
    requestId: {
      type: 'string',
      description: 'Also in the X-Request-Id header and the logs',
      example: 'req-1',
    },
    required: {
      type: 'array',
      items: { type: 'string' },
      description: 'insufficient_scope (RFC 6750): the scopes the route needs',
    },
    granted: {
      type: 'array',
      items: { type: 'string' },
      description: 'insufficient_scope: the scopes the caller has',
    },
    runningOperationId: {
      type: 'string',
      description: 'operation_in_progress: the operation that holds the app + environment',
    },
  },
};

const JSON_RPC_ERROR_RESPONSE: Schema = {
  type: 'object',
  description: 'A JSON-RPC 2.0 error response (/mcp); `error.data.error` is the code of the error envelope.',
  required: ['jsonrpc', 'error', 'id'],
  properties: {
    jsonrpc: { type: 'string', enum: ['2.0'] },
    id: { type: 'string', nullable: true, description: 'null: errors raised before a message was read' },
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'integer', description: '-32700 unparsable, -32600 invalid request, -32000 other' },
        message: { type: 'string' },
        data: {
          type: 'object',
          properties: { error: { type: 'string' }, requestId: { type: 'string' } },
        },
      },
    },
  },
};

/**
 * Codes any operation can answer whatever it does (the fuzz suite checks every error it provokes against
 * the document): the URL and the body are checked, and a body parsed, on every route before its handler.
 */
const COMMON_ERRORS = {
  anyRoute: {
    // NUL/lone surrogate in the URL or body, DTO validation, broken JSON, other refused bodies or escapes
    400: ['validation_failed', 'invalid_json', 'bad_request'],
    413: ['payload_too_large'],
    415: ['unsupported_media_type'],
  },
  /** A path parameter that makes the URL match no route (e.g. an encoded `/` in `{name}`). */
  withPathParams: { 404: ['not_found'] },
} as const;

const isError = (status: string) => /^[45]\d\d$/.test(status);

function addErrors(responses: Responses, errors: Record<number, readonly string[]>, ref: string): void {
  for (const [status, codes] of Object.entries(errors)) {
    const existing = responses[status] as { content?: Record<string, { schema?: Schema }> } | undefined;
    const known = errorCodesOf(existing?.content?.['application/json']?.schema);
    responses[status] = {
      description: '',
      content: { 'application/json': { schema: errorSchema([...known, ...codes], ref) } },
    };
  }
}

/**
 * What decorators cannot say per route, done once for the whole document so no route can forget it:
 * the error codes every route shares, one ErrorEnvelope for every 4xx/5xx (with its codes in the
 * description), `security: []` on public routes, the header-mode alternative to bearer, and a
 * description naming the scopes each operation needs.
 */
export function finishDocument(doc: OpenAPIObject, options: Omit<OpenApiOptions, 'scopes'>): OpenAPIObject {
  const headerMode = options.authMode === 'header';
  doc.components = doc.components ?? {};
  doc.components.schemas = {
    ...doc.components.schemas,
    ErrorEnvelope: ERROR_ENVELOPE,
    JsonRpcErrorResponse: JSON_RPC_ERROR_RESPONSE,
  };
  if (headerMode) {
    doc.components.securitySchemes = {
      ...doc.components.securitySchemes,
      userId: {
        type: 'apiKey',
        in: 'header',
        name: 'X-User-Id',
        description: 'Header auth mode (development and tests only): the caller',
      },
      scopes: {
        type: 'apiKey',
        in: 'header',
        name: 'X-Scopes',
        description: 'Header auth mode: the granted scopes, space- or comma-separated (`*` for all)',
      },
    };
  }
  for (const [path, item] of Object.entries(doc.paths)) {
    const jsonRpc = options.jsonRpcPaths.has(path);
    const ref = jsonRpc ? JSON_RPC_ERROR_REF : ERROR_ENVELOPE_REF;
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const op = item[method];
      if (!op) continue;
      addErrors(op.responses, COMMON_ERRORS.anyRoute, ref);
      if (path.includes('{')) addErrors(op.responses, COMMON_ERRORS.withPathParams, ref);
      for (const [status, response] of Object.entries(op.responses)) {
        if (!isError(status) || !response || !('description' in response)) continue;
        const codes = errorCodesOf(response.content?.['application/json']?.schema as Schema | undefined);
        if (codes.length === 0) {
          throw new Error(
            `${method.toUpperCase()} ${path} ${status}: declare its error codes with @ApiErrors`,
          );
        }
        const list = codes.map((c) => `\`${c}\``).join(', ');
        response.description = response.description ? `${list}: ${response.description}` : list;
        // Rebuilt so /mcp's errors point at the JSON-RPC error whoever declared them.
        response.content = { 'application/json': { schema: errorSchema(codes, ref) } };
      }
      const scopes = (op as unknown as Record<string, unknown>)['x-required-scopes'] as string[] | undefined;
      if (!op.security || op.security.length === 0) {
        op.security = []; // public: no credentials
      } else if (headerMode) {
        op.security = [...op.security, { userId: [], scopes: [] }];
      }
      const access =
        op.security.length === 0
          ? 'Public: no credentials.'
          : `Needs scope${scopes && scopes.length > 1 ? 's' : ''} ${(scopes ?? []).map((s) => `\`${s}\``).join(' + ')}.`;
      op.description = op.description ? `${op.description}\n\n${access}` : access;
    }
  }
  return doc;
}

export function buildOpenApiDocument(app: INestApplication, options: OpenApiOptions): OpenAPIObject {
  const scopeTable = Object.entries(options.scopes)
    .map(([scope, what]) => `| \`${scope}\` | ${what} |`)
    .join('\n');
  const builder = new DocumentBuilder()
    .setTitle('K-Le-PaaS API')
    .setDescription(
      'AI-driven PaaS on Kubernetes. Every endpoint needs the scopes listed in its description (`x-required-scopes`); ' +
        '`*` grants all scopes and `prefix:*` all of one prefix.\n\nErrors use one envelope (`ErrorEnvelope`): ' +
        '`{"error": code, "message", "details"?, "requestId"}`; each error response lists its codes.\n\n' +
        '| scope | grants |\n|---|---|\n' +
        scopeTable,
    )
    .setVersion(readPackageVersion().version)
    .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
    .addServer(options.publicUrl ?? '/', options.publicUrl ? 'KLEPAAS_PUBLIC_URL' : 'This server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer');
  for (const tag of OPENAPI_TAGS) builder.addTag(tag.name, tag.description);
  return finishDocument(SwaggerModule.createDocument(app, builder.build()), options);
}
