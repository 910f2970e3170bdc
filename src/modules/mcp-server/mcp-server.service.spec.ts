import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { z } from 'zod';
import { NotFoundError } from '../../common/errors/app-error.js';
import { AppConfig } from '../../config/app.config.js';
import type { AuditDurability, AuditEntry, AuditService } from '../audit/audit.service.js';
import { defineTool, McpCatalog } from './mcp-catalog.js';
import { McpServerConfig } from './mcp-server.config.js';

// The service imports @willsoto/nestjs-prometheus (CommonJS requiring ESM @nestjs/common): load Nest first.
const { Logger } = await import('@nestjs/common');
Logger.overrideLogger(false);
const { McpServerService } = await import('./mcp-server.service.js');
const { McpSubscriptionsService } = await import('./mcp-subscriptions.service.js');
const { DeploymentChanges } = await import('../deployments/deployment-changes.js');

/** The tool framework on its own: scope filtering, refusal, structured results, errors, audit, progress. */
describe('McpServerService tool framework', () => {
  const audited: AuditEntry[] = [];
  const durabilities: (AuditDurability | undefined)[] = [];
  const audit = {
    record: async (e: AuditEntry, durability?: AuditDurability) => {
      audited.push(e);
      durabilities.push(durability);
    },
  } as unknown as AuditService;
  const catalog = new McpCatalog();
  catalog.addTools(
    defineTool({
      name: 'echo_status',
      title: 'Echo status',
      description: 'Reads something',
      scope: 'mcp:read',
      operation: 'status',
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
      input: { name: z.string().min(1), token: z.string().optional() },
      output: { name: z.string(), ready: z.boolean() },
      run: async ({ name }, ctx) => {
        if (name === 'missing') throw new NotFoundError(`App ${name} not found`);
        if (name === 'boom') throw new Error('secret internals');
        await ctx.progress({ progress: 1, total: 2, message: 'half' });
        await ctx.progress({ progress: 2, total: 2 });
        return { structured: { name, ready: true }, text: `${name} is ready` };
      },
    }),
    defineTool({
      name: 'change_things',
      title: 'Change things',
      description: 'Changes something',
      scope: 'mcp:execute',
      operation: 'callExternalTool',
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
      input: {},
      output: { done: z.boolean() },
      run: async () => ({ structured: { done: true }, text: 'done' }),
    }),
  );
  const config = new McpServerConfig();
  const subscriptions = new McpSubscriptionsService(new DeploymentChanges(), null, config);
  const service = new McpServerService(catalog, audit, config, new AppConfig(), subscriptions);

  async function connect(scopes: string[]) {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const send = clientSide.send.bind(clientSide);
    const authInfo = { token: '', clientId: 'carol', scopes, extra: { userId: 'carol', requestId: 'r-1' } };
    clientSide.send = (m, o) => send(m, { ...o, authInfo });
    await service.build().connect(serverSide);
    const client = new Client({ name: 'unit', version: '1' });
    await client.connect(clientSide);
    return client;
  }

  beforeEach(() => {
    audited.length = 0;
    durabilities.length = 0;
  });

  it('lists only the tools the scopes allow, with schemas and annotations', async () => {
    const reader = await connect(['mcp:read', 'deploy:read']);
    const { tools } = await reader.listTools();
    expect(tools.map((t) => t.name)).toEqual(['echo_status']);
    expect(tools[0]).toMatchObject({
      title: 'Echo status',
      inputSchema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
      outputSchema: { type: 'object', properties: { ready: { type: 'boolean' } } },
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    });
    const all = await connect(['mcp:read', 'mcp:execute', 'deploy:read']);
    expect((await all.listTools()).tools.map((t) => t.name).sort()).toEqual(['change_things', 'echo_status']);
  });

  it('needs the channel scope AND the operation scope: mcp:* alone does not read deployments', async () => {
    const mcpOnly = await connect(['mcp:*']);
    expect((await mcpOnly.listTools()).tools.map((t) => t.name)).toEqual(['change_things']);
    const res = await mcpOnly.callTool({ name: 'echo_status', arguments: { name: 'web' } });
    expect(res.isError).toBe(true);
    expect((res.content as { text: string }[])[0].text).toMatch(
      /needs scope deploy:read \(granted: mcp:\*\)/,
    );
    expect(audited[0]).toMatchObject({ status: 403, action: 'mcp.tools/call echo_status' });
    const deployOnly = await connect(['deploy:read']);
    expect((await deployOnly.listTools()).tools).toEqual([]);
  });

  it('refuses a tool outside the scopes with isError and audits the refusal', async () => {
    const reader = await connect(['mcp:read', 'deploy:read']);
    const res = await reader.callTool({ name: 'change_things', arguments: {} });
    expect(res.isError).toBe(true);
    expect((res.content as { text: string }[])[0].text).toMatch(/needs scope mcp:execute/);
    expect(audited[0]).toMatchObject({
      userId: 'carol',
      status: 403,
      action: 'mcp.tools/call change_things',
    });
    expect(durabilities).toEqual(['commit']); // not a read-only tool: committed before the answer
  });

  it('returns structuredContent plus text, sends progress, audits caller and arguments', async () => {
    const client = await connect(['mcp:read', 'deploy:read']);
    const progress: number[] = [];
    const res = await client.callTool(
      { name: 'echo_status', arguments: { name: 'web', token: 's3cr3t' } },
      undefined,
      {
        onprogress: (p) => progress.push(p.progress),
      },
    );
    expect(res.structuredContent).toEqual({ name: 'web', ready: true });
    expect(res.content).toEqual([{ type: 'text', text: 'web is ready' }]);
    expect(progress).toEqual([1, 2]);
    expect(audited[0]).toMatchObject({
      userId: 'carol',
      status: 200,
      requestId: 'r-1',
      details: { tool: 'echo_status', arguments: { name: 'web', token: 's3cr3t' } },
    });
    expect(durabilities).toEqual(['batched']); // a read-only tool's record does not hold its answer
  });

  it('maps domain errors and invalid arguments to isError results; hides internals', async () => {
    const client = await connect(['mcp:read', 'deploy:read']);
    const missing = await client.callTool({ name: 'echo_status', arguments: { name: 'missing' } });
    expect(missing).toMatchObject({ isError: true, content: [{ text: 'not_found: App missing not found' }] });
    const boom = await client.callTool({ name: 'echo_status', arguments: { name: 'boom' } });
    expect(boom.isError).toBe(true);
    expect(JSON.stringify(boom)).not.toContain('secret internals');
    const invalid = await client.callTool({ name: 'echo_status', arguments: { name: '' } });
    expect(invalid.isError).toBe(true);
    expect((invalid.content as { text: string }[])[0].text).toMatch(/Input validation error/);
  });
});
