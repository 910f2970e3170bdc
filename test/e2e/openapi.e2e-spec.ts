/**
 * The OpenAPI document as outside tools see it: fetched from the running service over HTTP, linted by
 * Redocly (recommended ruleset, 0 errors and 0 warnings) and Spectral (spectral:oas, 0 errors and 0
 * warnings), turned into TypeScript by openapi-typescript (must equal the committed
 * test/generated/klepaas-api.ts), and used through openapi-fetch for a real flow against the fake
 * Kubernetes API server. Regenerate the client after changing the API:
 * `KLEPAAS_UPDATE_OPENAPI_CLIENT=1 npm run test:openapi`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Ajv, type ValidateFunction } from 'ajv';
import request from 'supertest';
import type { FakeKubeApi } from '../fakes/fake-kube-api.js';
import {
  ApiError,
  deploy,
  getApp,
  history,
  klepaasClient,
  registerApp,
  status,
} from '../support/klepaas-client.js';
import { startAppWithFakeKube } from '../support/kube-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const GENERATED = join(ROOT, 'test/generated/klepaas-api.ts');
/** The linters must not phone home (telemetry, update checks): tests run offline. */
const OFFLINE_ENV = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  NO_UPDATE_NOTIFIER: '1',
};

type Doc = {
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { type: string }> };
};
type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, string[]>[];
  'x-required-scopes'?: string[];
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
};

/** Runs a CLI shipped in node_modules with this Node; resolves with its exit code and output. */
async function cli(script: string, args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'node_modules', script), ...args], {
      cwd,
      env: OFFLINE_ENV,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/**
 * A validator of the answers an operation documents: the document's schemas, with every object that lists
 * its properties closed (`additionalProperties: false` unless it says otherwise), so an answer with a field
 * the document does not mention fails as surely as one missing a required field.
 */
function answerValidator(doc: Doc) {
  const close = (node: unknown, inAllOf = false): unknown => {
    if (Array.isArray(node)) return node.map((n) => close(n, inAllOf));
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === 'example' ? v : close(v, k === 'allOf');
    // A narrowing part of an allOf (an error's code enum) is not the whole object.
    if (out.properties && !('additionalProperties' in out) && !inAllOf) out.additionalProperties = false;
    // OpenAPI 3.0's nullable, as JSON Schema says it (also around an allOf of a $ref).
    if (out.nullable === true) {
      delete out.nullable;
      return { anyOf: [{ type: 'null' }, out] };
    }
    return out;
  };
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  const retarget = (schema: unknown) =>
    JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as object;
  ajv.addSchema({ $id: 'openapi', components: retarget(close(doc.components)) });
  const compiled = new Map<string, ValidateFunction>();
  return (method: string, path: string, status: number, body: unknown): string[] => {
    const key = `${method} ${path} ${status}`;
    let validate = compiled.get(key);
    if (!validate) {
      const response = doc.paths[path]?.[method]?.responses[String(status)];
      if (!response) return [`${key}: not documented`];
      const schema = response.content?.['application/json']?.schema;
      if (!schema) return body === undefined ? [] : [`${key}: a body where none is documented`];
      validate = ajv.compile(retarget(close(schema)));
      compiled.set(key, validate);
    }
    return validate(body)
      ? []
      : (validate.errors ?? []).map(
          (e) => `${key}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`,
        );
  };
}

const operations = (doc: Doc) =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method, op })),
  );

