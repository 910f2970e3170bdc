import request from 'supertest';
import { connectMcp, MCP_ACCEPT, rpcMessages } from '../support/mcp-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { waitFor } from '../support/wait.js';
import { metricsText } from '../support/metrics.js';

const initialize = (protocolVersion = '2025-11-25') => ({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion, capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
});

describe('MCP server: transport, sessions, auth, errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: {
        KLEPAAS_BODY_LIMIT: '8kb',
        KLEPAAS_MCP_AUTHORIZATION_SERVERS: 'https://auth.example.com',
        KLEPAAS_MCP_ALLOWED_ORIGINS: 'http://localhost:*,https://console.example.com',
      },
    });
  });
  afterAll(() => t.destroy());

  it('initializes through the SDK client at the latest protocol version with a session', async () => {
    const c = await connectMcp(t.url, await bearer({ scope: 'mcp:read' }));
    expect(c.client.getServerVersion()).toMatchObject({ name: 'k-le-paas', version: expect.any(String) });
    expect(c.transport.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.transport.protocolVersion).toBe('2025-11-25');
    const caps = c.client.getServerCapabilities();
    expect(caps).toMatchObject({ logging: {}, tools: {}, resources: {}, prompts: {} });
    expect(c.client.getInstructions()).toContain('confirmationToken');
    await c.client.ping();
    await c.client.setLoggingLevel('info');
    expect(Array.isArray((await c.client.listTools()).tools)).toBe(true);
    expect(Array.isArray((await c.client.listResources()).resources)).toBe(true);
    expect(Array.isArray((await c.client.listPrompts()).prompts)).toBe(true);
    await c.close();
  });

  it('negotiates older protocol versions it still supports', async () => {
    const auth = await bearer({ scope: 'mcp:read' });
    for (const version of ['2025-06-18', '2025-03-26', '2024-11-05']) {
      const res = await request(t.url)
        .post('/mcp')
        .set('Authorization', auth)
        .set('Accept', MCP_ACCEPT)
        .send(initialize(version))
        .expect(200);
      const [msg] = rpcMessages(res) as { result: { protocolVersion: string } }[];
      expect(msg.result.protocolVersion).toBe(version);
      expect(res.headers['mcp-session-id']).toBeDefined();
    }
  });

  it('401 without a token: JSON-RPC error and WWW-Authenticate with resource_metadata', async () => {
    const res = await request(t.url).post('/mcp').set('Accept', MCP_ACCEPT).send(initialize()).expect(401);
    expect(res.headers['www-authenticate']).toBe(
      `Bearer resource_metadata="${t.url}/.well-known/oauth-protected-resource"`,
    );
    expect(res.body).toMatchObject({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32000, message: 'Missing bearer token', data: { error: 'unauthorized' } },
    });
    const expired = await request(t.url)
      .post('/mcp')
      .set('Authorization', await bearer({ scope: 'mcp:read', expiresIn: -10 }))
      .send(initialize())
      .expect(401);
    expect(expired.headers['www-authenticate']).toMatch(
      /^Bearer error="invalid_token", error_description="Token has expired", resource_metadata="http:\/\/127\.0\.0\.1:\d+\/\.well-known\/oauth-protected-resource"$/,
    );
    // Other routes keep the plain challenge.
    const other = await request(t.url).get('/api/v1/audit').expect(401);
    expect(other.headers['www-authenticate']).toBe('Bearer');
  });

  it('403 for a token without mcp:read, as a JSON-RPC error', async () => {
    const res = await request(t.url)
      .post('/mcp')
      .set('Authorization', await bearer({ scope: 'apps:read deploy:read' }))
      .send(initialize())
      .expect(403);
    expect(res.body).toMatchObject({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32000, data: { error: 'insufficient_scope', required: ['mcp:read'] } },
    });
    expect(res.headers['www-authenticate']).toContain('error="insufficient_scope", scope="mcp:read"');
  });

  it('publishes RFC 9728 protected-resource metadata (public)', async () => {
    const res = await request(t.url).get('/.well-known/oauth-protected-resource').expect(200);
    expect(res.body).toMatchObject({
      resource: `${t.url}/mcp`,
      authorization_servers: ['https://auth.example.com'],
      scopes_supported: expect.arrayContaining(['mcp:read', 'mcp:execute']),
      bearer_methods_supported: ['header'],
    });
  });

  it('refuses a disallowed Origin with 403 JSON-RPC; allows listed origins and none', async () => {
    const auth = await bearer({ scope: 'mcp:read' });
    const evil = await request(t.url)
      .post('/mcp')
      .set('Authorization', auth)
      .set('Accept', MCP_ACCEPT)
      .set('Origin', 'http://evil.example.com')
      .send(initialize())
      .expect(403);
    expect(evil.body).toMatchObject({
      jsonrpc: '2.0',
      id: null,
      error: { data: { error: 'origin_forbidden' } },
    });
    for (const origin of ['http://localhost:6274', 'https://console.example.com']) {
      await request(t.url)
        .post('/mcp')
        .set('Authorization', auth)
        .set('Accept', MCP_ACCEPT)
        .set('Origin', origin)
        .send(initialize())
        .expect(200);
    }
    const c = await connectMcp(t.url, { Authorization: auth, Origin: 'http://localhost:1234' });
    await c.client.ping();
    await c.close();
  });

  it('answers malformed messages with JSON-RPC errors, never HTML', async () => {
    const auth = await bearer({ scope: 'mcp:read' });
    const post = () => request(t.url).post('/mcp').set('Authorization', auth).set('Accept', MCP_ACCEPT);
    const parse = await post().set('Content-Type', 'application/json').send('{"jsonrpc":').expect(400);
    expect(parse.headers['content-type']).toMatch(/application\/json/);
    expect(parse.body).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32700 } });
    const notRpc = await post().send({ hello: 'world' }).expect(400);
    expect(notRpc.body).toMatchObject({ jsonrpc: '2.0', error: { code: -32600 } });
    const emptyBatch = await post().send([]).expect(400);
    expect(emptyBatch.body.error.code).toBe(-32600);
    const big = await post()
      .send({ ...initialize(), pad: 'x'.repeat(16 * 1024) })
      .expect(413);
    expect(big.body).toMatchObject({
      jsonrpc: '2.0',
      error: { code: -32600, data: { error: 'payload_too_large' } },
    });
    const noSession = await post().send({ jsonrpc: '2.0', id: 2, method: 'tools/list' }).expect(400);
    expect(noSession.body).toMatchObject({ jsonrpc: '2.0', error: { data: { error: 'session_required' } } });
    const unknown = await post()
      .set('Mcp-Session-Id', '00000000-0000-0000-0000-000000000000')
      .send({ jsonrpc: '2.0', id: 2, method: 'tools/list' })
      .expect(404);
    expect(unknown.body).toMatchObject({ jsonrpc: '2.0', error: { data: { error: 'session_not_found' } } });
    const wrongType = await post().set('Content-Type', 'text/plain').send('hello');
    expect(wrongType.status).toBeGreaterThanOrEqual(400);
    expect(wrongType.text).not.toMatch(/<html|<pre/i);
    const put = await request(t.url).put('/mcp').set('Authorization', auth).send({});
    expect(put.status).toBe(404);
    expect(put.body.jsonrpc).toBe('2.0');
  });

  it('DELETE ends a session; the session id then answers 404; sessions belong to their user', async () => {
    const alice = await bearer({ sub: 'alice', scope: 'mcp:read' });
    const c = await connectMcp(t.url, alice);
    const sessionId = c.transport.sessionId!;
    // Another user cannot ride on alice's session.
    await request(t.url)
      .post('/mcp')
      .set('Authorization', await bearer({ sub: 'mallory', scope: 'mcp:*' }))
      .set('Accept', MCP_ACCEPT)
      .set('Mcp-Session-Id', sessionId)
      .set('Mcp-Protocol-Version', '2025-11-25')
      .send({ jsonrpc: '2.0', id: 9, method: 'ping' })
      .expect(404);
    await c.transport.terminateSession();
    await waitFor('the DELETE /mcp audit record', async () => {
      const audit = await request(t.url)
        .get('/api/v1/audit')
        .query({ action: 'DELETE /mcp', user: 'alice' })
        .set('Authorization', await bearer({ scope: 'audit:read' }));
      return audit.body.items.length === 1;
    });
    const after = await request(t.url)
      .post('/mcp')
      .set('Authorization', alice)
      .set('Accept', MCP_ACCEPT)
      .set('Mcp-Session-Id', sessionId)
      .send({ jsonrpc: '2.0', id: 3, method: 'ping' })
      .expect(404);
    expect(after.body.error.data.error).toBe('session_not_found');
    await c.close();
  });

  it('GET /mcp/info is public and describes the server', async () => {
    const res = await request(t.url).get('/mcp/info').expect(200);
    expect(res.body).toMatchObject({
      name: 'k-le-paas',
      protocolVersion: '2025-11-25',
      protocolVersions: expect.arrayContaining(['2025-11-25', '2025-06-18', '2025-03-26']),
      transport: 'streamable-http',
      sessions: 'stateful',
      tools: expect.any(Array),
    });
  });

  it('counts MCP messages in mcp_server_requests_total and times them', async () => {
    const c = await connectMcp(t.url, await bearer({ scope: 'mcp:read' }));
    await c.client.ping();
    await c.close();
    const text = await metricsText(t.url);
    expect(text).toMatch(/mcp_server_requests_total\{method="initialize",tool="",result="ok"\} \d+/);
    expect(text).toMatch(/mcp_server_requests_total\{method="ping",tool="",result="ok"\} \d+/);
    expect(text).toMatch(/mcp_server_request_duration_seconds_bucket\{le="[\d.]+",method="ping",tool=""\}/);
  });
});

