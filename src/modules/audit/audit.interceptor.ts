import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, of, throwError, type Observable } from 'rxjs';
import { normaliseError } from '../../common/errors/error-envelope.filter.js';
import { AUDIT_BATCHED } from './audit.decorators.js';
import { AuditService } from './audit.service.js';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Records every mutating request with its outcome. The record is committed before the response is
 * released, so a client that reads the audit log right after a mutation finds it; concurrent requests
 * share one commit (WriteBehindQueue). Routes marked @AuditBatched() change nothing: theirs is queued.
 * Routes marked @NoAutoAudit() record their own entries once a request reaches them. Bound to every
 * mutating route by @MutatingRoute(); the method test stays for routes that also answer reads (ALL).
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly audit: AuditService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    if (!MUTATING.has(req.method)) return next.handle();
    const durability = this.reflector.get<boolean>(AUDIT_BATCHED, context.getHandler())
      ? 'batched'
      : 'commit';
    const res = context.switchToHttp().getResponse<Response>();
    // Asked when the request ends: by then a @NoAutoAudit() route it reached has recorded it.
    const leftToRoute = () => this.audit.isLeftToRoute(req);
    return next.handle().pipe(
      mergeMap((value) =>
        leftToRoute()
          ? of(value)
          : from(this.audit.recordRequest(req, res.statusCode, { durability }).then(() => value)),
      ),
      catchError((err: unknown) =>
        leftToRoute()
          ? throwError(() => err)
          : from(
              this.audit.recordRequest(req, normaliseError(err).status, {
                details: {
                  params: req.params,
                  query: req.query,
                  body: req.body,
                  error: normaliseError(err).code,
                },
                durability,
              }),
            ).pipe(mergeMap(() => throwError(() => err))),
      ),
    );
  }
}
