import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import { McpExternalService } from '../../mcp-external/mcp-external.service.js';
import { principalOf } from '../../../common/principal/principal.js';
import { defineTool, McpCatalog } from '../mcp-catalog.js';

const TEXT_LIMIT = 4000;

const toolSummary = z.object({
  name: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  readOnly: z.boolean().optional(),
});

/** list_external_tools / call_external_tool: other MCP servers (GitHub, …) through McpExternalService. */
@Injectable()
export class ExternalMcpTools implements OnModuleInit {
  constructor(
    private readonly catalog: McpCatalog,
    private readonly external: McpExternalService,
  ) {}

  onModuleInit(): void {
    this.catalog.addTools(
      defineTool({
        name: 'list_external_tools',
        title: 'List external MCP tools',
        description:
          'Lists the external MCP providers K-Le-PaaS is connected to (e.g. github) and the tools each offers. ' +
          'Give `provider` to list one provider only.',
        scope: 'mcp:read',
        operation: 'listExternalTools',
        annotations: {
          readOnlyHint: true,
          destructiveHint: false,
          idempotentHint: true,
          openWorldHint: true,
        },
        input: {
          provider: z
            .string()
            .min(1)
            .max(64)
            .optional()
            .describe('Provider name; all providers when omitted'),
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
          const names = provider ? [provider] : (await this.external.listProviders()).map((p) => p.name);
          const providers = await Promise.all(
            names.map(async (name) => {
              try {
                const tools = await this.external.listTools(name);
                return {
                  name,
                  tools: tools.map((t) => ({
                    name: t.name,
                    ...(t.title ? { title: t.title } : {}),
                    ...(t.description ? { description: t.description } : {}),
                    ...(t.annotations?.readOnlyHint !== undefined
                      ? { readOnly: t.annotations.readOnlyHint }
                      : {}),
                  })),
                };
              } catch (err) {
                if (provider) throw err; // one provider asked for: its failure is the answer
                return { name, tools: [], error: err instanceof Error ? err.message : String(err) };
              }
            }),
          );
          const text =
            providers.length === 0
              ? 'No external MCP providers are configured.'
              : providers
                  .map((p) =>
                    p.error
                      ? `${p.name}: unavailable (${p.error})`
                      : `${p.name}: ${p.tools.length} tools (${p.tools.map((t) => t.name).join(', ')})`,
                  )
                  .join('\n');
          return { structured: { providers }, text };
        },
      }),
      defineTool({
        name: 'call_external_tool',
        title: 'Call an external MCP tool',
        description:
          'Calls one tool of an external MCP provider (see list_external_tools) with its arguments, through ' +
          'K-Le-PaaS (credentials, retries, circuit breaker). The external tool may change things.',
        scope: 'mcp:execute',
        operation: 'callExternalTool',
        annotations: {
          readOnlyHint: false,
          destructiveHint: true,
          idempotentHint: false,
          openWorldHint: true,
        },
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
          const outcome = await this.external.callTool(
            args.provider,
            args.tool,
            args.arguments,
            principalOf(ctx.caller),
            { audit: false }, // the MCP tool call itself is audited with the caller and arguments
          );
          const content = (outcome.result.content ?? []) as Record<string, unknown>[];
          const text = content
            .filter((c) => c.type === 'text')
            .map((c) => String(c.text))
            .join('\n')
            .slice(0, TEXT_LIMIT);
          return {
            structured: {
              provider: outcome.provider,
              tool: outcome.tool,
              attempts: outcome.attempts,
              durationMs: outcome.durationMs,
              content,
              ...(outcome.result.structuredContent
                ? { structuredContent: outcome.result.structuredContent as Record<string, unknown> }
                : {}),
            },
            text: text || `${args.provider}/${args.tool} succeeded (${outcome.attempts} attempt(s))`,
          };
        },
      }),
    );
  }
}