describe('MCP server: idle session expiry', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { KLEPAAS_MCP_SESSION_IDLE_TIMEOUT_MS: '600' } });
  });
  afterAll(() => t.destroy());

  it('closes a session nobody used for the idle timeout', async () => {
    const auth = await bearer({ scope: 'mcp:read' });
    const c = await connectMcp(t.url, auth);
    const sessionId = c.transport.sessionId!;
    // Every probe touches the session, so each one first waits longer than the idle timeout.
    await waitFor('the session to expire', async () => {
      await new Promise((r) => setTimeout(r, 1500));
      const res = await request(t.url)
        .post('/mcp')
        .set('Authorization', auth)
        .set('Accept', MCP_ACCEPT)
        .set('Mcp-Session-Id', sessionId)
        .send({ jsonrpc: '2.0', method: 'notifications/initialized' });
      return res.status === 404;
    });
    await c.close();
  });
});

describe('MCP server: stateless mode and header auth', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { KLEPAAS_MCP_STATELESS: 'true', KLEPAAS_AUTH_MODE: 'header' } });
  });
  afterAll(() => t.destroy());

  it('serves every POST with a fresh server, no session id; GET and DELETE are 405', async () => {
    const headers = { 'X-User-Id': 'bob', 'X-Scopes': 'mcp:read' };
    const c = await connectMcp(t.url, headers);
    expect(c.transport.sessionId).toBeUndefined();
    await c.client.ping();
    expect(Array.isArray((await c.client.listTools()).tools)).toBe(true);
    await c.close();
    const get = await request(t.url).get('/mcp').set(headers).set('Accept', 'text/event-stream').expect(405);
    expect(get.headers.allow).toBe('POST');
    expect(get.body).toMatchObject({ jsonrpc: '2.0', error: { data: { error: 'method_not_allowed' } } });
    await request(t.url).delete('/mcp').set(headers).expect(405);
    expect((await request(t.url).get('/mcp/info').expect(200)).body.sessions).toBe('stateless');
  });

  it('answers a read-only tool call as one JSON body; a call that may stream first (progress, a change) as SSE', async () => {
    const headers = { 'X-User-Id': 'bob', 'X-Scopes': 'mcp:read mcp:execute' };
    const call = (name: string, meta?: Record<string, unknown>) =>
      request(t.url)
        .post('/mcp')
        .set(headers)
        .set('Accept', MCP_ACCEPT)
        .send({
          jsonrpc: '2.0',
          id: 7,
          method: 'tools/call',
          params: { name, arguments: {}, ...(meta ? { _meta: meta } : {}) },
        })
        .expect(200);
    const read = await call('list_external_tools');
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(rpcMessages(read)).toEqual([
      expect.objectContaining({
        id: 7,
        result: expect.objectContaining({ structuredContent: expect.anything() }),
      }),
    ]);
    const withProgress = await call('list_external_tools', { progressToken: 'p1' });
    expect(withProgress.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(rpcMessages(withProgress)).toEqual([
      expect.objectContaining({ id: 7, result: expect.anything() }),
    ]);
    const change = await call('call_external_tool');
    expect(change.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(rpcMessages(change)).toEqual([expect.objectContaining({ id: 7 })]);
  });

  it('header mode: missing X-User-Id is 401 with resource_metadata', async () => {
    const res = await request(t.url).post('/mcp').send(initialize()).expect(401);
    expect(res.headers['www-authenticate']).toContain('resource_metadata=');
  });
});
