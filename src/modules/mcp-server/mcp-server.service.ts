import { Injectable, Logger } from '@nestjs/common';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { toJsonSchemaCompat } from '@modelcontextprotocol/sdk/server/zod-json-schema-compat.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  LATEST_PROTOCOL_VERSION,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  SubscribeRequestSchema,
  UnsubscribeRequestSchema,
  SUPPORTED_PROTOCOL_VERSIONS,
  type CallToolResult,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { AppConfig } from '../../config/app.config.js';
import { AuditService } from '../audit/audit.service.js';
import { missingScopes } from '../auth/scopes.js';
import { DESTRUCTIVE_RULE_TEXT } from '../deployments/deployments.contract.js';
import { readPackageVersion } from '../../common/version.js';
import {
  McpCatalog,
  requiredScopes,
  resourceScopes,
  type AnyToolDefinition,
  type ConfirmAnswer,
  type McpCaller,
  type McpResourceDefinition,
  type McpResourceTemplateDefinition,
} from './mcp-catalog.js';
import { SHARED_JSON_SCHEMA_VALIDATOR, zodObjectOf } from './mcp-build-cache.js';
import { McpServerConfig } from './mcp-server.config.js';
import { openObjects, portableSchema } from './mcp-schema.js';
import { isSubscribable, McpSubscriptionsService } from './mcp-subscriptions.service.js';
import {
  callerOf,
  elicitingConfirmer,
  errorResult,
  scopeRefusal,
  toolCallAudit,
  toolContext,
  toolFailed,
  toolSucceeded,
  type Extra,
  type ToolCallResult,
} from './mcp-tool-call.js';
import { withPlainErrors } from './mcp-wire.js';

export const MCP_SERVER_NAME = 'k-le-paas';
export const RESOURCE_METADATA_PATH = '/.well-known/oauth-protected-resource';

const INSTRUCTIONS =
  'K-Le-PaaS runs apps on Kubernetes in three environments (development, staging, production). ' +
  'Read state with the read-only tools and the klepaas:// resources; destructive operations ' +
  `(${DESTRUCTIVE_RULE_TEXT}) need the user's confirmation: when this client supports elicitation the ` +
  'server asks the user itself within the call; otherwise the call returns a plan and a confirmationToken — ' +
  'show the plan to the user and call again with the token only if they agree. Subscribe to ' +
  'klepaas://apps/{name} to hear of deployment changes.';

/** McpServer whose transport sends error messages without the SDK's "MCP error <code>: " prefix. */
class KlepaasMcpServer extends McpServer {
  override connect(transport: Transport): Promise<void> {
    return super.connect(withPlainErrors(transport));
  }
}

/**
 * Builds the SDK McpServer a session (or, in stateless mode, a request) talks to, from the catalog:
 * every tool wrapped with its scope check, audit record and error mapping; tools/list filtered by the
 * caller's scopes at the time of the request.
 */
@Injectable()
export class McpServerService {
  private readonly logger = new Logger('McpServer');
  private readonly version = readPackageVersion().version;
  private readonly toolListCache = new Map<string, Tool>();

  constructor(
    private readonly catalog: McpCatalog,
    private readonly audit: AuditService,
    private readonly config: McpServerConfig,
    private readonly appConfig: AppConfig,
    private readonly subscriptions: McpSubscriptionsService,
  ) {}

  /** Facts for GET /mcp/info. */
  info() {
    return {
      name: MCP_SERVER_NAME,
      title: 'K-Le-PaaS',
      version: this.version,
      protocolVersion: LATEST_PROTOCOL_VERSION,
      protocolVersions: [...SUPPORTED_PROTOCOL_VERSIONS],
      transport: 'streamable-http',
      endpoint: '/mcp',
      sessions: this.config.KLEPAAS_MCP_STATELESS ? 'stateless' : 'stateful',
      authorization: {
        scheme: 'Bearer',
        resourceMetadata: RESOURCE_METADATA_PATH,
        scopes: {
          'mcp:read': 'read-only tools, resources, prompts',
          'mcp:execute': 'tools that change things',
        },
        operationScopes: 'each tool and resource also needs the scope of its operation (`scopes`)',
      },
      tools: [...this.catalog.tools.values()].map((t) => ({
        name: t.name,
        title: t.title,
        description: t.description,
        scope: t.scope,
        scopes: requiredScopes(t),
        annotations: t.annotations,
      })),
      resources: this.catalog.resources.map((r) => ({
        uri: r.uri,
        name: r.name,
        title: r.title,
        scopes: resourceScopes(r),
      })),
      resourceTemplates: this.catalog.templates.map((r) => ({
        uriTemplate: r.uriTemplate,
        name: r.name,
        title: r.title,
        scopes: resourceScopes(r),
      })),
      prompts: this.catalog.prompts.map((p) => ({
        name: p.name,
        title: p.title,
        description: p.description,
      })),
    };
  }

