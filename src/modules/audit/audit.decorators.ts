import { SetMetadata, UseInterceptors } from '@nestjs/common';
import { RouteAuditInterceptor } from './route-audit.interceptor.js';

/**
 * The one way for a route to record its own, more specific audit entries (MCP tool calls with their
 * arguments, webhook deliveries without their payload): AuditInterceptor adds no generic record for a
 * request that reaches the route. A request refused before it (its body could not be read) is still
 * recorded generically, and 401/403 are still audited as denials unless the route recorded them.
 */
export const NoAutoAudit = () => UseInterceptors(RouteAuditInterceptor);

export const AUDIT_BATCHED = 'klepaas:audit-batched';

/**
 * The route changes nothing but its own records (POST /api/v1/nlp/interpret answers and stores the
 * turn): its audit record is a read's, so it may be batched — committed within
 * KLEPAAS_WRITE_BEHIND_INTERVAL_MS after the response and drained on shutdown (README: durability).
 */
export const AuditBatched = () => SetMetadata(AUDIT_BATCHED, true);
