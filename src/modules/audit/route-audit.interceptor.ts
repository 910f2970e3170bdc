import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { AuditService } from './audit.service.js';

/**
 * Attached to a route by @NoAutoAudit(). It runs after @MutatingRoute()'s interceptors, so after the body
 * was read: from here on the route answers for the request's audit entries, not AuditInterceptor.
 */
@Injectable()
export class RouteAuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') this.audit.leaveToRoute(context.switchToHttp().getRequest<Request>());
    return next.handle();
  }
}
