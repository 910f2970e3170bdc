import { Injectable, type NestMiddleware } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { NextFunction, Request, Response } from 'express';
import type { Counter, Histogram } from 'prom-client';

export const HTTP_REQUESTS_TOTAL = 'http_requests_total';
export const HTTP_REQUEST_DURATION = 'http_request_duration_seconds';

/**
 * Counts every request by route template (never the raw path, which would explode cardinality);
 * requests that matched no route are labelled `unmatched`.
 */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(
    @InjectMetric(HTTP_REQUESTS_TOTAL) private readonly requests: Counter<string>,
    @InjectMetric(HTTP_REQUEST_DURATION) private readonly duration: Histogram<string>,
  ) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const start = process.hrtime.bigint();
    res.once('finish', () => {
      // Nest answers unknown paths from a catch-all route (`{/*splat}`): no controller route matched.
      const routePath = req.route?.path as string | undefined;
      const route = routePath && !routePath.includes('*') ? `${req.baseUrl ?? ''}${routePath}` : 'unmatched';
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      this.requests.inc({ method: req.method, route, status: String(res.statusCode) });
      this.duration.observe({ method: req.method, route }, seconds);
    });
    next();
  }
}
