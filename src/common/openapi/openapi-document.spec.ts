import type { OpenAPIObject } from '@nestjs/swagger';
import { errorCodesOf, errorSchema } from './api-errors.decorator.js';
import { finishDocument } from './openapi-document.js';

const options = { authMode: 'jwt', jsonRpcPaths: new Set(['/mcp']) };
const doc = (paths: OpenAPIObject['paths']): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths,
  components: {},
});

describe('finishDocument', () => {
  it('merges the shared codes into the declared ones and lists them in the description', () => {
    const out = finishDocument(
      doc({
        '/apps/{name}': {
          get: {
            responses: {
              '200': { description: 'ok' },
              '404': {
                description: '',
                content: { 'application/json': { schema: errorSchema(['app_not_found']) } },
              },
            },
            security: [{ bearer: [] }],
            'x-required-scopes': ['apps:read'],
          } as never,
        },
      }),
      options,
    );
    const op = out.paths['/apps/{name}'].get!;
    const r404 = op.responses['404'] as { description: string; content: Record<string, { schema: unknown }> };
    expect(errorCodesOf(r404.content['application/json'].schema)).toEqual(['app_not_found', 'not_found']);
    expect(r404.description).toBe('`app_not_found`, `not_found`');
    expect(Object.keys(op.responses).sort()).toEqual(['200', '400', '404', '413', '415']);
    expect(op.description).toBe('Needs scope `apps:read`.');
    expect(op.security).toEqual([{ bearer: [] }]);
  });

  it('refuses an error response declared without codes', () => {
    expect(() =>
      finishDocument(
        doc({
          '/x': { get: { responses: { '200': { description: 'ok' }, '409': { description: 'busy' } } } },
        }),
        options,
      ),
    ).toThrow('GET /x 409: declare its error codes with @ApiErrors');
  });

  it('public routes get security: []; header mode adds the X-User-Id/X-Scopes alternative', () => {
    const paths = (): OpenAPIObject['paths'] => ({
      '/open': { get: { responses: { '200': { description: 'ok' } } } },
      '/closed': { get: { responses: { '200': { description: 'ok' } }, security: [{ bearer: [] }] } },
    });
    const jwt = finishDocument(doc(paths()), options);
    expect(jwt.paths['/open'].get!.security).toEqual([]);
    expect(jwt.paths['/open'].get!.description).toBe('Public: no credentials.');
    expect(jwt.components!.securitySchemes).toBeUndefined();
    const header = finishDocument(doc(paths()), { ...options, authMode: 'header' });
    expect(header.paths['/closed'].get!.security).toEqual([{ bearer: [] }, { userId: [], scopes: [] }]);
    expect(Object.keys(header.components!.securitySchemes!)).toEqual(['userId', 'scopes']);
  });

  it('/mcp errors are JSON-RPC error responses with the code in error.data.error', () => {
    const out = finishDocument(
      doc({ '/mcp': { post: { responses: { '200': { description: 'ok' } } } } }),
      options,
    );
    const schema = (
      out.paths['/mcp'].post!.responses['400'] as { content: Record<string, { schema: unknown }> }
    ).content['application/json'].schema as { allOf: { $ref?: string }[] };
    expect(schema.allOf[0].$ref).toBe('#/components/schemas/JsonRpcErrorResponse');
    expect(errorCodesOf(schema)).toEqual(['bad_request', 'invalid_json', 'validation_failed']);
  });
});