  /** RFC 9728 metadata; the resource is KLEPAAS_PUBLIC_URL/mcp (or the request's origin when unset). */
  protectedResourceMetadata(requestOrigin: string) {
    const base = this.appConfig.KLEPAAS_PUBLIC_URL?.replace(/\/+$/, '') ?? requestOrigin;
    return {
      resource: `${base}/mcp`,
      authorization_servers: this.config.KLEPAAS_MCP_AUTHORIZATION_SERVERS,
      scopes_supported: this.scopesSupported(),
      bearer_methods_supported: ['header'],
      resource_name: 'K-Le-PaaS MCP server',
      resource_documentation: `${base}/docs`,
    };
  }

  /** Every scope some tool or resource needs: what an agent's token may ask for (never a wildcard). */
  private scopesSupported(): string[] {
    const scopes = [
      ...[...this.catalog.tools.values()].flatMap(requiredScopes),
      ...[...this.catalog.resources, ...this.catalog.templates].flatMap(resourceScopes),
    ];
    return [...new Set(['mcp:read', ...scopes])].sort();
  }

  /** Whether a tool exists (metrics use only known names as label values). */
  hasTool(name: string): boolean {
    return this.catalog.tools.has(name);
  }

  build(): McpServer {
    const server = new KlepaasMcpServer(
      { name: MCP_SERVER_NAME, title: 'K-Le-PaaS', version: this.version },
      {
        capabilities: { logging: {} },
        instructions: INSTRUCTIONS,
        jsonSchemaValidator: SHARED_JSON_SCHEMA_VALIDATOR,
      },
    );
    this.registerTools(server);
    this.registerResources(server);
    this.registerSubscriptions(server);
    this.registerPrompts(server);
    return server;
  }

  /**
   * resources/subscribe and resources/unsubscribe for klepaas://apps and klepaas://apps/{name}, on
   * stateful sessions only: a stateless server lives for one POST, so nobody would be there to notify.
   */
  private registerSubscriptions(server: McpServer): void {
    if (this.config.KLEPAAS_MCP_STATELESS) return;
    const app = this.catalog.templates.find((t) => t.uriTemplate === 'klepaas://apps/{name}');
    if (!app) return;
    server.server.registerCapabilities({ resources: { subscribe: true } });
    server.server.setRequestHandler(SubscribeRequestSchema, async (req, extra) => {
      const uri = req.params.uri;
      if (!isSubscribable(uri))
        throw new McpError(
          ErrorCode.InvalidParams,
          `Resource ${uri} cannot be subscribed to (klepaas://apps and klepaas://apps/{name} can)`,
        );
      await this.guardRead(app, new URL(uri), callerOf(extra));
      this.subscriptions.subscribe(server.server, uri);
      return {};
    });
    server.server.setRequestHandler(UnsubscribeRequestSchema, (req) => {
      this.subscriptions.unsubscribe(server.server, req.params.uri);
      return {};
    });
    const previous = server.server.onclose;
    server.server.onclose = () => {
      this.subscriptions.drop(server.server);
      previous?.();
    };
  }

  private registerTools(server: McpServer): void {
    for (const def of this.catalog.tools.values()) {
      server.registerTool(
        def.name,
        {
          title: def.title,
          description: def.description,
          inputSchema: zodObjectOf(def.input),
          outputSchema: zodObjectOf(def.output),
          annotations: { title: def.title, ...def.annotations },
          _meta: { 'io.klepaas/scope': def.scope, 'io.klepaas/scopes': requiredScopes(def) },
        },
        (args: Record<string, unknown>, extra: Extra) => this.runTool(server, def, args, extra),
      );
    }
    if (this.catalog.tools.size === 0) {
      // No tool group is available yet: still answer tools/list and tools/call as the spec expects.
      server.server.registerCapabilities({ tools: { listChanged: false } });
      server.server.setRequestHandler(CallToolRequestSchema, (req) =>
        errorResult(`Tool ${req.params.name} not found`),
      );
    }
    // tools/list shows only what the caller's scopes allow (checked per request, not per session).
    server.server.setRequestHandler(ListToolsRequestSchema, (_req, extra) => {
      const { scopes } = callerOf(extra);
      return {
        tools: [...this.catalog.tools.values()]
          .filter((def) => missingScopes(scopes, requiredScopes(def)).length === 0)
          .map((def) => this.listEntry(def)),
      };
    });
  }

  private listEntry(def: AnyToolDefinition): Tool {
    let entry = this.toolListCache.get(def.name);
    if (!entry) {
      const opts = { strictUnions: true } as const;
      entry = {
        name: def.name,
        title: def.title,
        description: def.description,
        inputSchema: portableSchema(
          toJsonSchemaCompat(z.object(def.input), { ...opts, pipeStrategy: 'input' }),
        ) as Tool['inputSchema'],
        outputSchema: portableSchema(
          openObjects(toJsonSchemaCompat(z.object(def.output), { ...opts, pipeStrategy: 'output' })),
        ) as Tool['outputSchema'],
        annotations: { title: def.title, ...def.annotations },
        _meta: { 'io.klepaas/scope': def.scope, 'io.klepaas/scopes': requiredScopes(def) },
      };
      this.toolListCache.set(def.name, entry);
    }
    return entry;
  }

