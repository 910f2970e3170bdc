import { Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { DeploymentsModule } from '../deployments/deployments.module.js';
import { McpExternalModule } from '../mcp-external/mcp-external.module.js';
import { NlpModule } from '../nlp/nlp.module.js';
import { RedisModule } from '../redis/redis.module.js';
import { makeCounterProvider, makeGaugeProvider, makeHistogramProvider } from '@willsoto/nestjs-prometheus';
import { McpCatalog } from './mcp-catalog.js';
import { MCP_REQUEST_DURATION, MCP_REQUESTS_TOTAL } from './mcp-metrics.js';
import { McpServerController, OAuthMetadataController } from './mcp-server.controller.js';
import { McpServerService } from './mcp-server.service.js';
import { MCP_SESSIONS_OPEN, McpSessionsService } from './mcp-sessions.service.js';
import { McpSubscriptionsService } from './mcp-subscriptions.service.js';
import { DeploymentMcpTools } from './tools/deployment.tools.js';
import { ExternalMcpTools } from './tools/external.tools.js';
import { NlpMcpTools } from './tools/nlp.tools.js';

/** The platform's operations as MCP tools, resources and prompts at /mcp (Streamable HTTP). */
@Module({
  imports: [AuditModule, RedisModule, AppsModule, DeploymentsModule, NlpModule, McpExternalModule],
  controllers: [McpServerController, OAuthMetadataController],
  providers: [
    McpCatalog,
    McpServerService,
    McpSessionsService,
    McpSubscriptionsService,
    DeploymentMcpTools,
    ExternalMcpTools,
    NlpMcpTools,
    makeCounterProvider({
      name: MCP_REQUESTS_TOTAL,
      help: 'MCP JSON-RPC messages by method, tool (tools/call) and result (ok | error | tool_error)',
      labelNames: ['method', 'tool', 'result'],
    }),
    makeHistogramProvider({
      name: MCP_REQUEST_DURATION,
      help: 'MCP JSON-RPC request latency until the response leaves, by method and tool',
      labelNames: ['method', 'tool'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    }),
    makeGaugeProvider({ name: MCP_SESSIONS_OPEN, help: 'Open MCP sessions (stateful mode)' }),
  ],
  exports: [],
})
export class McpServerModule {}
