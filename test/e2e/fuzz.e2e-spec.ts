import { createHash, createHmac } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { startTestApp, testDatabase, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

/**
 * Every route of the OpenAPI document (/docs-json of the running app), fed NUL bytes, lone surrogates,
 * very long strings, deep nesting and huge numbers in bodies, path parameters and query strings, with and
 * without credentials: no 5xx, every error in the envelope (JSON-RPC errors on /mcp), and its status and
 * code among those the document lists for the operation (a client generated from it can switch on them).
 * Runs on SQLite and PostgreSQL (the two e2e projects). Seeded: a failure prints KLEPAAS_FUZZ_SEED, the route and the
 * request; `KLEPAAS_FUZZ_SEED=<n> KLEPAAS_FUZZ_RUNS=<n>` reproduces or widens a run.
 */
const SEED = Number(process.env.KLEPAAS_FUZZ_SEED ?? 20261201);
/** At least this many cases per route, and per route family at least PER_FAMILY (split over its routes). */
const RUNS = Number(process.env.KLEPAAS_FUZZ_RUNS ?? 60);
const PER_FAMILY = Number(process.env.KLEPAAS_FUZZ_PER_FAMILY ?? 2000);
const WEBHOOK_SECRET = 'fuzz-webhook-secret-0123456789';

interface Schema {
  $ref?: string;
  example?: unknown;
  type?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
}
interface Operation {
  method: string;
  path: string;
  params: { in: string; name: string; schema?: Schema }[];
  body?: Schema;
  public: boolean;
  /** The `error` codes the document lists for each error status (its ErrorEnvelope enums). */
  errors: Record<string, string[]>;
}
interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}
interface Answer {
  status: number;
  contentType: string;
  text: string;
}

// ---------------------------------------------------------------- values

const LONE_SURROGATES = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const SPECIALS = [
  '\u0000',
  'a\u0000b',
  '',
  ' ',
  '..',
  '../../etc/passwd',
  '/',
  '\\',
  '%',
  '%00',
  '__proto__',
  'constructor',
  "' OR 1=1 --",
  '<!channel>',
  '${jndi:x}',
  '{{7*7}}',
  '\ud83d\ude80',
  '\u202e',
  'NaN',
  'null',
  'true',
  '-0',
  '1e308',
  '9'.repeat(40),
];
const HUGE_NUMBERS = [
  1e308,
  -1e308,
  2 ** 64,
  -(2 ** 63),
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_VALUE,
  -0,
  0.5,
  -1,
  2147483648,
  999999999999,
];

/** Strings that broke or might break something: NUL, lone surrogates, long, unicode, specials. */
const nastyString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIALS), weight: 4 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  {
    arbitrary: fc
      .tuple(fc.string({ maxLength: 10 }), LONE_SURROGATES, fc.string({ maxLength: 10 }))
      .map((p) => p.join('')),
    weight: 2,
  },
  {
    arbitrary: fc
      .tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }))
      .map(([a, b]) => `${a}\u0000${b}`),
    weight: 2,
  },
  { arbitrary: fc.integer({ min: 256, max: 6000 }).map((n) => 'a'.repeat(n)), weight: 1 },
  { arbitrary: fc.integer({ min: 100, max: 600 }).map((n) => '한'.repeat(n)), weight: 1 },
);

const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...HUGE_NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value, a few levels deep, made of the above. */
const nastyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString,
    nastyNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(nastyString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** The value one time in five, else undefined. */
const rarely = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: arb, weight: 1 });

/**
 * Values for a schema. `nasty` mixes hostile values in at every level; without it the values are
 * plausible (the schema's example, small numbers, its enum) so validation passes and deeper code runs.
 */
