import type { Migration } from 'kysely/migration';
import * as auditLog from './0001-audit-log.js';
import * as auditCount from './0002-audit-count.js';
import * as apps from './0010-apps.js';
import * as deployments from './0011-deployments.js';
import * as deploymentCorrelation from './0012-deployment-correlation.js';
import * as nlp from './0020-nlp.js';
import * as nlpPendingConfirmations from './0024-nlp-pending-confirmations.js';
import * as nlpSessionTurnsIndex from './0025-nlp-session-turns-index.js';
import * as cicd from './0030-cicd.js';
import * as cicdJobLeases from './0031-cicd-job-leases.js';
import * as cicdDeliveryIdentity from './0032-cicd-delivery-identity.js';
import * as mcpExternalProviders from './0040-mcp-external-providers.js';

/**
 * Every migration, in order. Names sort lexically; add new ones at the end with the next number.
 * Written with Kysely's schema builder in types both SQLite and PostgreSQL accept
 * (varchar/text/integer/bigint; timestamps as ISO-8601 text; JSON as text).
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-audit-log': auditLog,
  '0002-audit-count': auditCount,
  '0010-apps': apps,
  '0011-deployments': deployments,
  '0012-deployment-correlation': deploymentCorrelation,
  '0020-nlp': nlp,
  '0024-nlp-pending-confirmations': nlpPendingConfirmations,
  '0025-nlp-session-turns-index': nlpSessionTurnsIndex,
  '0030-cicd': cicd,
  '0031-cicd-job-leases': cicdJobLeases,
  '0032-cicd-delivery-identity': cicdDeliveryIdentity,
  '0040-mcp-external-providers': mcpExternalProviders,
};
