import { SetMetadata } from '@nestjs/common';

export const NO_AUTO_AUDIT = 'klepaas:no-auto-audit';

/**
 * The route records its own, more specific audit entries (e.g. MCP tool calls with their arguments),
 * so the global interceptor does not add a generic one per request. 401/403 are still audited.
 */
export const NoAutoAudit = () => SetMetadata(NO_AUTO_AUDIT, true);