function valueFor(
  schema: Schema | undefined,
  components: Record<string, Schema>,
  nasty: boolean,
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = schema?.$ref ? components[schema.$ref.split('/').pop()!] : schema;
  if (!s || depth > 4) return nasty ? nastyValue : fc.constant('x');
  let plausible: fc.Arbitrary<unknown>;
  if (s.enum) plausible = fc.constantFrom(...s.enum);
  else if (s.type === 'integer' || s.type === 'number')
    plausible = fc.oneof(
      fc.constant(typeof s.example === 'number' ? s.example : 1),
      fc.integer({ min: 0, max: 5 }),
    );
  else if (s.type === 'boolean') plausible = fc.boolean();
  else if (s.type === 'array')
    plausible = fc.array(valueFor(s.items, components, nasty, depth + 1), { maxLength: 3 });
  else if (s.type === 'object' || s.properties) plausible = objectFor(s, components, nasty, depth + 1);
  else
    plausible = fc.oneof(
      { arbitrary: fc.constant(typeof s.example === 'string' ? s.example : 'web'), weight: 3 },
      { arbitrary: fc.constantFrom('web', 'staging', 'v1.2.3', 'deploy web v1.2.3 to staging'), weight: 1 },
    );
  return nasty
    ? fc.oneof({ arbitrary: plausible, weight: 3 }, { arbitrary: nastyValue, weight: 1 })
    : plausible;
}

function objectFor(
  s: Schema,
  components: Record<string, Schema>,
  nasty: boolean,
  depth: number,
): fc.Arbitrary<unknown> {
  const props = Object.entries(s.properties ?? {});
  if (props.length === 0)
    return nasty ? fc.dictionary(nastyString, nastyValue, { maxKeys: 4 }) : fc.constant({});
  const known = fc.record(
    Object.fromEntries(props.map(([k, v]) => [k, valueFor(v, components, nasty, depth)])),
    { requiredKeys: nasty ? [] : (s.required ?? []).filter((k) => k in (s.properties ?? {})) },
  );
  if (!nasty) return known;
  return fc
    .tuple(known, rarely(fc.dictionary(nastyString, nastyValue, { maxKeys: 2 })))
    .map(([k, extra]) => (extra ? { ...extra, ...k } : k));
}

/** JSON texts that are not built from values: depth bombs, NUL escapes, broken syntax, huge literals. */
const rawJson: fc.Arbitrary<string> = fc.oneof(
  fc
    .constantFrom(33, 1000, 10_000, 200_000)
    .chain((n) =>
      fc.constantFrom(
        '['.repeat(n) + ']'.repeat(n),
        '{"a":'.repeat(n) + '1' + '}'.repeat(n),
        '['.repeat(n),
        `{"command":${'['.repeat(n)}"x"${']'.repeat(n)}}`,
      ),
    ),
  fc.constantFrom(
    '{"command":"deploy web\\u0000 to staging"}',
    '{"name":"\\ud800"}',
    '{"\\u0000":1}',
    '1e999999',
    '-',
    '{"a":1e400}',
    `{"replicas":${'9'.repeat(400)}}`,
    '"\\udfff"',
    '{"a":',
    '',
    'null',
    '[]',
    '"just a string"',
    '{"__proto__":{"admin":true}}',
  ),
  fc
    .integer({ min: 1000, max: 300_000 })
    .map((n) => JSON.stringify({ command: 'x'.repeat(n), name: 'y'.repeat(n) })),
);

// ---------------------------------------------------------------- URLs

/** Percent-encodes like a browser, except a lone surrogate goes out as its WTF-8 bytes (%ED%A0%80). */
function encodeSegment(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += encodeURIComponent(value.slice(i, i + 2));
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
      continue;
    }
    out += encodeURIComponent(value[i]);
  }
  return out;
}

/** Malformed escapes sent as they are, never encoded. */
const RAW_SEGMENTS = ['%', '%zz', '%E0%A4%A', '%C0%80', '%ED%A0%80', '%00', '%2e%2e', '%FF%FE', '%25'];
const KNOWN: Record<string, string[]> = {
  name: ['web'],
  env: ['staging', 'production', 'development'],
  provider: ['none'],
  id: ['00000000-0000-0000-0000-000000000000', '1'],
};

