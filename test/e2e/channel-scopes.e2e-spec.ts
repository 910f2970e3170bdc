import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { connectMcp, type Connected } from '../support/mcp-client.js';
import { registerApp, startAppWithFakeKube } from '../support/kube-app.js';
import type { TestApp } from '../support/test-app.js';
import { AGENT_READ_SCOPES, AGENT_SCOPES, bearer } from '../support/tokens.js';

type Result = { isError?: boolean; content: { text: string }[]; structuredContent?: any };

/**
 * One scope model on every channel: an operation through natural language or MCP needs the channel's
 * scope AND the scope its REST route needs; wildcards never grant an admin scope.
 */
describe('scopes through other channels (NL /process, MCP tools and resources)', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  const opened: Connected[] = [];
  const writes = () => ['POST', 'PUT', 'PATCH', 'DELETE'].reduce((n, m) => n + kube.count(m, '/apis/'), 0);
  const mcp = async (sub: string, scope: string) => {
    const c = await connectMcp(t.url, await bearer({ sub, scope }));
    opened.push(c);
    return c;
  };
  const audit = async (query: Record<string, string>) =>
    (
      await request(t.url)
        .get('/api/v1/audit')
        .query(query)
        .set('Authorization', await bearer({ scope: 'audit:read' }))
        .expect(200)
    ).body.items as { status: number; details: Record<string, unknown> }[];

  beforeAll(async () => {
    ({ kube, app: t } = await startAppWithFakeKube());
    await registerApp(t.url, await bearer({ scope: 'apps:write' }), 'web', 1);
  });
  afterAll(async () => {
    for (const c of opened) await c.close();
    await t.destroy();
    await kube.close();
  });
  beforeEach(() => kube.resetRequests());

  it('NL /process with only nlp:execute: a deploy is 403 naming deploy:write, audited, cluster untouched', async () => {
    const res = await request(t.url)
      .post('/api/v1/nlp/process')
      .set('Authorization', await bearer({ sub: 'nora', scope: 'nlp:execute' }))
      .send({ command: 'deploy web v1.0.0 to staging' })
      .expect(403);
    expect(res.body).toMatchObject({
      error: 'insufficient_scope',
      message: 'deploy through a natural-language command needs scope deploy:write',
      required: ['deploy:write'],
      granted: ['nlp:execute'],
      requestId: expect.any(String),
    });
    expect(writes()).toBe(0);
    expect(kube.deployment('staging', 'web')).toBeUndefined();
    const records = await audit({ action: 'POST /api/v1/nlp/process', user: 'nora' });
    expect(records[0]).toMatchObject({ status: 403, details: { error: 'insufficient_scope' } });

    // A read through NL needs the read scope of its REST route.
    const status = await request(t.url)
      .post('/api/v1/nlp/process')
      .set('Authorization', await bearer({ sub: 'nora', scope: 'nlp:execute deploy:write' }))
      .send({ command: 'status of web in staging' })
      .expect(403);
    expect(status.body).toMatchObject({ error: 'insufficient_scope', required: ['deploy:read'] });

    // With the operation's scope the same command runs.
    const ran = await request(t.url)
      .post('/api/v1/nlp/process')
      .set('Authorization', await bearer({ sub: 'nora', scope: 'nlp:execute deploy:write' }))
      .send({ command: 'deploy web v1.0.0 to staging' })
      .expect(200);
    expect(ran.body.result).toMatchObject({ kind: 'executed', record: { status: 'succeeded' } });
  });

  it('MCP with mcp:read mcp:execute: no deployment tool listed; deploy_app refused naming deploy:write, audited', async () => {
    const c = await mcp('mike', 'mcp:read mcp:execute');
    const names = (await c.client.listTools()).tools.map((x) => x.name).sort();
    expect(names).toEqual(['call_external_tool', 'list_external_tools']);
    const res = (await c.client.callTool({
      name: 'deploy_app',
      arguments: { app: 'web', environment: 'staging', tag: 'v2.0.0' },
    })) as Result;
    expect(res.isError).toBe(true);
    expect(res.content[0].text).toMatch(/^Forbidden: tool deploy_app needs scope deploy:write /);
    const status = (await c.client.callTool({
      name: 'get_app_status',
      arguments: { app: 'web', environment: 'staging' },
    })) as Result;
    expect(status.content[0].text).toMatch(/needs scope deploy:read/);
    await expect(c.client.readResource({ uri: 'klepaas://apps' })).rejects.toThrow(
      /klepaas:\/\/apps needs scope deploy:read/,
    );
    expect(writes()).toBe(0);
    expect((await audit({ action: 'mcp.tools/call deploy_app', user: 'mike' }))[0]).toMatchObject({
      status: 403,
      details: { error: expect.stringContaining('deploy:write') },
    });
    expect((await audit({ action: 'mcp.resources/read', user: 'mike' }))[0]).toMatchObject({ status: 403 });
  });

  it('MCP process_command needs nlp:execute and then the scope of what the command does', async () => {
    const c = await mcp('mona', 'mcp:read mcp:execute nlp:execute');
    expect((await c.client.listTools()).tools.map((x) => x.name)).toContain('process_command');
    const res = (await c.client.callTool({
      name: 'process_command',
      arguments: { command: 'deploy web v2.0.0 to staging' },
    })) as Result;
    expect(res.isError).toBe(true);
    expect(res.content[0].text).toBe(
      'insufficient_scope: deploy through a natural-language command needs scope deploy:write',
    );
    expect(writes()).toBe(0);
    const noNlp = await mcp('mona', 'mcp:read mcp:execute deploy:write');
    const refused = (await noNlp.client.callTool({
      name: 'process_command',
      arguments: { command: 'deploy web v2.0.0 to staging' },
    })) as Result;
    expect(refused.content[0].text).toMatch(/needs scope nlp:execute/);
    expect(writes()).toBe(0);
  });

  it('mcp:* is read + execute, never mcp:admin; the metadata lists exact scopes, no wildcard', async () => {
    const res = await request(t.url)
      .post('/mcp/external/providers')
      .set('Authorization', await bearer({ scope: 'mcp:*' }))
      .send({ name: 'gh', baseUrl: 'https://api.example.com/mcp' })
      .expect(403);
    expect(res.body).toMatchObject({ error: 'insufficient_scope', required: ['mcp:admin'] });
    const meta = await request(t.url).get('/.well-known/oauth-protected-resource').expect(200);
    expect(meta.body.scopes_supported).toEqual(AGENT_SCOPES.split(' ').sort());
    // The agent scopes README recommends are exactly these, and reach every tool.
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`- every tool: \`${AGENT_SCOPES}\``);
    expect(readme).toContain(
      `- read-only (status, logs, history, \`klepaas://\` resources, \`interpret_command\`, prompts): \`${AGENT_READ_SCOPES}\``,
    );
    const agent = await mcp('ann', AGENT_SCOPES);
    expect((await agent.client.listTools()).tools).toHaveLength(13);
    const reader = await mcp('rob', AGENT_READ_SCOPES);
    expect((await reader.client.listTools()).tools.every((x) => x.annotations?.readOnlyHint)).toBe(true);
    expect((await reader.client.readResource({ uri: 'klepaas://apps' })).contents).toHaveLength(1);
  });
});
