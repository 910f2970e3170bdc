import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { assignRequestId, RequestLogging } from '../logging/logging.module.js';
import { nulInUrl } from './input-text.js';

/**
 * Everything every request gets before routing, in this order, as one Express middleware (each router
 * layer costs a match and a `next` per request): its X-Request-Id, the metrics timer, the refusal of
 * `%00` in the URL (400, not logged per request, like any request refused before routing), then the
 * request logger (skipped for probes and scrapes).
 */
/** Starts a request's timer (the metrics module's HTTP middleware); common code knows only this much of it. */
export interface RequestTimer {
  track(req: Request, res: Response): void;
}

export function requestEntry(metrics: RequestTimer) {
  return (req: Request, res: Response, next: NextFunction): void => {
    assignRequestId(req as IncomingMessage, res);
    metrics.track(req, res);
    const refused = nulInUrl(req.url);
    if (refused) return next(refused);
    RequestLogging.handle(req, res, next);
  };
}
