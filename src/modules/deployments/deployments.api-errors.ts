import type { ErrorCodes } from '../../common/openapi/api-errors.decorator.js';

/**
 * The `error` codes the deployments service can answer with, for the OpenAPI document of every route
 * that reaches it (REST operations, status/logs, and /nlp/process, which runs the same operations).
 */

/** What the Kubernetes API server's answers are mapped to (kubernetes.errors.ts). */
export const KUBE_ERRORS = {
  403: ['kube_forbidden'],
  404: ['kube_not_found'],
  409: ['kube_conflict'],
  422: ['kube_invalid'],
  502: ['kube_error'],
  503: ['cluster_unreachable', 'kube_unavailable', 'kube_unauthorized'],
} as const satisfies ErrorCodes;

/** Status and logs: they need a configured cluster and a deployed app. */
export const READ_ERRORS = {
  ...KUBE_ERRORS,
  400: ['bad_request'],
  404: ['app_not_found', 'not_deployed', 'kube_not_found'],
  503: ['cluster_not_configured', ...KUBE_ERRORS[503]],
} as const satisfies ErrorCodes;

/** deploy, scale, rollback, restart, delete (DeploymentsService.run). */
export const OPERATION_ERRORS = {
  ...KUBE_ERRORS,
  400: ['bad_request', 'invalid_operation', 'confirmation_invalid'],
  403: ['confirmation_wrong_user', ...KUBE_ERRORS[403]],
  404: ['app_not_found', ...KUBE_ERRORS[404]],
  409: [
    'operation_in_progress',
    'confirmation_expired',
    'confirmation_used',
    'confirmation_plan_changed',
    ...KUBE_ERRORS[409],
  ],
  500: ['internal_error'],
} as const satisfies ErrorCodes;