  /** One tools/call: the scope check, the tool itself, and its audit record whatever came of it. */
  private async runTool(
    server: McpServer,
    def: AnyToolDefinition,
    args: Record<string, unknown>,
    extra: Extra,
  ): Promise<CallToolResult> {
    const caller = callerOf(extra);
    const answers: ConfirmAnswer[] = [];
    const call = await this.callTool(server, def, args, extra, caller, answers);
    // A read-only tool changed nothing, so its answer need not wait for the record's commit (an fsync on
    // SQLite, which every concurrent call queued behind): the record is batched and committed within
    // KLEPAAS_WRITE_BEHIND_INTERVAL_MS, and the audit API commits what is queued before it reads.
    const durability = def.annotations.readOnlyHint === true ? 'batched' : 'commit';
    await this.audit.record(toolCallAudit(def, args, caller, extra, call, answers), durability);
    return call.result;
  }

  private async callTool(
    server: McpServer,
    def: AnyToolDefinition,
    args: Record<string, unknown>,
    extra: Extra,
    caller: McpCaller,
    answers: ConfirmAnswer[],
  ): Promise<ToolCallResult> {
    const missing = missingScopes(caller.scopes, requiredScopes(def));
    if (missing.length > 0) return scopeRefusal(def, caller, missing);
    try {
      const confirm = elicitingConfirmer(server, extra, answers, this.logger);
      return toolSucceeded(await def.run(args, toolContext(caller, extra, confirm)));
    } catch (err) {
      return toolFailed(err, def, extra.signal, this.logger);
    }
  }

  private registerResources(server: McpServer): void {
    for (const r of this.catalog.resources) {
      server.registerResource(
        r.name,
        r.uri,
        { title: r.title, description: r.description, mimeType: r.mimeType },
        async (uri, extra) => {
          await this.guardRead(r, uri, callerOf(extra));
          return r.read(uri, callerOf(extra));
        },
      );
    }
    for (const t of this.catalog.templates) {
      const template = new ResourceTemplate(t.uriTemplate, {
        list: t.list
          ? async (extra) => ({
              resources: this.allows(t, callerOf(extra))
                ? (await t.list!(callerOf(extra))).map((x) => ({ mimeType: t.mimeType, ...x }))
                : [],
            })
          : undefined,
        complete: Object.fromEntries(
          Object.entries(t.complete ?? {}).map(([variable, fn]) => [
            variable,
            (value: string, context?: { arguments?: Record<string, string> }) =>
              fn(value, context?.arguments),
          ]),
        ),
      });
      server.registerResource(
        t.name,
        template,
        { title: t.title, description: t.description, mimeType: t.mimeType },
        async (uri, variables, extra) => {
          await this.guardRead(t, uri, callerOf(extra));
          return t.read(uri, variables, callerOf(extra));
        },
      );
    }
    if (this.catalog.resources.length === 0 && this.catalog.templates.length === 0) {
      server.server.registerCapabilities({ resources: {} });
      server.server.setRequestHandler(ListResourcesRequestSchema, () => ({ resources: [] }));
      server.server.setRequestHandler(ListResourceTemplatesRequestSchema, () => ({ resourceTemplates: [] }));
    }
  }

  private allows(def: McpResourceDefinition | McpResourceTemplateDefinition, caller: McpCaller): boolean {
    return missingScopes(caller.scopes, resourceScopes(def)).length === 0;
  }

  /** A resource is read with mcp:read (every /mcp request has it) and its operation's scope; refusals are audited. */
  private async guardRead(
    def: McpResourceDefinition | McpResourceTemplateDefinition,
    uri: URL,
    caller: McpCaller,
  ): Promise<void> {
    if (this.allows(def, caller)) return;
    const needed = resourceScopes(def);
    const message = `insufficient_scope: ${uri.href} needs scope ${missingScopes(caller.scopes, needed).join(' ')}`;
    await this.audit.record({
      userId: caller.userId,
      ip: caller.ip ?? null,
      action: 'mcp.resources/read',
      resource: uri.href.slice(0, 255),
      status: 403,
      requestId: caller.requestId ?? null,
      details: { error: message },
    });
    throw new McpError(ErrorCode.InvalidRequest, message);
  }

  private registerPrompts(server: McpServer): void {
    for (const p of this.catalog.prompts) {
      server.registerPrompt(
        p.name,
        { title: p.title, description: p.description, argsSchema: p.args },
        (args: Record<string, unknown>, extra: Extra) => p.get(args, callerOf(extra)),
      );
    }
    if (this.catalog.prompts.length === 0) {
      server.server.registerCapabilities({ prompts: {} });
      server.server.setRequestHandler(ListPromptsRequestSchema, () => ({ prompts: [] }));
    }
  }
}
