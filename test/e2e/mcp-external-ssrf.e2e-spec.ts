import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { generateAppKey } from '../fakes/github-app.js';
import { startFakeMcpServer, type FakeMcpServer } from '../fakes/mcp-servers.js';
import { startInternalService, startRedirector, type RecordingServer } from '../fakes/ssrf-targets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

/**
 * Every request the service makes for a provider (MCP transport, GitHub App token exchange) goes
 * through the guarded fetch: allowlist and address checks on every redirect hop, on the resolved
 * address, with optional port pinning. An internal service on [::1] stands for what must stay unreachable.
 */
describe('mcp-external: outbound SSRF guard', () => {
  let t: TestApp;
  let fake: FakeMcpServer;
  let internal: RecordingServer;
  let admin: string;
  const servers: RecordingServer[] = [];
  const noRetry = { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 };
  const key = generateAppKey();

  const addProvider = (body: Record<string, unknown>) =>
    request(t.url).post('/mcp/external/providers').set('Authorization', admin).send(body);
  const call = (provider: string) =>
    request(t.url)
      .post('/mcp/external/tools/call')
      .set('Authorization', admin)
      .send({ provider, tool: 'echo', arguments: { text: 'hi' } });
  const redirector = async (status: number, target: (path: string) => string) => {
    const s = await startRedirector(status, target);
    servers.push(s);
    return s;
  };
  /** What must never appear in an answer: the internal service's status, body or address. */
  const expectNothingInternal = (body: unknown) => {
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/HTTP 500|internal-secret|::1|\[::1\]/);
    expect(text).not.toContain(String(internal.port));
  };

  beforeAll(async () => {
    fake = await startFakeMcpServer();
    internal = await startInternalService('::1');
    t = await startTestApp({
      env: { KLEPAAS_MCP_ALLOWED_HOSTS: '127.0.0.1', KLEPAAS_SECRETS_KEY: randomBytes(32).toString('hex') },
    });
    admin = await bearer({ scope: 'mcp:admin mcp:read mcp:execute audit:read' });
  });
  afterAll(async () => {
    await t.destroy();
    await fake.close();
    await internal.close();
    for (const s of servers) await s.close();
  });
  afterEach(() => expect(internal.hits).toEqual([]));

  it.each([302, 307])(
    'GitHub App token request: a %i to an internal address is never followed, its status never echoed',
    async (status) => {
      const api = await redirector(status, () => `${internal.url}/internal-secret`);
      await addProvider({
        name: `gh${status}`,
        providerType: 'github',
        baseUrl: `${fake.url}/mcp`,
        auth: {
          type: 'github_app',
          appId: '1',
          installationId: '2',
          privateKey: key.privateKeyPem,
          apiBaseUrl: api.url,
        },
        retry: noRetry,
      }).expect(201);
      const res = await call(`gh${status}`).expect(403);
      expect(res.body).toMatchObject({
        error: 'forbidden',
        message: 'GitHub App authentication failed: outbound request refused: destination not allowed',
        details: { details: { source: 'auth' } },
      });
      expect(api.hits).toEqual(['POST /app/installations/2/access_tokens']);
      expect(fake.posts).toBe(0);
      expectNothingInternal(res.body);
      const provider = await request(t.url)
        .get(`/mcp/external/providers/gh${status}`)
        .set('Authorization', admin)
        .expect(200);
      expectNothingInternal(provider.body.status.lastError);
    },
  );

  it('GitHub App token request that gets no answer: 503 unavailable with the network code, not "HTTP 500"', async () => {
    const gone = await startRedirector(302, () => '/');
    await gone.close(); // a port nothing listens on any more
    await addProvider({
      name: 'ghdown',
      providerType: 'github',
      baseUrl: `${fake.url}/mcp`,
      auth: {
        type: 'github_app',
        appId: '1',
        installationId: '2',
        privateKey: key.privateKeyPem,
        apiBaseUrl: gone.url,
      },
      retry: noRetry,
    }).expect(201);
    const res = await call('ghdown').expect(503);
    expect(res.body).toMatchObject({
      error: 'unavailable',
      message: 'GitHub App authentication failed: ECONNREFUSED',
      details: { details: { source: 'auth', networkCode: 'ECONNREFUSED' } },
    });
  });

  it('MCP transport: a redirect to an internal address (or a name resolving to one) is refused', async () => {
    for (const target of [`${internal.url}/mcp`, `http://localhost:${internal.port}/mcp`]) {
      const hop = await redirector(307, () => target);
      const name = `hop${servers.length}`;
      await addProvider({
        name,
        providerType: 'generic',
        baseUrl: `${hop.url}/mcp`,
        config: { transport: 'streamable-http' },
        retry: noRetry,
      }).expect(201);
      const res = await call(name).expect(403);
      expect(res.body).toMatchObject({
        error: 'forbidden',
        message: `${name} call_tool echo: outbound request refused: destination not allowed`,
        details: { code: 'forbidden', details: { source: 'policy' } },
      });
      expect(hop.hits).toEqual(['POST /mcp']);
      expectNothingInternal(res.body);
    }
  });

  it('the SSE fallback goes through the same guard', async () => {
    const hop = await redirector(302, () => `${internal.url}/sse`);
    await addProvider({
      name: 'ssehop',
      providerType: 'generic',
      baseUrl: `${hop.url}/sse`,
      config: { transport: 'sse' },
      retry: noRetry,
    }).expect(201);
    const res = await call('ssehop').expect(403);
    expect(res.body).toMatchObject({ error: 'forbidden', details: { details: { source: 'policy' } } });
    expect(hop.hits).toEqual(['GET /sse']);
    expectNothingInternal(res.body);
  });

  it('an allowed redirect is followed, method and body kept (307)', async () => {
    const hop = await redirector(307, (path) => `${fake.url}${path}`);
    await addProvider({
      name: 'moved',
      providerType: 'generic',
      baseUrl: `${hop.url}/mcp`,
      config: { transport: 'streamable-http' },
      retry: noRetry,
    }).expect(201);
    const res = await call('moved').expect(200);
    expect(res.body.result.content[0].text).toBe('echo:hi');
  });

  it.each([
    'http://[::127.0.0.1]/mcp',
    'http://[64:ff9b::7f00:1]/mcp',
    'http://[2002:7f00:1::1]/mcp',
    'http://[::ffff:7f00:1]/mcp',
    'http://[::1]/mcp',
    'http://[fd00::1]/mcp',
    'http://0.0.0.0/mcp',
    'http://localhost/mcp',
  ])('refuses %s on save (embedded IPv4 and loopback names)', async (baseUrl) => {
    const res = await addProvider({ name: 'evil', providerType: 'generic', baseUrl }).expect(400);
    expect(res.body).toMatchObject({
      error: 'invalid_provider',
      message: expect.stringContaining('baseUrl refused'),
    });
  });
});

