import { Module } from '@nestjs/common';
import { makeCounterProvider, makeGaugeProvider, makeHistogramProvider } from '@willsoto/nestjs-prometheus';
import { OutboundHttp } from '../../common/outbound/outbound-http.js';
import { ReadinessModule } from '../../common/readiness/readiness.module.js';
import { AlertsModule } from '../alerts/alerts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { EXTERNAL_MCP_CLIENT_FACTORY } from './external-mcp-client.js';
import { McpExternalConfig } from './mcp-external.config.js';
import { McpExternalController } from './mcp-external.controller.js';
import { McpExternalNotifier } from './mcp-external.notifier.js';
import { McpExternalRepository } from './mcp-external.repository.js';
import {
  LATENCY_BUCKETS,
  MCP_EXTERNAL_LATENCY,
  MCP_EXTERNAL_REQUESTS,
  McpExternalService,
} from './mcp-external.service.js';
import { BreakerFactory, MCP_EXTERNAL_BREAKER_STATE } from './provider-breaker.js';
import { ProviderCredentials } from './provider-credentials.js';
import { ProviderRegistry } from './provider-registry.js';
import { ProviderRuntimes } from './provider-runtimes.js';
import { sdkClientFactory } from './sdk-mcp-client.js';

/**
 * Calls to other MCP servers (GitHub's first), REST under /mcp/external: the registry (`ProviderRegistry`), sealed
 * credentials (`ProviderCredentials`), clients and breakers per provider (`ProviderRuntimes`) and the call path
 * with retry, metrics, alerts and audit (`McpExternalService`).
 */
@Module({
  imports: [ReadinessModule, AuditModule, AlertsModule],
  controllers: [McpExternalController],
  providers: [
    McpExternalRepository,
    McpExternalNotifier,
    BreakerFactory,
    ProviderCredentials,
    ProviderRuntimes,
    ProviderRegistry,
    McpExternalService,
    {
      provide: OutboundHttp,
      inject: [McpExternalConfig],
      useFactory: (config: McpExternalConfig) => new OutboundHttp(config.KLEPAAS_MCP_ALLOWED_HOSTS),
    },
    { provide: EXTERNAL_MCP_CLIENT_FACTORY, useValue: sdkClientFactory },
    makeCounterProvider({
      name: MCP_EXTERNAL_REQUESTS,
      help: 'Calls to external MCP providers by provider, operation and result (success or error code)',
      labelNames: ['provider', 'operation', 'result'],
    }),
    makeHistogramProvider({
      name: MCP_EXTERNAL_LATENCY,
      help: 'Latency of calls to external MCP providers, retries included',
      labelNames: ['provider', 'operation'],
      buckets: LATENCY_BUCKETS,
    }),
    makeGaugeProvider({
      name: MCP_EXTERNAL_BREAKER_STATE,
      help: 'Circuit breaker state per external MCP provider: 0 closed, 1 half-open, 2 open',
      labelNames: ['provider'],
    }),
  ],
  exports: [McpExternalService],
})
export class McpExternalModule {}
