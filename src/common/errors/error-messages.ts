import { withJosa } from '../i18n/josa.js';
import type { Language } from '../i18n/language.js';
import { template, type AnyTemplate, type Template, type TemplateArgs } from '../i18n/templates.js';

/**
 * The message of each error, in English and Korean, by message key (the error code, or `code.variant`
 * where one code has several messages). Error classes build their English message here and keep the key
 * and its parameters, so an answer to a Korean command can carry the same error in Korean
 * (`localizeError`); the `error` code itself never changes.
 */
const VERB_KO: Record<string, string> = {
  get: '조회',
  list: '목록 조회',
  create: '생성',
  update: '변경',
  patch: '수정',
  delete: '삭제',
  watch: '감시',
};
const verbKo = (verb: string) => VERB_KO[verb] ?? verb;
const quoted = (s: string) => `"${s}"`;
/** `deployments "web-app" in namespace "staging"` (English) / `deployments "web-app" (네임스페이스 "staging")`. */
const targetEn = (a: { resource: string; name?: string; namespace?: string }) =>
  `${a.resource}${a.name ? ` "${a.name}"` : ''}${a.namespace ? ` in namespace "${a.namespace}"` : ''}`;
const targetKo = (a: { resource: string; name?: string; namespace?: string }) =>
  `${a.resource}${a.name ? ` "${a.name}"` : ''}${a.namespace ? ` (네임스페이스 "${a.namespace}")` : ''}`;
const kubeTarget = { resource: 'text', name: 'text?', namespace: 'text?', verb: 'text' } as const;