const pathValue = (name: string): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...(KNOWN[name] ?? ['x'])), weight: 4 },
    { arbitrary: nastyString.map(encodeSegment), weight: 4 },
    { arbitrary: fc.constantFrom(...RAW_SEGMENTS), weight: 1 },
    { arbitrary: nastyNumber.map((n) => encodeSegment(String(n))), weight: 1 },
  );

function queryFor(params: Operation['params']): fc.Arbitrary<string> {
  const known = params
    .filter((p) => p.in === 'query')
    .map((p) =>
      fc.option(
        fc
          .oneof(
            p.schema?.type === 'number' || p.schema?.type === 'integer'
              ? nastyNumber.map((n) => encodeSegment(String(n)))
              : nastyString.filter((v) => v.length < 2000).map(encodeSegment),
            fc.constantFrom(...RAW_SEGMENTS),
            fc.constantFrom('1', 'true', '10', 'web', 'staging'),
          )
          .map((v) => `${p.name}=${v}`),
        { freq: 2 }, // present half of the time
      ),
    );
  const extra = rarely(
    fc
      .tuple(
        nastyString.filter((v) => v.length < 500),
        nastyString.filter((v) => v.length < 500),
      )
      .map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(v)}`),
  );
  return fc.tuple(fc.tuple(...known), extra).map(([parts, e]) => {
    const all = [...parts, e].filter((p): p is string => typeof p === 'string');
    return all.length > 0 ? `?${all.join('&')}` : '';
  });
}

// ---------------------------------------------------------------- requests

const asciiHeader = fc
  .string({ unit: 'binary-ascii', maxLength: 60 })
  .map((s) => s.replace(/[^\x20-\x7e]/g, '').trim());

/**
 * One request for an operation: three in four hostile everywhere (path, query, body, credentials), one in
 * four plausible (known path values, the all-scopes token, schema-shaped body) so handlers and the
 * database are reached too.
 */
function requestFor(
  op: Operation,
  components: Record<string, Schema>,
  tokens: string[],
): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    { arbitrary: shapedRequest(op, components, tokens, true), weight: 3 },
    { arbitrary: shapedRequest(op, components, tokens, false), weight: 1 },
  );
}

function shapedRequest(
  op: Operation,
  components: Record<string, Schema>,
  tokens: string[],
  nasty: boolean,
): fc.Arbitrary<FuzzRequest> {
  const segment = (name: string) => (nasty ? pathValue(name) : fc.constantFrom(...(KNOWN[name] ?? ['x'])));
  const path = fc
    .tuple(
      ...op.path
        .split('/')
        .map((seg) => (/^\{.+\}$/.test(seg) ? segment(seg.slice(1, -1)) : fc.constant(seg))),
    )
    .map((segs) => segs.join('/'));
  const auth = nasty
    ? fc.oneof(
        { arbitrary: fc.constant(tokens[0]), weight: 10 },
        { arbitrary: fc.constantFrom(...tokens.slice(1)), weight: 2 },
        { arbitrary: asciiHeader.map((s) => `Bearer ${s}`), weight: 1 },
      )
    : fc.constant(tokens[0]);
  const takesBody = op.body !== undefined || ['POST', 'PUT', 'PATCH', 'DELETE'].includes(op.method);
  const isWebhook = op.path === '/api/v1/cicd/webhook';
  const jsonBody = isWebhook
    ? webhookPayload
    : op.path === '/mcp' && op.method === 'POST'
      ? mcpMessage
      : valueFor(op.body ?? { type: 'object' }, components, nasty);
  const json = jsonBody.map((v) => ({ text: JSON.stringify(v) ?? 'null', type: 'application/json' }));
  let body: fc.Arbitrary<{ text: string; type: string } | undefined>;
  if (!takesBody)
    body = nasty
      ? rarely(rawJson.map((text) => ({ text, type: 'application/json' })))
      : fc.constant(undefined);
  else if (!nasty) body = json;
  else
    body = fc.oneof(
      { arbitrary: json, weight: 7 },
      { arbitrary: rawJson.map((text) => ({ text, type: 'application/json' })), weight: 2 },
      {
        arbitrary: fc.tuple(nastyString, nastyString).map(([k, v]) => ({
          text: `${encodeSegment(k)}=${encodeSegment(v)}`,
          type: 'application/x-www-form-urlencoded',
        })),
        weight: 1,
      },
      { arbitrary: nastyString.map((text) => ({ text, type: 'text/plain' })), weight: 1 },
      { arbitrary: fc.constant(undefined), weight: 1 },
    );
  const webhookHeaders = isWebhook
    ? fc.record({
        event: nasty
          ? fc.oneof(fc.constantFrom('push', 'release', 'ping', 'workflow_run'), asciiHeader)
          : fc.constantFrom('push', 'release'),
        delivery: nasty ? fc.oneof(fc.uuid(), asciiHeader) : fc.uuid(),
        signed: nasty ? fc.boolean() : fc.constant(true),
      })
    : fc.constant(undefined);
  const query = nasty ? queryFor(op.params) : fc.constant('');
  // Odd framing of the body: charsets, encodings it was not compressed with, request ids.
  const odd = nasty
    ? rarely(
        fc.record(
          {
            charset: fc.constantFrom('utf-8', 'latin1', 'utf-16le', 'x-unknown', ''),
            encoding: fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'zstd', 'x-none'),
            requestId: fc.oneof(asciiHeader, fc.constant('r'.repeat(500))),
          },
          { requiredKeys: [] },
        ),
      )
    : fc.constant(undefined);
  return fc.tuple(path, query, auth, body, webhookHeaders, odd).map(([p, q, a, b, w, o]) => {
    const headers: Record<string, string> = { accept: 'application/json, text/event-stream' };
    if (!op.public) headers.authorization = a;
    if (b) headers['content-type'] = o?.charset !== undefined ? `${b.type}; charset=${o.charset}` : b.type;
    if (b && o?.encoding) headers['content-encoding'] = o.encoding;
    if (o?.requestId) headers['x-request-id'] = o.requestId;
    if (w) {
      headers['x-github-event'] = w.event;
      headers['x-github-delivery'] = w.delivery;
      if (w.signed && b)
        headers['x-hub-signature-256'] =
          `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(b.text).digest('hex')}`;
    }
    return { method: op.method, url: `${p}${q}`, headers, body: b?.text };
  });
}

const MCP_TOOLS = [
  'list_apps',
  'get_app_status',
  'get_app_logs',
  'get_deployment_history',
  'list_external_tools',
  'call_external_tool',
  'interpret_command',
  'process_command',
  'deploy_app',
  'scale_app',
  'rollback_app',
  'restart_app',
  'delete_app',
];
/** Argument values for MCP tools: plausible ones, and long strings and huge numbers that pass the body checks. */
const mcpArgument = fc.oneof(
  fc.constantFrom('web', 'staging', 'production', 'v1.2.3', 'deploy web v1.2.3 to staging', 0, 1, 3, true),
  fc.constantFrom('a'.repeat(300), 'x'.repeat(5000), 1e308, 2 ** 53, -1, 2147483648, 1.5),
  nastyValue,
);
/** JSON-RPC messages for the MCP endpoint (stateless mode: every call stands alone). */
const mcpMessage: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    jsonrpc: fc.constant('2.0'),
    id: fc.oneof(fc.nat(), nastyString),
    method: fc.constant('tools/call'),
    params: fc.record({
      name: fc.oneof(
        { arbitrary: fc.constantFrom(...MCP_TOOLS), weight: 4 },
        { arbitrary: nastyString, weight: 1 },
      ),
      arguments: fc.record(
        {
          app: mcpArgument,
          name: mcpArgument,
          environment: mcpArgument,
          tag: mcpArgument,
          replicas: mcpArgument,
          revision: mcpArgument,
          lines: mcpArgument,
          command: mcpArgument,
          confirmationToken: mcpArgument,
          provider: mcpArgument,
          tool: mcpArgument,
          arguments: nastyValue,
        },
        { requiredKeys: [] },
      ),
    }),
  }),
  fc.record({
    jsonrpc: fc.constant('2.0'),
    id: fc.nat(),
    method: fc.constantFrom(
      'tools/list',
      'resources/list',
      'prompts/list',
      'resources/read',
      'prompts/get',
      'ping',
    ),
    params: fc.record(
      {
        uri: fc.oneof(fc.constantFrom('klepaas://apps', 'klepaas://apps/web'), nastyString),
        name: mcpArgument,
      },
      { requiredKeys: [] },
    ),
  }),
  nastyValue,
);

/** Push and release payloads in GitHub's shape, with nasty values where GitHub puts strings and ids. */
const webhookPayload: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    ref: fc.oneof(fc.constantFrom('refs/heads/main', 'refs/tags/v1.0.0'), nastyString),
    after: fc.oneof(
      fc.stringMatching(/^[0-9a-f]{40}$/),
      fc.constantFrom('v9.9.9', 'latest', 'a'.repeat(300), '0'.repeat(40)),
      nastyString,
    ),
    before: fc.stringMatching(/^[0-9a-f]{40}$/),
    deleted: fc.boolean(),
    repository: fc.record({
      id: nastyNumber,
      full_name: fc.oneof(fc.constant('acme/web'), nastyString),
      default_branch: fc.oneof(fc.constant('main'), nastyString),
    }),
    head_commit: fc.option(fc.record({ id: nastyString, message: nastyString, timestamp: nastyString })),
    pusher: fc.record({ name: nastyString }),
    sender: fc.record({ login: nastyString }),
  }),
  fc.record({
    action: fc.oneof(fc.constantFrom('published', 'released', 'created'), nastyString),
    release: fc.record({
      id: nastyNumber,
      tag_name: fc.oneof(fc.constantFrom('v1.2.3', 'v1.2.3-rc.1'), nastyString),
      prerelease: fc.boolean(),
      draft: fc.boolean(),
    }),
    repository: fc.record({ id: nastyNumber, full_name: fc.oneof(fc.constant('acme/web'), nastyString) }),
    sender: fc.record({ login: nastyString }),
  }),
  nastyValue,
);

// ---------------------------------------------------------------- sending and checking

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

function send(base: URL, r: FuzzRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = r.body === undefined ? undefined : Buffer.from(r.body, 'utf8');
    const req = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        method: r.method,
        path: r.url,
        agent,
        headers: { ...r.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        timeout: 20_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 20 s')));
    req.on('error', reject);
    req.end(body);
  });
}

/** Null when the answer is acceptable, else what is wrong with it. */
function problemWith(r: FuzzRequest, a: Answer): string | null {
  if (a.status >= 500) return `status ${a.status}`;
  if (a.status < 400) return null;
  if (!a.contentType.startsWith('application/json')) return `error with content-type "${a.contentType}"`;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(a.text) as Record<string, unknown>;
  } catch {
    return 'error body is not JSON';
  }
  if (r.url.split('?')[0].replace(/\/+$/, '') === '/mcp' && body.jsonrpc === '2.0') {
    const e = body.error as { code?: unknown; message?: unknown } | undefined;
    return typeof e?.code === 'number' && typeof e.message === 'string'
      ? null
      : 'JSON-RPC error without code/message';
  }
  if (typeof body.error !== 'string' || !/^[a-z][a-z0-9_.]*$/.test(body.error)) return 'no error code';
  if (typeof body.message !== 'string') return 'no message';
  if (typeof body.requestId !== 'string' || body.requestId === '') return 'no requestId';
  if (/\n\s+at .+:\d+:\d+/.test(a.text)) return 'stack trace in the body';
  return null;
}

/** status → codes, from each error response's enum (ErrorEnvelope's `error`, or JSON-RPC's `error.data.error`). */
function documentedErrors(responses: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [status, response] of Object.entries(responses)) {
    const enums = [...JSON.stringify(response).matchAll(/"enum":\[([^\]]*)\]/g)].map(
      (m) => JSON.parse(`[${m[1]}]`) as string[],
    );
    if (/^[45]/.test(status)) out[status] = enums.flat();
  }
  return out;
}

/** Null when the error's status and code are among those the document lists for the operation. */
function undocumented(op: Operation, a: Answer): string | null {
  if (a.status < 400) return null;
  let body: { error?: unknown };
  try {
    body = JSON.parse(a.text) as { error?: unknown };
  } catch {
    return null; // problemWith says so
  }
  const code =
    typeof body.error === 'string'
      ? body.error
      : (body.error as { data?: { error?: string } } | undefined)?.data?.error;
  const listed = op.errors[String(a.status)];
  if (!listed) return `status ${a.status} (${code}) is not documented`;
  return code === undefined || listed.includes(code)
    ? null
    : `${a.status} ${code} is not among ${listed.join(', ')}`;
}

const clip = (s: string | undefined, n = 400) =>
  s === undefined ? '(none)' : s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s;

/** Route families: each is one test; every route of the document falls into one (the last catches the rest). */
const FAMILIES: [string, (path: string) => boolean][] = [
  [
    'apps',
    (p) => (p.startsWith('/api/v1/apps') && !p.includes('/environments/')) || p === '/api/v1/environments',
  ],
  ['deployments', (p) => p.includes('/environments/') || p.startsWith('/api/v1/deployments')],
  ['nlp', (p) => p.startsWith('/api/v1/nlp')],
  ['cicd', (p) => p.startsWith('/api/v1/cicd')],
  ['mcp-external', (p) => p.startsWith('/mcp/external')],
  ['mcp', (p) => p.startsWith('/mcp')],
  ['audit, alerts and operations', () => true],
];
const familyOf = (path: string) => FAMILIES.find(([, match]) => match(path))![0];

const routeSeed = (op: Operation) =>
  (SEED + createHash('sha256').update(`${op.method} ${op.path}`).digest().readUInt32BE(0)) | 0;

describe(`fuzz: every OpenAPI route on ${testDatabase()} (seed ${SEED}, ≥ ${PER_FAMILY} cases per family)`, () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let base: URL;
  const operations: Operation[] = [];
  let components: Record<string, Schema> = {};
  let tokens: string[] = [];
  const counts = new Map<string, number>();
  const statuses = new Map<string, Map<number, number>>();

  beforeAll(async () => {
    kube = await FakeKubeApi.start({ readyDelayMs: 5 });
    t = await startTestApp({
      env: {
        KUBECONFIG: kube.writeKubeconfig(),
        KLEPAAS_ROLLOUT_POLL_MS: '10',
        KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: '5',
        KLEPAAS_WEBHOOK_SECRET: WEBHOOK_SECRET,
        KLEPAAS_AUTH_FAILURE_ALERT_THRESHOLD: '0',
        KLEPAAS_MCP_STATELESS: 'true', // tool calls need no session: each fuzzed call reaches its tool
      },
    });
    base = new URL(t.url);
    tokens = [
      await bearer({ sub: 'fuzzer', scope: '*' }),
      await bearer({ sub: 'reader', scope: 'apps:read deploy:read nlp:read mcp:read' }),
      await bearer({ sub: 'fuzzer', scope: '*', expiresIn: -60 }),
      'Bearer not.a.jwt',
    ];
    const doc = JSON.parse((await send(base, { method: 'GET', url: '/docs-json', headers: {} })).text) as {
      paths: Record<
        string,
        Record<
          string,
          {
            parameters?: Operation['params'];
            requestBody?: unknown;
            'x-required-scopes'?: string[];
            responses?: Record<string, unknown>;
          }
        >
      >;
      components?: { schemas?: Record<string, Schema> };
    };
    components = doc.components?.schemas ?? {};
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const body = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)
          ?.content?.['application/json']?.schema;
        operations.push({
          method: method.toUpperCase(),
          path,
          params: op.parameters ?? [],
          body,
          public: !op['x-required-scopes'],
          errors: documentedErrors(op.responses ?? {}),
        });
      }
    }
  }, 60_000);

  afterAll(async () => {
    agent.destroy();
    await t?.destroy();
    await kube?.close();

    console.log(
      `fuzz (${testDatabase()}, seed ${SEED}): ${[...counts].map(([f, n]) => `${f} ${n}`).join(', ')}\n` +
        [...statuses]
          .map(
            ([route, by]) =>
              `${route}: ${[...by]
                .sort(([x], [y]) => x - y)
                .map(([st, n]) => `${st}×${n}`)
                .join(' ')}`,
          )
          .join('\n'),
    );
  });

  /** The app the plausible requests name, linked to the repository the signed pushes come from. */
  async function ensureWebApp(): Promise<void> {
    const body = JSON.stringify({
      name: 'web',
      image: 'ghcr.io/acme/web',
      port: 8080,
      githubRepo: 'acme/web',
    });
    const answer = await send(base, {
      method: 'POST',
      url: '/api/v1/apps',
      headers: { authorization: tokens[0], 'content-type': 'application/json' },
      body,
    });
    if (answer.status !== 201 && answer.status !== 409)
      throw new Error(`register web: ${answer.status} ${answer.text}`);
  }

  it('the document lists the routes (a fuzz over nothing proves nothing)', () => {
    expect(operations.length).toBeGreaterThan(40);
    for (const [family] of FAMILIES) expect(operations.some((op) => familyOf(op.path) === family)).toBe(true);
  });

  it.each(FAMILIES.map(([family]) => family))(
    '%s: no 5xx, every error in the envelope with a documented status and code',
    async (family) => {
      const ops = operations.filter((op) => familyOf(op.path) === family);
      await ensureWebApp(); // an earlier family may have deleted it
      for (const op of ops) {
        const seed = routeSeed(op);
        let last: { r: FuzzRequest; a?: Answer } | undefined;
        const property = fc.asyncProperty(requestFor(op, components, tokens), async (r) => {
          last = { r };
          const a = await send(base, r);
          last.a = a;
          counts.set(family, (counts.get(family) ?? 0) + 1);
          const seen = statuses.get(`${op.method} ${op.path}`) ?? new Map<number, number>();
          seen.set(a.status, (seen.get(a.status) ?? 0) + 1);
          statuses.set(`${op.method} ${op.path}`, seen);
          const problem = problemWith(r, a);
          if (problem) throw new Error(problem);
          const gap = undocumented(op, a);
          if (gap) throw new Error(`undocumented error: ${gap}`);
        });
        const numRuns = Math.max(RUNS, Math.ceil(PER_FAMILY / ops.length));
        const result = await fc.check(property, { seed, numRuns, endOnFailure: true });
        if (result.failed) {
          const ex = result.counterexample?.[0] ?? last?.r;
          const answer = ex
            ? await send(base, ex).catch((e: Error) => ({ status: 0, contentType: '', text: e.message }))
            : undefined;
          throw new Error(
            [
              `${op.method} ${op.path}: ${String((result.errorInstance as Error | undefined)?.message ?? result.errorInstance)}`,
              `reproduce: KLEPAAS_FUZZ_SEED=${SEED} (route seed ${seed}, path ${result.counterexamplePath})`,
              `request: ${ex?.method} ${clip(ex?.url)}`,
              `headers: ${clip(JSON.stringify(ex?.headers))}`,
              `body: ${clip(ex?.body)}`,
              `answer (replayed): ${answer?.status} ${clip(answer?.text, 800)}`,
            ].join('\n'),
          );
        }
      }
    },
    120_000,
  );
});
