import { Injectable, Logger } from '@nestjs/common';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter, Histogram } from 'prom-client';
import type { BreakerState } from '../../common/resilience/breaker.js';
import { RetryPolicy, runWithRetry } from '../../common/resilience/retry-policy.js';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../../common/principal/principal.js';
import type { UpsertProviderDto } from './dto/provider.dto.js';
import { needsReconnect, toMcpExternalError, toolResultError, type MappingContext } from './error-mapping.js';
import type { ExternalHealth, ExternalMcpClient } from './external-mcp-client.js';
import { HTTP_STATUS_BY_CODE, McpExternalException, type McpExternalError } from './mcp-external.errors.js';
import { McpExternalNotifier } from './mcp-external.notifier.js';
import { ProviderRegistry, type ProviderView } from './provider-registry.js';
import { ProviderRuntimes, type Runtime } from './provider-runtimes.js';

export type { ProviderStatus, ProviderView } from './provider-registry.js';

export const MCP_EXTERNAL_REQUESTS = 'mcp_external_requests_total';
export const MCP_EXTERNAL_LATENCY = 'mcp_external_request_latency_seconds';
/** 5 ms … 30 s, dense enough around typical API latencies to read p95 anywhere in that range. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30];

export type Operation = 'list_tools' | 'call_tool' | 'health';

export interface ToolCallOutcome {
  provider: string;
  tool: string;
  result: CallToolResult;
  attempts: number;
  durationMs: number;
}

export interface CallOptions {
  /** This call may be retried even if the provider does not list the tool as idempotent. */
  idempotent?: boolean;
  /** Deadline for this call, capped at the provider's timeoutMs. */
  timeoutMs?: number;
  /** Record a domain audit entry (default true; the REST controller relies on the HTTP audit). */
  audit?: boolean;
}

/**
 * The one path every call to an external MCP server takes: runtime (lazy client) → opossum breaker → retry
 * policy → metrics → alerts/audit. Registry operations are the ProviderRegistry's; they are offered here too so
 * that the REST controller and the MCP server's tools have one service to call.
 */
@Injectable()
export class McpExternalService {
  private readonly logger = new Logger('McpExternal');

  constructor(
    private readonly registry: ProviderRegistry,
    private readonly runtimes: ProviderRuntimes,
    private readonly notifier: McpExternalNotifier,
    private readonly audit: AuditService,
    @InjectMetric(MCP_EXTERNAL_REQUESTS) private readonly requests: Counter<string>,
    @InjectMetric(MCP_EXTERNAL_LATENCY) private readonly latency: Histogram<string>,
  ) {}

  upsertProvider(dto: UpsertProviderDto): Promise<{ created: boolean; provider: ProviderView }> {
    return this.registry.upsert(dto);
  }

  listProviders(): Promise<ProviderView[]> {
    return this.registry.list();
  }

  getProvider(name: string): Promise<ProviderView> {
    return this.registry.get(name);
  }

  deleteProvider(name: string): Promise<void> {
    return this.registry.delete(name);
  }

  // ---------------------------------------------------------------- calls

  async listTools(provider: string): Promise<Tool[]> {
    return this.execute(provider, 'list_tools', undefined, true, undefined, (client, timeoutMs) =>
      client.listTools({ timeoutMs }),
    ).then((r) => r.value);
  }

  async health(provider: string): Promise<ExternalHealth & { provider: string; breaker: BreakerState }> {
    const { value, runtime } = await this.execute(
      provider,
      'health',
      undefined,
      true,
      undefined,
      (client, timeoutMs) => client.health({ timeoutMs }),
    );
    return { provider, ...value, breaker: runtime.breaker.state };
  }