describe('OpenAPI document for REST consumers', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let doc: Doc;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    ({ kube, app: t } = await startAppWithFakeKube());
    const res = await request(t.url).get('/docs-json').expect(200);
    doc = res.body as Doc;
    dir = mkdtempSync(join(tmpdir(), 'klepaas-openapi-'));
    file = join(dir, 'openapi.json');
    writeFileSync(file, res.text);
  });
  afterAll(async () => {
    await t?.destroy();
    await kube?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('Redocly (recommended): 0 errors, 0 warnings', async () => {
    const out = await cli(
      '@redocly/cli/bin/cli.js',
      ['lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format', 'json'],
      dir,
    );
    const report = JSON.parse(out.stdout) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
    };
    const problems = report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(out.code).toBe(0);
  }, 60_000);

  it('Spectral (spectral:oas): 0 errors, 0 warnings', async () => {
    const out = await cli(
      '@stoplight/spectral-cli/dist/index.js',
      ['lint', file, '--ruleset', join(ROOT, '.spectral.yaml'), '--format', 'json', '--quiet'],
      dir,
    );
    const results = JSON.parse(out.stdout || '[]') as {
      code: string;
      severity: number;
      message: string;
      path: string[];
    }[];
    // severity 0 = error, 1 = warning
    const found = results
      .filter((r) => r.severity <= 1)
      .map((r) => `${r.code} ${r.path.join('.')}: ${r.message}`);
    expect(found).toEqual([]);
    expect(out.code).toBe(0);
  }, 60_000);

  it('every error response is the ErrorEnvelope (JSON-RPC error on /mcp) with its codes listed', () => {
    let errors = 0;
    for (const { path, method, op } of operations(doc)) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (!/^[45]/.test(status)) continue;
        errors++;
        const schema = response.content?.['application/json']?.schema as {
          allOf?: { $ref?: string; properties?: Record<string, unknown> }[];
        };
        const ref = path === '/mcp' ? 'JsonRpcErrorResponse' : 'ErrorEnvelope';
        expect({ at: `${method} ${path} ${status}`, ref: schema?.allOf?.[0]?.$ref }).toEqual({
          at: `${method} ${path} ${status}`,
          ref: `#/components/schemas/${ref}`,
        });
        expect(JSON.stringify(schema.allOf?.[1])).toMatch(/"enum":\["[a-z_]+/);
      }
    }
    expect(errors).toBeGreaterThan(150);
    // The codes a client can switch on, e.g. a deploy's.
    const deploy409 = doc.paths['/api/v1/apps/{name}/environments/{env}/deploy'].post.responses['409'];
    expect(JSON.stringify(deploy409)).toContain('"operation_in_progress"');
    const create400 = doc.paths['/api/v1/apps'].post.responses['400'];
    expect(JSON.stringify(create400)).toContain('"validation_failed"');
  });

  it('every operation: a 2xx, a tag of its module, a summary, a description and security (public: [])', () => {
    const tags = new Set((doc.tags ?? []).map((tag) => tag.name));
    for (const { path, method, op } of operations(doc)) {
      const at = `${method} ${path}`;
      expect({ at, has2xx: Object.keys(op.responses).some((s) => /^2/.test(s)) }).toEqual({
        at,
        has2xx: true,
      });
      expect({ at, tagged: op.tags?.length === 1 && tags.has(op.tags[0]) }).toEqual({ at, tagged: true });
      expect({ at, summary: Boolean(op.summary), description: Boolean(op.description) }).toEqual({
        at,
        summary: true,
        description: true,
      });
      expect({ at, security: op.security }).toEqual({
        at,
        security: op['x-required-scopes'] ? [{ bearer: [] }] : [],
      });
    }
    expect(doc.paths['/api/v1/healthz'].get.security).toEqual([]);
    expect(doc.paths['/api/v1/apps/{name}'].delete.responses['204']).toBeDefined();
    expect(doc.servers).toEqual([{ url: '/', description: 'This server' }]);
    expect(doc.components.schemas.ErrorEnvelope).toMatchObject({
      required: ['error', 'message', 'requestId'],
    });
  });

  it('success responses are typed from the DTOs (no bare examples)', () => {
    const created = doc.paths['/api/v1/apps'].post.responses['201'].content?.['application/json']?.schema;
    expect(created).toEqual({ $ref: '#/components/schemas/AppDto' });
    const update = doc.components.schemas.UpdateAppDto as { properties: Record<string, { type?: string }> };
    expect(update.properties.port.type).toBe('integer');
    expect(update.properties.githubRepo.type).toBe('string');
    for (const { path, method, op } of operations(doc)) {
      for (const [status, response] of Object.entries(op.responses)) {
        for (const media of Object.values(response.content ?? {})) {
          const at = `${method} ${path} ${status}`;
          const schema = media.schema ?? {};
          const typed = ['$ref', 'type', 'oneOf', 'allOf'].some((k) => k in schema);
          expect({ at, typed }).toEqual({ at, typed: true });
        }
      }
    }
  });

  it('openapi-typescript generates exactly the committed client types, which type-check with the client', async () => {
    const out = join(dir, 'klepaas-api.ts');
    const generated = await cli(
      'openapi-typescript/bin/cli.js',
      [file, '--output', out, '--default-non-nullable', 'false'],
      dir,
    );
    expect(generated.code).toBe(0);
    const fresh = readFileSync(out, 'utf8');
    if (process.env.KLEPAAS_UPDATE_OPENAPI_CLIENT === '1') writeFileSync(GENERATED, fresh);
    const committed = readFileSync(GENERATED, 'utf8');
    if (fresh !== committed) {
      throw new Error(
        'test/generated/klepaas-api.ts is not what the served document generates: regenerate it with ' +
          '`KLEPAAS_UPDATE_OPENAPI_CLIENT=1 npm run test:openapi` and fix test/support/klepaas-client.ts if it breaks',
      );
    }
    // ts-jest only transpiles (isolatedModules): type-check the client against the types here.
    const tsconfig = join(dir, 'tsconfig.json');
    writeFileSync(
      tsconfig,
      JSON.stringify({
        extends: join(ROOT, 'tsconfig.json'),
        compilerOptions: { noEmit: true, types: [], rootDir: ROOT },
        include: [],
        files: [join(ROOT, 'test/support/klepaas-client.ts')],
      }),
    );
    const tsc = await cli('typescript/bin/tsc', ['-p', tsconfig], dir);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
  }, 60_000);

  it('the generated client drives a real flow: create app → deploy staging → status → history', async () => {
    const client = klepaasClient(
      t.url,
      await bearer({ scope: 'apps:read apps:write deploy:read deploy:write' }),
    );
    const app = await registerApp(client, 'typed', 'ghcr.io/acme/typed');
    expect(app).toMatchObject({ name: 'typed', port: 8080, replicas: 2, githubRepo: null });

    const record = await deploy(client, 'typed', 'stg', 'v1');
    expect(record).toMatchObject({ app: 'typed', environment: 'staging', status: 'succeeded', tag: 'v1' });

    const now = await status(client, 'typed', 'staging');
    expect(now).toMatchObject({ deployed: true, state: 'running', tag: 'v1' });
    expect(now.replicas.ready).toBe(2);
    expect(now.pods).toHaveLength(2);

    const items = await history(client, 'typed');
    expect(items.map((r) => [r.operation, r.tag, r.status])).toEqual([['deploy', 'v1', 'succeeded']]);
    expect(items[0].id).toBe(record.id);

    // Errors come back as the envelope, with a code the document lists.
    const missing = await getApp(client, 'nope').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ApiError);
    expect((missing as ApiError).status).toBe(404);
    expect((missing as ApiError).body).toMatchObject({
      error: 'app_not_found',
      requestId: expect.any(String),
    });
    const taken = await registerApp(client, 'typed', 'ghcr.io/acme/typed').catch((e: unknown) => e);
    expect((taken as ApiError).body.error).toBe('app_exists');
  });

  it('what the service answers matches the schemas the document gives (closed objects, no extra fields)', async () => {
    const check = answerValidator(doc);
    const auth = await bearer({ scope: '*' });
    const problems: string[] = [];
    const statuses: number[] = [];
    const call = async (method: string, path: string, url = path, body?: object) => {
      const req = request(t.url)[method as 'get'](url).set('Authorization', auth);
      const res = await (body ? req.send(body) : req);
      problems.push(...check(method, path, res.status, res.status === 204 ? undefined : res.body));
      statuses.push(res.status);
      return res;
    };
    await call('post', '/api/v1/apps', '/api/v1/apps', {
      name: 'shapes',
      image: 'ghcr.io/acme/shapes',
      resources: { requests: { cpu: '100m' } },
      environments: { prod: { replicas: 1 } },
    });
    await call('patch', '/api/v1/apps/{name}', '/api/v1/apps/shapes', {
      githubRepo: 'acme/shapes',
      port: null,
    });
    const env = '/api/v1/apps/{name}/environments/{env}';
    const record = await call('post', `${env}/deploy`, '/api/v1/apps/shapes/environments/dev/deploy', {
      tag: 'v1',
    });
    await call('post', `${env}/scale`, '/api/v1/apps/shapes/environments/dev/scale', {
      replicas: 2,
      dryRun: true,
    });
    await call('post', `${env}/deploy`, '/api/v1/apps/shapes/environments/prod/deploy', { tag: 'v1' }); // 202
    await call('post', `${env}/deploy`, '/api/v1/apps/nope/environments/dev/deploy', { tag: 'v1' }); // 404
    await call('post', `${env}/deploy`, '/api/v1/apps/shapes/environments/moon/deploy', { tag: 'v1' }); // 400
    await call('get', `${env}/status`, '/api/v1/apps/shapes/environments/dev/status');
    await call('get', `${env}/logs`, '/api/v1/apps/shapes/environments/dev/logs?lines=5');
    for (const [path, url] of [
      ['/api/v1/apps', '/api/v1/apps'],
      ['/api/v1/apps/{name}', '/api/v1/apps/shapes'],
      ['/api/v1/environments', '/api/v1/environments'],
      ['/api/v1/deployments', '/api/v1/deployments?limit=5'],
      ['/api/v1/deployments', '/api/v1/deployments?limit=0'], // 400
      ['/api/v1/deployments/{id}', `/api/v1/deployments/${record.body.id}`],
      ['/api/v1/deployments/overview', '/api/v1/deployments/overview'],
      ['/api/v1/health', '/api/v1/health'],
      ['/api/v1/healthz', '/api/v1/healthz'],
      ['/api/v1/readyz', '/api/v1/readyz'],
      ['/api/v1/version', '/api/v1/version'],
      ['/api/v1/audit', '/api/v1/audit?limit=3'],
      ['/api/v1/nlp/commands', '/api/v1/nlp/commands'],
      ['/api/v1/nlp/rules', '/api/v1/nlp/rules'],
      ['/api/v1/nlp/history', '/api/v1/nlp/history'],
      ['/api/v1/nlp/feedback/stats', '/api/v1/nlp/feedback/stats'],
      ['/api/v1/cicd/deliveries', '/api/v1/cicd/deliveries'],
      ['/api/v1/cicd/deliveries/{id}', '/api/v1/cicd/deliveries/nope'], // 404
      ['/mcp/external/providers', '/mcp/external/providers'],
      ['/mcp/external/providers/{name}', '/mcp/external/providers/nope'], // 404
      ['/mcp/info', '/mcp/info'],
      ['/.well-known/oauth-protected-resource', '/.well-known/oauth-protected-resource'],
    ]) {
      await call('get', path, url);
    }
    const interpreted = await call('post', '/api/v1/nlp/interpret', '/api/v1/nlp/interpret', {
      command: 'shapes 개발 상태 알려줘',
    });
    await call('post', '/api/v1/nlp/feedback', '/api/v1/nlp/feedback', {
      interactionId: interpreted.body.interactionId,
      correct: true,
    });
    await call('post', '/api/v1/nlp/process', '/api/v1/nlp/process', { command: 'shapes 개발 상태 알려줘' });
    await call('post', '/api/v1/nlp/process', '/api/v1/nlp/process', { command: 'deploy shapes v2 to dev' });
    await call('post', '/api/v1/alerts/test', '/api/v1/alerts/test', {});
    await call('delete', env, '/api/v1/apps/shapes/environments/dev', { dryRun: true });
    await call('delete', '/api/v1/apps/{name}', '/api/v1/apps/shapes');
    expect(problems).toEqual([]);
    // Each answer was the one meant (success shapes included, not only errors).
    expect(statuses).toEqual([
      201, 200, 200, 200, 202, 404, 400, 200, 200, 200, 200, 200, 200, 400, 200, 200, 200, 200, 200, 200, 200,
      200, 200, 200, 200, 200, 404, 200, 404, 200, 200, 200, 200, 200, 200, 200, 200, 204,
    ]);
  }, 60_000);
});

