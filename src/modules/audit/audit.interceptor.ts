import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, throwError, type Observable } from 'rxjs';
import { normaliseError } from '../../common/errors/error-envelope.filter.js';
import { NO_AUTO_AUDIT } from './audit.decorators.js';
import { AuditService } from './audit.service.js';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Records every mutating request with its outcome. The record is written before the response is
 * released, so a client that reads the audit log right after a mutation finds it.
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
    if (this.reflector.get<boolean>(NO_AUTO_AUDIT, context.getHandler())) return next.handle();
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      mergeMap((value) => from(this.audit.recordRequest(req, res.statusCode).then(() => value))),
      catchError((err: unknown) =>
        from(
          this.audit.recordRequest(req, normaliseError(err).status, {
            details: {
              params: req.params,
              query: req.query,
              body: req.body,
              error: normaliseError(err).code,
            },
          }),
        ).pipe(mergeMap(() => throwError(() => err))),
      ),
    );
  }
}
