import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { assignRequestId, RequestLogging } from '../logging/logging.module.js';
import { nulInUrl } from './input-text.js';
import type { ProbeFastLane } from './probe-fast-lane.js';

/**
 * Everything every request gets before routing, in this order, as one Express middleware (each router
 * layer costs a match and a `next` per request): its X-Request-Id, the metrics timer, the refusal of
 * `%00` in the URL (400, not logged per request, like any request refused before routing), then the
 * probe fast lane (liveness and health answered here, before the router: see probe-fast-lane.ts), then
 * the request logger (skipped for probes and scrapes).
 */
/** Starts a request's timer (the metrics module's HTTP middleware); common code knows only this much of it. */
export interface RequestTimer {
  /** `route`: the route template to label it with, when known before routing (a fast-laned probe). */
  track(req: Request, res: Response, route?: string): void;
}

export function requestEntry(metrics: RequestTimer, probes?: ProbeFastLane) {
  return (req: Request, res: Response, next: NextFunction): void => {
    assignRequestId(req as IncomingMessage, res);
    const probe = probes?.match(req.method, req.url);
    metrics.track(req, res, probe?.route);
    const refused = nulInUrl(req.url);
    if (refused) return next(refused);
    if (probe && probes) return probes.answer(probe, res, next);
    RequestLogging.handle(req, res, next);
  };
}
