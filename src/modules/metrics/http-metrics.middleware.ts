import { Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Request, Response } from 'express';
import type { Counter, Histogram, LabelValues } from 'prom-client';

export const HTTP_REQUESTS_TOTAL = 'http_requests_total';
export const HTTP_REQUEST_DURATION = 'http_request_duration_seconds';

/** The route template a request matched, or `unmatched`. */
function routeLabel(req: Request): string {
  // Nest answers unknown paths from a catch-all route (`{/*splat}`): no controller route matched.
  const routePath = req.route?.path as string | undefined;
  return routePath && !routePath.includes('*') ? `${req.baseUrl ?? ''}${routePath}` : 'unmatched';
}

/** The counter and histogram children of one (method, route, status), resolved once. */
type Child = { observe(seconds: number): void };

/**
 * Counts every request by route template (never the raw path, which would explode cardinality);
 * requests that matched no route are labelled `unmatched`. Started by the first middleware
 * (`requestEntry`): it runs on every request, so the labelled metric children are cached
 * rather than re-resolved from label objects each time. Route templates are bounded, so is the cache.
 */
@Injectable()
export class HttpMetricsMiddleware {
  private readonly children = new Map<string, Child>();

  constructor(
    @InjectMetric(HTTP_REQUESTS_TOTAL) private readonly requests: Counter<string>,
    @InjectMetric(HTTP_REQUEST_DURATION) private readonly duration: Histogram<string>,
  ) {}

  /**
   * Starts timing the request; counts it when the response finishes, under `knownRoute` when the route
   * is known before routing (the probe fast lane), else the route the router matched.
   */
  track(req: Request, res: Response, knownRoute?: string): void {
    const start = process.hrtime.bigint();
    // 'finish' is emitted once per response: `on` spares `once`'s wrapper and its removal per request
    res.on('finish', () => {
      const route = knownRoute ?? routeLabel(req);
      this.child(req.method, route, res.statusCode).observe(Number(process.hrtime.bigint() - start) / 1e9);
    });
  }

  private child(method: string, route: string, status: number): Child {
    const key = `${method} ${route} ${status}`;
    let child = this.children.get(key);
    if (!child) {
      const counter = this.requests.labels({ method, route, status: String(status) } as LabelValues<string>);
      const histogram = this.duration.labels({ method, route } as LabelValues<string>);
      child = {
        observe: (seconds) => {
          counter.inc();
          histogram.observe(seconds);
        },
      };
      this.children.set(key, child);
    }
    return child;
  }
}