export const ERROR_MESSAGES = {
  validation_failed: template(
    {},
    () => '요청 형식이 올바르지 않습니다.',
    () => 'Request validation failed',
  ),
  nlp_command_too_long: template(
    { max: 'number' },
    (a) => `명령이 너무 깁니다. ${a.max}자 이하로 말씀해 주세요.`,
    (a) => `The command is longer than ${a.max} characters`,
  ),
  nlp_interaction_not_found: template(
    { id: 'text' },
    (a) => `내 대화 기록에 없는 항목입니다: '${a.id}'`,
    (a) => `No interaction '${a.id}' of yours`,
  ),
  nlp_rule_not_found: template(
    { id: 'text' },
    (a) => `학습된 규칙이 없습니다: '${a.id}'`,
    (a) => `No learned rule '${a.id}'`,
  ),
  nlp_invalid_correction: template(
    {},
    () =>
      '"corrected"는 {"intent": 의도 중 하나, "entities": {app, environment, replicas, tag, revision, lines}} 형식이어야 합니다.',
    () =>
      'corrected must be {"intent": one of the intents, "entities": {app, environment, replicas, tag, revision, lines}}',
  ),
  app_not_found: template(
    { app: 'word' },
    (a) => `${withJosa(quoted(a.app), '이라/라')}는 앱은 등록되어 있지 않습니다.`,
    (a) => `App "${a.app}" does not exist`,
  ),
  app_exists: template(
    { app: 'word' },
    (a) => `${withJosa(quoted(a.app), '이라/라')}는 앱이 이미 있습니다.`,
    (a) => `App "${a.app}" already exists`,
  ),
  unknown_environment: template(
    { environment: 'word', known: 'text' },
    (a) =>
      `${withJosa(quoted(a.environment), '이라/라')}는 환경은 없습니다. 다음 중 하나를 쓰세요: ${a.known}`,
    (a) => `Unknown environment "${a.environment}"; use one of ${a.known}`,
  ),
  not_deployed: template(
    { app: 'word', environment: 'word', namespace: 'text' },
    (a) =>
      `${a.environment}(네임스페이스 ${a.namespace})에 ${withJosa(quoted(a.app), '은/는')} 배포되어 있지 않습니다.`,
    (a) => `App "${a.app}" is not deployed in ${a.environment} (namespace ${a.namespace})`,
  ),
  'rollback_target_not_found.revision': template(
    { app: 'word', environment: 'word', revision: 'number' },
    (a) =>
      `${a.environment}의 ${a.app} 리비전 ${withJosa(String(a.revision), '은/는')} 성공한 배포가 아닙니다.`,
    (a) => `Revision ${a.revision} of ${a.app} in ${a.environment} is not a successful deployment`,
  ),
  'rollback_target_not_found.tag': template(
    { app: 'word', environment: 'word', tag: 'word' },
    (a) =>
      `${a.environment}의 ${a.app}에는 태그 ${withJosa(quoted(a.tag), '으로/로')} 성공한 배포가 한 번도 없습니다.`,
    (a) => `Tag "${a.tag}" was never deployed successfully for ${a.app} in ${a.environment}`,
  ),
  'rollback_target_not_found.no_previous': template(
    { app: 'word', environment: 'word' },
    (a) => `${a.environment}의 ${a.app}에는 롤백할 이전 성공 배포가 없습니다.`,
    (a) => `There is no previous successful deployment of ${a.app} in ${a.environment} to roll back to`,
  ),
  operation_in_progress: template(
    { app: 'word', environment: 'word', operationId: 'text' },
    (a) =>
      `${a.environment}의 ${a.app}에 다른 작업(${a.operationId})이 진행 중입니다. 끝난 뒤 다시 시도해 주세요.`,
    (a) =>
      `Another operation on ${a.app} in ${a.environment} is running (${a.operationId}); try again when it has finished`,
  ),
  confirmation_invalid: template(
    {},
    () => '확인 토큰이 올바르지 않습니다. 계획을 다시 받아 주세요.',
    () => 'The confirmation token is not valid; ask for a new plan',
  ),
  confirmation_expired: template(
    {},
    () => '확인 토큰이 만료되었습니다. 계획을 다시 받아 주세요.',
    () => 'The confirmation token has expired; ask for a new plan',
  ),
  confirmation_used: template(
    {},
    () => '이미 사용한 확인 토큰입니다. 계획을 다시 받아 주세요.',
    () => 'The confirmation token was already used; ask for a new plan',
  ),
  confirmation_wrong_user: template(
    {},
    () => '다른 사용자에게 발급된 확인 토큰입니다.',
    () => 'The confirmation token was issued to another user',
  ),
  confirmation_plan_changed: template(
    {},
    () =>
      '확인 토큰을 받은 뒤 계획이 바뀌었습니다(다른 값을 보냈거나 클러스터 상태가 달라졌습니다). 새 계획을 확인해 주세요.',
    () =>
      'The plan changed since the confirmation token was issued (other parameters or cluster state); review the new plan',
  ),
  'invalid_operation.unknown_operation': template(
    { operation: 'text', known: 'text' },
    (a) => `알 수 없는 작업 "${a.operation}"입니다. 다음 중 하나를 쓰세요: ${a.known}`,
    (a) => `Unknown operation "${a.operation}"; use ${a.known}`,
  ),
  'invalid_operation.unknown_source': template(
    { source: 'text' },
    (a) => `알 수 없는 요청 경로 "${a.source}"입니다.`,
    (a) => `Unknown source "${a.source}"`,
  ),
  'invalid_operation.tag': template(
    {},
    () => '태그는 이미지 태그 형식이어야 합니다(영문자, 숫자, _ . -; 최대 128자).',
    () => 'tag must be an image tag (letters, digits, _ . -; at most 128)',
  ),
  'invalid_operation.replicas': template(
    {},
    () => '복제본 수는 0에서 100 사이의 정수여야 합니다.',
    () => 'replicas must be an integer between 0 and 100',
  ),
  'invalid_operation.revision': template(
    {},
    () => '리비전은 1 이상의 정수여야 합니다.',
    () => 'revision must be a positive integer',
  ),
  'invalid_operation.deploy_needs_tag': template(
    {},
    () => '배포에는 태그가 필요합니다.',
    () => 'deploy needs a tag',
  ),
  'invalid_operation.scale_needs_replicas': template(
    {},
    () => '스케일에는 복제본 수가 필요합니다.',
    () => 'scale needs replicas',
  ),
  'invalid_operation.rollback_revision_and_tag': template(
    {},
    () => '롤백에는 리비전이나 태그 중 하나만 지정하세요.',
    () => 'rollback takes a revision or a tag, not both',
  ),
  deployment_not_found: template(
    { id: 'text' },
    (a) => `배포 기록이 없습니다: "${a.id}"`,
    (a) => `Deployment record "${a.id}" does not exist`,
  ),
  cluster_not_configured: template(
    {},
    () =>
      '쿠버네티스 클러스터가 설정되어 있지 않아 클러스터에서 읽을 수 없습니다(KUBECONFIG를 지정하거나 클러스터 안에서 실행하세요).',
    () =>
      'No Kubernetes cluster is configured (set KUBECONFIG or run in a cluster); nothing can be read from it',
  ),
  kube_not_found: template(
    kubeTarget,
    (a) => `쿠버네티스에서 찾을 수 없습니다: ${targetKo(a)}`,
    (a) => `Kubernetes ${targetEn(a)} was not found`,
  ),
  kube_conflict: template(
    { ...kubeTarget, kubeMessage: 'text?' },
    (a) =>
      `쿠버네티스가 ${verbKo(a.verb)} 요청을 거부했습니다. 동시에 변경되었거나 이미 있습니다: ${targetKo(a)}`,
    (a) =>
      `Kubernetes refused to ${a.verb} ${targetEn(a)}: it was changed concurrently or already exists${a.kubeMessage ? ` (${a.kubeMessage})` : ''}`,
  ),
  kube_forbidden: template(
    kubeTarget,
    (a) =>
      `클러스터의 RBAC가 이 서비스의 ${verbKo(a.verb)}(${a.verb}) 요청을 허용하지 않습니다: ${a.resource}${a.namespace ? ` (네임스페이스 "${a.namespace}")` : ''}. 서비스 계정에 "${a.resource}"에 대한 "${a.verb}" 권한을 주세요.`,
    (a) =>
      `The cluster's RBAC does not allow this service to ${a.verb} ${a.resource}${a.namespace ? ` in namespace "${a.namespace}"` : ''}; grant the verb "${a.verb}" on "${a.resource}" to its service account`,
  ),
  kube_unauthorized: template(
    {},
    () =>
      '클러스터가 이 서비스의 자격 증명을 거부했습니다(kubeconfig 사용자나 서비스 계정 토큰을 확인하세요).',
    () =>
      "The cluster rejected this service's credentials (check the kubeconfig user or service-account token)",
  ),
  kube_invalid: template(
    { ...kubeTarget, kubeMessage: 'text?' },
    (a) => `쿠버네티스가 잘못된 요청으로 거부했습니다: ${targetKo(a)}`,
    (a) => `Kubernetes rejected ${targetEn(a)} as invalid${a.kubeMessage ? `: ${a.kubeMessage}` : ''}`,
  ),
  kube_unavailable: template(
    { ...kubeTarget, status: 'number' },
    (a) => `쿠버네티스 API가 ${verbKo(a.verb)} 요청에 실패했습니다(HTTP ${a.status}): ${targetKo(a)}`,
    (a) => `The Kubernetes API failed to ${a.verb} ${targetEn(a)} (HTTP ${a.status})`,
  ),
  kube_error: template(
    { ...kubeTarget, status: 'number' },
    (a) =>
      `쿠버네티스가 ${verbKo(a.verb)} 요청에 HTTP ${withJosa(String(a.status), '으로/로')} 답했습니다: ${targetKo(a)}`,
    (a) => `Kubernetes answered HTTP ${a.status} to ${a.verb} ${targetEn(a)}`,
  ),
  'cluster_unreachable.timeout': template(
    { verb: 'text', resource: 'text' },
    (a) => `쿠버네티스 API가 제시간에 답하지 않았습니다(${a.resource} ${verbKo(a.verb)}).`,
    (a) => `The Kubernetes API did not answer in time while trying to ${a.verb} ${a.resource}`,
  ),
  cluster_unreachable: template(
    { verb: 'text', resource: 'text', network: 'text?' },
    (a) =>
      `쿠버네티스 API에 연결할 수 없습니다${a.network ? `(${a.network})` : ''}(${a.resource} ${verbKo(a.verb)}).`,
    (a) =>
      `The Kubernetes API could not be reached${a.network ? ` (${a.network})` : ''} while trying to ${a.verb} ${a.resource}`,
  ),
  insufficient_scope: template(
    { missing: 'text' },
    (a) => `권한이 부족합니다. 필요한 스코프: ${a.missing}`,
    (a) => `Missing scope: ${a.missing}`,
  ),
  'insufficient_scope.operation': template(
    { operation: 'text', missing: 'text' },
    (a) => `이 작업에 필요한 권한이 없습니다. 필요한 스코프: ${a.missing}`,
    (a) => `${a.operation} needs scope ${a.missing}`,
  ),
  'internal_error.operation': template(
    { id: 'text' },
    (a) => `작업이 예기치 않게 실패했습니다(기록 ${a.id}).`,
    (a) => `The operation failed unexpectedly (record ${a.id})`,
  ),
} satisfies Record<string, AnyTemplate>;