describe('mcp-external: allowlist entries pin ports', () => {
  let t: TestApp;
  let fake: FakeMcpServer;
  let other: RecordingServer;
  let admin: string;

  beforeAll(async () => {
    fake = await startFakeMcpServer();
    other = await startInternalService('127.0.0.1');
    t = await startTestApp({ env: { KLEPAAS_MCP_ALLOWED_HOSTS: `127.0.0.1:${new URL(fake.url).port}` } });
    admin = await bearer({ scope: 'mcp:admin mcp:read mcp:execute' });
  });
  afterAll(async () => {
    await t.destroy();
    await fake.close();
    await other.close();
  });

  it('the pinned port is reachable, another port on the same host is not — on save or by redirect', async () => {
    const post = (name: string, baseUrl: string) =>
      request(t.url)
        .post('/mcp/external/providers')
        .set('Authorization', admin)
        .send({ name, providerType: 'generic', baseUrl, retry: { maxAttempts: 1 } });
    await post('pinned', `${fake.url}/mcp`).expect(201);
    await request(t.url)
      .post('/mcp/external/tools/call')
      .set('Authorization', admin)
      .send({ provider: 'pinned', tool: 'echo' })
      .expect(200);
    const refused = await post('unpinned', `${other.url}/mcp`).expect(400);
    expect(refused.body.message).toContain('baseUrl refused');
    expect(other.hits).toEqual([]);
  });

  it('a bad allowlist entry stops the app at startup with a clear message', async () => {
    await expect(startTestApp({ env: { KLEPAAS_MCP_ALLOWED_HOSTS: '127.0.0.1:99999' } })).rejects.toThrow(
      /KLEPAAS_MCP_ALLOWED_HOSTS.*invalid port/,
    );
  });
});
