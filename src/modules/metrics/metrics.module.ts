import { Module } from '@nestjs/common';
import { makeCounterProvider, makeHistogramProvider, PrometheusModule } from '@willsoto/nestjs-prometheus';
import { collectDefaultMetrics, register } from 'prom-client';
import {
  HTTP_REQUEST_DURATION,
  HTTP_REQUESTS_TOTAL,
  HttpMetricsMiddleware,
} from './http-metrics.middleware.js';
import { MetricsController } from './metrics.controller.js';

/**
 * prom-client's defaults include three gauges named like counters (`nodejs_active_handles_total`,
 * `nodejs_active_requests_total`, `nodejs_active_resources_total`), which `promtool check metrics`
 * rejects and `rate()` would misread. They are dropped; their per-type siblings stay
 * (`nodejs_active_handles{type}`, …), so the totals are `sum(nodejs_active_handles)` and so on.
 */
export const MISNAMED_DEFAULT_METRICS = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

// Default process metrics once per process (tests start several apps in one process).
if (!register.getSingleMetric('process_cpu_user_seconds_total')) {
  collectDefaultMetrics();
  for (const name of MISNAMED_DEFAULT_METRICS) register.removeSingleMetric(name);
}

/** `/metrics` plus the HTTP metrics (the middleware is mounted by createApp). */
@Module({
  imports: [
    PrometheusModule.register({
      controller: MetricsController,
      path: '/metrics',
      defaultMetrics: { enabled: false },
      global: true,
    }),
  ],
  providers: [
    HttpMetricsMiddleware,
    makeCounterProvider({
      name: HTTP_REQUESTS_TOTAL,
      help: 'HTTP requests by method, route template and status',
      labelNames: ['method', 'route', 'status'],
    }),
    makeHistogramProvider({
      name: HTTP_REQUEST_DURATION,
      help: 'HTTP request duration by method and route template',
      labelNames: ['method', 'route'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    }),
  ],
  exports: [HttpMetricsMiddleware],
})
export class MetricsModule {}