export type ErrorMessageKey = keyof typeof ERROR_MESSAGES;
export type ErrorMessageArgs<K extends ErrorMessageKey> = K extends ErrorMessageKey
  ? (typeof ERROR_MESSAGES)[K] extends Template<infer S>
    ? TemplateArgs<S>
    : never
  : never;

/** The message of `key` in `lang`. */
export function errorMessage<K extends ErrorMessageKey>(
  key: K,
  args: ErrorMessageArgs<K>,
  lang: Language = 'en',
): string {
  return (ERROR_MESSAGES[key] as AnyTemplate)[lang](args as never);
}

export const hasErrorMessage = (key: string): key is ErrorMessageKey => Object.hasOwn(ERROR_MESSAGES, key);

/** For errors the catalogue does not know: still in the language asked for, by status. */
const GENERIC_KO: Record<number, string> = {
  400: '요청이 올바르지 않습니다.',
  401: '인증이 필요합니다.',
  403: '이 작업을 할 권한이 없습니다.',
  404: '찾을 수 없습니다.',
  409: '지금 상태와 충돌하는 요청입니다.',
  413: '요청이 너무 큽니다.',
  422: '처리할 수 없는 요청입니다.',
  429: '요청이 너무 많습니다. 잠시 뒤 다시 시도해 주세요.',
  502: '외부 서비스가 잘못된 답을 보냈습니다.',
  503: '지금은 처리할 수 없습니다. 잠시 뒤 다시 시도해 주세요.',
};
export const genericErrorMessageKo = (status: number): string =>
  GENERIC_KO[status] ?? (status >= 500 ? '요청을 처리하지 못했습니다.' : '요청을 처리할 수 없습니다.');
