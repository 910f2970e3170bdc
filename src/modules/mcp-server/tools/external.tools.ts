import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { principalOf } from '../../../common/principal/principal.js';
import { McpExternalService } from '../../mcp-external/mcp-external.service.js';
import { defineTool, McpCatalog, toolHints } from '../mcp-catalog.js';

const TEXT_LIMIT = 4000;

const toolSummary = z.object({
  name: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  readOnly: z.boolean().optional(),
});

type ToolSummary = z.infer<typeof toolSummary>;
type ProviderTools = { name: string; tools: ToolSummary[]; error?: string };

/** What list_external_tools shows of a provider's tool: only the fields it has. */
function summariseTool(t: Tool): ToolSummary {
  return {
    name: t.name,
    ...(t.title ? { title: t.title } : {}),
    ...(t.description ? { description: t.description } : {}),
    ...(t.annotations?.readOnlyHint !== undefined ? { readOnly: t.annotations.readOnlyHint } : {}),
  };
}

/**
 * The tools of each provider. When one provider was asked for, its failure is the answer; when all
 * were, a failing provider is listed with its error and the others still are.
 */
async function toolsOfProviders(
  external: McpExternalService,
  names: string[],
  onlyOne: boolean,
): Promise<ProviderTools[]> {
  return Promise.all(
    names.map(async (name) => {
      try {
        return { name, tools: (await external.listTools(name)).map(summariseTool) };
      } catch (err) {
        if (onlyOne) throw err;
        return { name, tools: [], error: err instanceof Error ? err.message : String(err) };
      }
    }),
  );
}

function describeProviders(providers: ProviderTools[]): string {
  if (providers.length === 0) return 'No external MCP providers are configured.';
  return providers
    .map((p) =>
      p.error
        ? `${p.name}: unavailable (${p.error})`
        : `${p.name}: ${p.tools.length} tools (${p.tools.map((t) => t.name).join(', ')})`,
    )
    .join('\n');
}

const listExternalToolsTool = (external: McpExternalService) =>
  defineTool({
    name: 'list_external_tools',
    title: 'List external MCP tools',
    description:
      'Lists the external MCP providers K-Le-PaaS is connected to (e.g. github) and the tools each offers. ' +
      'Give `provider` to list one provider only.',
    scope: 'mcp:read',
    operation: 'listExternalTools',
    annotations: toolHints({ readOnly: true, idempotent: true, openWorld: true }),
    input: {
      provider: z.string().min(1).max(64).optional().describe('Provider name; all providers when omitted'),
    },
    output: {
      providers: z.array(
        z.object({
          name: z.string(),
          tools: z.array(toolSummary),
          error: z.string().optional(),
        }),
      ),
    },
    run: async ({ provider }) => {
      const names = provider ? [provider] : (await external.listProviders()).map((p) => p.name);
      const providers = await toolsOfProviders(external, names, provider !== undefined);
      return { structured: { providers }, text: describeProviders(providers) };
    },
  });

/** The text parts of an external tool's result, cut to TEXT_LIMIT. */
function textOf(content: Record<string, unknown>[]): string {
  return content
    .filter((c) => c.type === 'text')
    .map((c) => String(c.text))
    .join('\n')
    .slice(0, TEXT_LIMIT);
}

const callExternalToolTool = (external: McpExternalService) =>
  defineTool({
    name: 'call_external_tool',
    title: 'Call an external MCP tool',
    description:
      'Calls one tool of an external MCP provider (see list_external_tools) with its arguments, through ' +
      'K-Le-PaaS (credentials, retries, circuit breaker). The external tool may change things.',
    scope: 'mcp:execute',
    operation: 'callExternalTool',
    annotations: toolHints({ destructive: true, openWorld: true }),
    input: {
      provider: z.string().min(1).max(64).describe('Provider name, e.g. github'),
      tool: z.string().min(1).max(128).describe('Tool name as the provider lists it'),
      arguments: z.record(z.string(), z.unknown()).default({}).describe('The tool arguments'),
    },
    output: {
      provider: z.string(),
      tool: z.string(),
      attempts: z.number().int(),
      durationMs: z.number(),
      content: z.array(z.record(z.string(), z.unknown())),
      structuredContent: z.record(z.string(), z.unknown()).optional(),
    },
    run: async (args, ctx) => {
      const outcome = await external.callTool(
        args.provider,
        args.tool,
        args.arguments,
        principalOf(ctx.caller),
        { audit: false }, // the MCP tool call itself is audited with the caller and arguments
      );
      const { provider, tool, attempts, durationMs, result } = outcome;
      const content = (result.content ?? []) as Record<string, unknown>[];
      const structuredContent = result.structuredContent as Record<string, unknown> | undefined;
      return {
        structured: {
          provider,
          tool,
          attempts,
          durationMs,
          content,
          ...(structuredContent ? { structuredContent } : {}),
        },
        text: textOf(content) || `${args.provider}/${args.tool} succeeded (${attempts} attempt(s))`,
      };
    },
  });

/** list_external_tools / call_external_tool: other MCP servers (GitHub, …) through McpExternalService. */
@Injectable()
export class ExternalMcpTools implements OnModuleInit {
  constructor(
    private readonly catalog: McpCatalog,
    private readonly external: McpExternalService,
  ) {}

  onModuleInit(): void {
    this.catalog.addTools(listExternalToolsTool(this.external), callExternalToolTool(this.external));
  }
}