  async callTool(
    provider: string,
    tool: string,
    args: Record<string, unknown>,
    principal: Principal | null,
    options: CallOptions = {},
  ): Promise<ToolCallOutcome> {
    const started = Date.now();
    try {
      const { value, attempts } = await this.execute(
        provider,
        'call_tool',
        tool,
        (rt) =>
          options.idempotent === true ||
          rt.def.config.idempotentTools.includes('*') ||
          rt.def.config.idempotentTools.includes(tool),
        options.timeoutMs,
        async (client, timeoutMs, ctx) => {
          const result = await client.callTool(tool, args, { timeoutMs });
          if (result.isError) throw new McpExternalException(toolResultError(result, ctx));
          return result;
        },
      );
      const outcome = { provider, tool, result: value, attempts, durationMs: Date.now() - started };
      if (options.audit !== false) await this.auditCall(principal, outcome, null);
      return outcome;
    } catch (err) {
      if (options.audit !== false && err instanceof McpExternalException)
        await this.auditCall(
          principal,
          {
            provider,
            tool,
            attempts: Number(err.error.details?.attempts ?? 1),
            durationMs: Date.now() - started,
          },
          err.error,
          args,
        );
      throw err;
    }
  }

  /** Lazy client → breaker → retry; metrics, alerts and the provider's last error/success on the way out. */
  private async execute<T>(
    provider: string,
    operation: Operation,
    tool: string | undefined,
    idempotent: boolean | ((rt: Runtime) => boolean),
    timeoutMs: number | undefined,
    fn: (client: ExternalMcpClient, timeoutMs: number, ctx: MappingContext) => Promise<T>,
  ): Promise<{ value: T; attempts: number; runtime: Runtime }> {
    const rt = await this.runtimes.resolve(provider);
    const ctx: MappingContext = { provider, operation, tool };
    const started = Date.now();
    const budget = Math.min(timeoutMs ?? rt.def.config.timeoutMs, rt.def.config.timeoutMs);
    const outcome = await runWithRetry(
      new RetryPolicy(rt.def.retry),
      (_attempt, remainingMs) =>
        rt.breaker.fire(async () => {
          try {
            return await fn(rt.client, remainingMs, ctx);
          } catch (err) {
            const mapped = toMcpExternalError(err, ctx);
            if (needsReconnect(mapped)) void rt.client.close();
            throw new McpExternalException(mapped);
          }
        }),
      {
        idempotent: typeof idempotent === 'function' ? idempotent(rt) : idempotent,
        deadline: started + budget,
        toError: (err) => toMcpExternalError(err, ctx),
        onRetry: ({ attempt, delayMs, error }) =>
          this.logger.debug({ provider, operation, tool, attempt, delayMs, code: error.code }, 'retrying'),
      },
    );
    const seconds = (Date.now() - started) / 1000;
    this.latency.observe({ provider, operation }, seconds);
    if (outcome.ok) {
      this.requests.inc({ provider, operation, result: 'success' });
      rt.lastSuccessAt = new Date().toISOString();
      return { value: outcome.value as T, attempts: outcome.attempts, runtime: rt };
    }
    const error: McpExternalError = {
      ...outcome.error!,
      details: { ...outcome.error!.details, attempts: outcome.attempts },
    };
    this.requests.inc({ provider, operation, result: error.code });
    rt.lastError = { ...error, at: new Date().toISOString() };
    this.notifier.errorOccurred(provider, tool ? `${operation} ${tool}` : operation, error);
    throw new McpExternalException(error);
  }

  private async auditCall(
    principal: Principal | null,
    o: { provider: string; tool: string; attempts: number; durationMs: number },
    error: McpExternalError | null,
    args?: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record({
      userId: principal?.userId ?? null,
      action: 'mcp.external.call_tool',
      resource: `mcp-external/${o.provider}/${o.tool}`,
      status: error ? HTTP_STATUS_BY_CODE[error.code] : 200,
      details: {
        provider: o.provider,
        tool: o.tool,
        attempts: o.attempts,
        durationMs: o.durationMs,
        ...(args ? { arguments: args } : {}),
        ...(error ? { error: error.code, message: error.message } : {}),
      },
    });
  }
}