describe('Swagger UI "Authorize" in header auth mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { KLEPAAS_AUTH_MODE: 'header' } });
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('offers X-User-Id / X-Scopes apiKey schemes as an alternative to bearer, and "Try it out" works with them', async () => {
    const doc = (await request(t.url).get('/docs-json').expect(200)).body as Doc;
    expect(doc.components.securitySchemes).toMatchObject({
      bearer: { type: 'http' },
      userId: { type: 'apiKey', in: 'header', name: 'X-User-Id' },
      scopes: { type: 'apiKey', in: 'header', name: 'X-Scopes' },
    });
    expect(doc.paths['/api/v1/apps'].get.security).toEqual([{ bearer: [] }, { userId: [], scopes: [] }]);
    expect(doc.paths['/api/v1/healthz'].get.security).toEqual([]);
    // What Swagger UI sends once both keys are filled in.
    await request(t.url).get('/api/v1/apps').set('X-User-Id', 'dev').set('X-Scopes', 'apps:read').expect(200);
    await request(t.url).get('/docs').expect(200);
  });

  it('JWT mode documents bearer only', async () => {
    const jwt = await startTestApp();
    try {
      const doc = (await request(jwt.url).get('/docs-json').expect(200)).body as Doc;
      expect(Object.keys(doc.components.securitySchemes)).toEqual(['bearer']);
      expect(doc.paths['/api/v1/apps'].get.security).toEqual([{ bearer: [] }]);
    } finally {
      await jwt.destroy();
    }
  });
});
