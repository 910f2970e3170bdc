import { SetMetadata } from '@nestjs/common';

export const NO_AUTO_AUDIT = 'klepaas:no-auto-audit';

/**
 * The route records its own, more specific audit entries (e.g. MCP tool calls with their arguments),
 * so the global interceptor does not add a generic one per request. 401/403 are still audited.
 */
export const NoAutoAudit = () => SetMetadata(NO_AUTO_AUDIT, true);

export const AUDIT_BATCHED = 'klepaas:audit-batched';

/**
 * The route changes nothing but its own records (POST /api/v1/nlp/interpret answers and stores the
 * turn): its audit record is a read's, so it may be batched — committed within
 * KLEPAAS_WRITE_BEHIND_INTERVAL_MS after the response and drained on shutdown (README: durability).
 */
export const AuditBatched = () => SetMetadata(AUDIT_BATCHED, true);
