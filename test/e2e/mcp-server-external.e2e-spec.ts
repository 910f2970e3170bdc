import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { startFakeMcpServer, type FakeMcpServer } from '../fakes/mcp-servers.js';
import { connectMcp, type Connected } from '../support/mcp-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AGENT_READ_SCOPES, AGENT_SCOPES, bearer } from '../support/tokens.js';

const textOf = (res: unknown) => (res as { content: { text: string }[] }).content[0]?.text;

describe('MCP server: external MCP tools (list_external_tools, call_external_tool)', () => {
  let t: TestApp;
  let fake: FakeMcpServer;
  let executor: Connected;
  let reader: Connected;

  beforeAll(async () => {
    fake = await startFakeMcpServer();
    t = await startTestApp({
      env: { KLEPAAS_MCP_ALLOWED_HOSTS: '127.0.0.1', KLEPAAS_SECRETS_KEY: randomBytes(32).toString('hex') },
    });
    await request(t.url)
      .post('/mcp/external/providers')
      .set('Authorization', await bearer({ scope: 'mcp:admin' }))
      .send({
        name: 'main',
        providerType: 'generic',
        baseUrl: `${fake.url}/mcp`,
        retry: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
      })
      .expect(201);
    executor = await connectMcp(t.url, await bearer({ sub: 'erin', scope: AGENT_SCOPES }));
    reader = await connectMcp(t.url, await bearer({ sub: 'rita', scope: AGENT_READ_SCOPES }));
  });
  afterAll(async () => {
    await executor?.close();
    await reader?.close();
    await t.destroy();
    await fake.close();
  });

  it('lists both tools to an agent token and only the read-only one to a read-only token, with truthful annotations', async () => {
    const all = (await executor.client.listTools()).tools;
    const list = all.find((x) => x.name === 'list_external_tools')!;
    const call = all.find((x) => x.name === 'call_external_tool')!;
    expect(list.annotations).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
      openWorldHint: true,
    });
    expect(call.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
      openWorldHint: true,
    });
    expect(call.inputSchema).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['provider', 'tool']),
    });
    expect(call.outputSchema).toMatchObject({ type: 'object' });
    const readable = (await reader.client.listTools()).tools.map((x) => x.name);
    expect(readable).toContain('list_external_tools');
    expect(readable).not.toContain('call_external_tool');
  });

  it('list_external_tools returns providers and their tools', async () => {
    const res = await reader.client.callTool({ name: 'list_external_tools', arguments: {} });
    expect(res.isError).toBeFalsy();
    const providers = (res.structuredContent as { providers: { name: string; tools: { name: string }[] }[] })
      .providers;
    expect(providers).toEqual([
      expect.objectContaining({
        name: 'main',
        tools: expect.arrayContaining([expect.objectContaining({ name: 'echo' })]),
      }),
    ]);
    expect(textOf(res)).toMatch(/^main: 5 tools/);
    const missing = await reader.client.callTool({
      name: 'list_external_tools',
      arguments: { provider: 'nope' },
    });
    expect(missing.isError).toBe(true);
    expect(textOf(missing)).toMatch(/not_found/);
  });

  it('call_external_tool runs the external tool and returns its content', async () => {
    const res = await executor.client.callTool({
      name: 'call_external_tool',
      arguments: { provider: 'main', tool: 'echo', arguments: { text: 'hi' } },
    });
    expect(res.isError).toBeFalsy();
    expect(textOf(res)).toBe('echo:hi');
    expect(res.structuredContent).toMatchObject({ provider: 'main', tool: 'echo', attempts: 1 });
  });

  it('failures come back as isError results, the session survives', async () => {
    const failed = await executor.client.callTool({
      name: 'call_external_tool',
      arguments: { provider: 'main', tool: 'fail', arguments: {} },
    });
    expect(failed.isError).toBe(true);
    expect(textOf(failed)).toContain('repository is archived');
    const invalid = await executor.client.callTool({
      name: 'call_external_tool',
      arguments: { provider: 'main' },
    });
    expect(invalid.isError).toBe(true);
    expect(textOf(invalid)).toMatch(/tool/);
    await executor.client.ping();
  });

  it('refuses call_external_tool to an mcp:read caller, who cannot see it either', async () => {
    const res = await reader.client.callTool({
      name: 'call_external_tool',
      arguments: { provider: 'main', tool: 'echo', arguments: {} },
    });
    expect(res.isError).toBe(true);
    expect(textOf(res)).toMatch(/needs scope mcp:execute/);
    expect(fake.toolCalls.echo ?? 0).toBe(1);
  });

  it('audits every tool call with the caller and the arguments (secrets redacted)', async () => {
    await executor.client.callTool({
      name: 'call_external_tool',
      arguments: { provider: 'main', tool: 'echo', arguments: { text: 'x', apiToken: 'hunter2' } },
    });
    const res = await request(t.url)
      .get('/api/v1/audit')
      .query({ action: 'mcp.tools/call call_external_tool', user: 'erin' })
      .set('Authorization', await bearer({ scope: 'audit:read' }))
      .expect(200);
    const entry = res.body.items.find(
      (i: { details: { arguments: { arguments?: { text?: string } } } }) =>
        i.details.arguments.arguments?.text === 'x',
    );
    expect(entry).toMatchObject({
      userId: 'erin',
      status: 200,
      resource: 'mcp:tool/call_external_tool',
      details: {
        tool: 'call_external_tool',
        arguments: { provider: 'main', arguments: { apiToken: '[REDACTED]' } },
      },
    });
    const refused = await request(t.url)
      .get('/api/v1/audit')
      .query({ action: 'mcp.tools/call call_external_tool', user: 'rita' })
      .set('Authorization', await bearer({ scope: 'audit:read' }))
      .expect(200);
    expect(refused.body.items[0]).toMatchObject({ status: 403 });
    // One record per tool call, not a second generic one per POST /mcp (pings and lists are reads).
    const generic = await request(t.url)
      .get('/api/v1/audit')
      .query({ action: 'POST /mcp' })
      .set('Authorization', await bearer({ scope: 'audit:read' }))
      .expect(200);
    expect(generic.body.items).toEqual([]);
  });

  it('/mcp/info lists the tools with their scopes and annotations', async () => {
    const info = (await request(t.url).get('/mcp/info').expect(200)).body;
    expect(info.tools).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'call_external_tool', scope: 'mcp:execute' }),
        expect.objectContaining({ name: 'list_external_tools', scope: 'mcp:read' }),
      ]),
    );
  });
});
