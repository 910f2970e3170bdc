import { withJosa } from '../../common/i18n/josa.js';
import type { Language } from '../../common/i18n/language.js';
import { render, template, type AnyTemplate } from '../../common/i18n/templates.js';
import {
  DESTRUCTIVE_REASONS,
  NO_CLUSTER_NOTICE,
  type DestructiveReason,
  type AppOverview,
  type AppStatus,
  type DeploymentRecord,
  type LogsResult,
  type OperationOutcome,
  type OperationPlan,
} from '../deployments/deployments.contract.js';
import { describeIntent } from './interpreter/messages.js';
import type { Intent, Interpretation } from './interpreter/types.js';

/**
 * Everything /process and the MCP NLP tools say, in Korean and English: one template per message, its
 * parameters declared so language.spec.ts can render each with values ending in a consonant and in a
 * vowel and check the particles (withJosa) and that no other language slips in.
 */
const intentKo = (intent: string) => describeIntent(intent as Intent, 'ko');
const intentEn = (intent: string) => describeIntent(intent as Intent, 'en');

const STATE_KO: Record<string, string> = {
  running: '실행 중',
  progressing: '배포 진행 중',
  degraded: '문제 있음',
  scaled_to_zero: '복제본 0개',
  not_deployed: '배포되지 않음',
};
const STATUS_KO: Record<string, string> = {
  succeeded: '성공',
  failed: '실패',
  in_progress: '진행 중',
  pending: '대기',
};
/** Why a change failed (the record's `reason`), said in Korean; the English answer quotes the record's error. */
const FAILURE_KO: Record<string, string> = {
  RolloutTimeout: '롤아웃이 제한 시간 안에 끝나지 않았습니다',
  ProgressDeadlineExceeded: '롤아웃이 진행 기한을 넘겼습니다',
  ImagePullBackOff: '이미지를 가져오지 못했습니다',
  ErrImagePull: '이미지를 가져오지 못했습니다',
  InvalidImageName: '이미지 이름이 올바르지 않습니다',
  ErrImageNeverPull: '이미지를 가져올 수 없도록 설정되어 있습니다',
  CrashLoopBackOff: '컨테이너가 시작하자마자 계속 종료됩니다',
  CreateContainerConfigError: '컨테이너 설정이 올바르지 않습니다',
  CreateContainerError: '컨테이너를 만들지 못했습니다',
  DeploymentNotFound: '롤아웃 중에 디플로이먼트가 사라졌습니다',
  kube_forbidden: '클러스터 권한(RBAC)이 부족합니다',
  kube_conflict: '동시에 다른 변경이 있었습니다',
  kube_invalid: '쿠버네티스가 잘못된 요청으로 거부했습니다',
  kube_unavailable: '쿠버네티스 API가 실패했습니다',
  kube_unauthorized: '클러스터가 자격 증명을 거부했습니다',
  cluster_unreachable: '쿠버네티스 API에 연결할 수 없습니다',
};
export const failureKo = (reason: string | undefined): string =>
  (reason && FAILURE_KO[reason]) || '알 수 없는 오류입니다';

const koStatus = (s: string) => STATUS_KO[s] ?? '알 수 없음';
const koState = (s: string) => STATE_KO[s] ?? '알 수 없음';

export const ANSWERS = {
  deployed: template(
    { app: 'word', environment: 'word', tag: 'word?' },
    (a) => `${a.environment}의 ${withJosa(a.app, '을/를')} ${a.tag ? `${a.tag} 버전으로 ` : ''}배포했습니다.`,
    (a) => `Deployed ${a.app}${a.tag ? `:${a.tag}` : ''} to ${a.environment}.`,
  ),
  scaled: template(
    { app: 'word', environment: 'word', replicas: 'number' },
    (a) => `${a.environment}의 ${withJosa(a.app, '을/를')} ${a.replicas}개로 스케일했습니다.`,
    (a) => `Scaled ${a.app} in ${a.environment} to ${a.replicas} replicas.`,
  ),
  rolledBack: template(
    { app: 'word', environment: 'word', revision: 'number?', tag: 'word?' },
    (a) =>
      `${a.environment}의 ${withJosa(a.app, '을/를')} ${
        a.revision !== undefined
          ? `리비전 ${withJosa(String(a.revision), '으로/로')}`
          : a.tag
            ? withJosa(a.tag, '으로/로')
            : '이전 버전으로'
      } 롤백했습니다.`,
    (a) =>
      `Rolled back ${a.app} in ${a.environment}${a.revision !== undefined ? ` to revision ${a.revision}` : a.tag ? ` to ${a.tag}` : ''}.`,
  ),
  restarted: template(
    { app: 'word', environment: 'word' },
    (a) => `${a.environment}의 ${withJosa(a.app, '을/를')} 재시작했습니다.`,
    (a) => `Restarted ${a.app} in ${a.environment}.`,
  ),
  deleted: template(
    { app: 'word', environment: 'word' },
    (a) => `${a.environment}의 ${withJosa(a.app, '을/를')} 삭제했습니다.`,
    (a) => `Deleted ${a.app} from ${a.environment}.`,
  ),
  failed: template(
    { app: 'word', environment: 'word', intent: 'intent', reason: 'text?', error: 'text?' },
    (a) => `${a.environment}의 ${a.app} ${intentKo(a.intent)}에 실패했습니다: ${failureKo(a.reason)}.`,
    (a) => `${intentEn(a.intent)} of ${a.app} in ${a.environment} failed: ${a.error ?? 'unknown error'}`,
  ),
  confirmationRequired: template(
    { app: 'word', environment: 'word', intent: 'intent', reasons: 'text' },
    (a) =>
      `${a.environment}의 ${a.app} ${withJosa(intentKo(a.intent), '은/는')} 위험한 작업입니다${a.reasons ? ` (${a.reasons})` : ''}. 계획을 확인하고 "네"라고 답하거나 같은 명령을 ${withJosa('confirmationToken', '와/과')} 함께 다시 보내면 실행합니다. "아니"라고 하면 취소합니다.`,
    (a) =>
      `${intentEn(a.intent)} of ${a.app} in ${a.environment} is destructive${a.reasons ? ` (${a.reasons})` : ''}. Review the plan, then answer "yes" (or send the same command with the confirmationToken) to go ahead, or "no" to cancel.`,
  ),
  dryRun: template(
    { app: 'word', environment: 'word', intent: 'intent', count: 'number' },
    (a) =>
      `드라이런: ${a.environment}의 ${a.app} ${intentKo(a.intent)}에는 쿠버네티스 요청 ${a.count}건이 필요합니다. 실제로 보내지는 않았습니다.`,
    (a) => `Dry run: ${a.count} Kubernetes request(s) would be made for ${a.app} in ${a.environment}.`,
  ),
  noClusterNotice: template(
    {},
    () =>
      '쿠버네티스 클러스터가 설정되어 있지 않아 아무것도 바꾸지 않았습니다. 보냈을 요청은 다음과 같습니다.',
    () => NO_CLUSTER_NOTICE,
  ),
  help: template(
    {},
    () =>
      '배포, 스케일, 롤백, 재시작, 상태, 로그, 목록, 배포 이력, 삭제를 말로 시킬 수 있습니다. 예: "web-app을 staging에 3개로 배포해줘". 전체 목록은 GET /api/v1/nlp/commands.',
    () =>
      'You can deploy, scale, roll back, restart, check status, read logs, list apps, read the deployment history and delete apps. E.g. "deploy web-app to staging with 3 replicas". Full list: GET /api/v1/nlp/commands.',
  ),
  askTag: template(
    { app: 'word', environment: 'word' },
    (a) =>
      `${withJosa(a.app, '을/를')} 어떤 태그(버전)로 배포할까요? 예: "${withJosa(`${a.app}:v1.0.0`, '을/를')} ${a.environment}에 배포해줘"`,
    (a) =>
      `Which tag (version) of ${a.app} should I deploy? E.g. "deploy ${a.app}:v1.0.0 to ${a.environment}"`,
  ),
  notDeployed: template(
    { app: 'word', environment: 'word' },
    (a) => `${a.environment}에 ${withJosa(a.app, '은/는')} 배포되어 있지 않습니다.`,
    (a) => `${a.app} is not deployed in ${a.environment}.`,
  ),
  status: template(
    { app: 'word', environment: 'word', state: 'text', ready: 'number', desired: 'number', tag: 'word?' },
    (a) =>
      `${a.environment}의 ${a.app}: ${koState(a.state)}, 준비된 복제본 ${a.ready}/${a.desired}${a.tag ? `, 태그 ${a.tag}` : ''}.`,
    (a) =>
      `${a.app} in ${a.environment}: ${a.state}, ${a.ready}/${a.desired} replicas ready${a.tag ? `, tag ${a.tag}` : ''}.`,
  ),
  logs: template(
    { app: 'word', environment: 'word', lines: 'number', pods: 'number' },
    (a) => `${a.environment}의 ${a.app} 로그 ${a.lines}줄 (파드 ${a.pods}개).`,
    (a) => `${a.lines} log line(s) of ${a.app} in ${a.environment} from ${a.pods} pod(s).`,
  ),
  noApps: template(
    { environment: 'word?' },
    (a) => `${a.environment ? `${a.environment}에 ` : ''}앱이 없습니다.`,
    (a) => `No apps${a.environment ? ` in ${a.environment}` : ''}.`,
  ),
  apps: template(
    { environment: 'word?', names: 'words' },
    (a) => `${a.environment ? `${a.environment}의 ` : ''}앱 ${a.names.length}개: ${a.names.join(', ')}`,
    (a) => `${a.names.length} app(s)${a.environment ? ` in ${a.environment}` : ''}: ${a.names.join(', ')}`,
  ),
  noHistory: template(
    { app: 'word?', environment: 'word?' },
    (a) => `${a.environment ? `${a.environment}의 ` : ''}${a.app ?? '전체 앱'} 배포 이력이 없습니다.`,
    (a) => `No deployment history for ${a.app ?? 'all apps'}${a.environment ? ` in ${a.environment}` : ''}.`,
  ),
  history: template(
    { app: 'word?', environment: 'word?', count: 'number', entries: 'words' },
    (a) =>
      `${a.environment ? `${a.environment}의 ` : ''}${a.app ?? '전체 앱'} 배포 이력 ${a.count}건 (최신순): ${a.entries.join('; ')}`,
    (a) =>
      `${a.count} record(s) for ${a.app ?? 'all apps'}${a.environment ? ` in ${a.environment}` : ''}, newest first: ${a.entries.join('; ')}`,
  ),
  historyEntry: template(
    { at: 'text', app: 'word?', environment: 'word', intent: 'intent', tag: 'word?', status: 'text' },
    (a) =>
      `${a.at} ${a.app ? `${a.app} ` : ''}${a.environment} ${intentKo(a.intent)}${a.tag ? ` ${a.tag}` : ''} ${koStatus(a.status)}`,
    (a) =>
      `${a.at} ${a.app ? `${a.app} ` : ''}${a.environment} ${a.intent}${a.tag ? ` ${a.tag}` : ''} ${a.status.replace('_', ' ')}`,
  ),
  // answers to a pending plan in the conversation
  nothingPending: template(
    {},
    () => '확인을 기다리는 작업이 없습니다.',
    () => 'Nothing is waiting for confirmation.',
  ),
  cancelled: template(
    { app: 'word', environment: 'word', intent: 'intent' },
    (a) =>
      `취소했습니다. ${a.environment}의 ${a.app} ${withJosa(intentKo(a.intent), '은/는')} 실행하지 않았습니다.`,
    (a) => `Cancelled: the ${intentEn(a.intent)} of ${a.app} in ${a.environment} was not run.`,
  ),
  noOperation: template(
    {},
    () => '실행할 작업이 없습니다.',
    () => 'There is nothing to do.',
  ),
  // plan summaries (the English one is the deployments module's own `plan.summary`)
  planDeploy: template(
    { image: 'word', environment: 'word', namespace: 'text', replicas: 'number' },
    (a) =>
      `${a.environment}(${a.namespace})에 ${withJosa(a.image, '을/를')} 복제본 ${a.replicas}개로 배포합니다.`,
    (a) => `Deploy ${a.image} to ${a.environment} (${a.namespace}) with ${a.replicas} replica(s)`,
  ),
  planRollback: template(
    { app: 'word', environment: 'word', image: 'word', revision: 'number?' },
    (a) =>
      `${a.environment}의 ${withJosa(a.app, '을/를')} ${withJosa(`${a.image}${a.revision ? ` (리비전 ${a.revision})` : ''}`, '으로/로')} 롤백합니다.`,
    (a) =>
      `Roll back ${a.app} in ${a.environment} to ${a.image}${a.revision ? ` (revision ${a.revision})` : ''}`,
  ),
  planScale: template(
    { app: 'word', environment: 'word', from: 'number?', to: 'number' },
    (a) => `${a.environment}의 ${a.app} 복제본을 ${a.from ?? '?'}개에서 ${a.to}개로 조정합니다.`,
    (a) => `Scale ${a.app} in ${a.environment} from ${a.from ?? '?'} to ${a.to} replica(s)`,
  ),
  planRestart: template(
    { app: 'word', environment: 'word', replicas: 'number?' },
    (a) => `${a.environment}의 ${a.app} 파드를 차례로 재시작합니다 (복제본 ${a.replicas ?? '?'}개).`,
    (a) => `Rolling restart of ${a.app} in ${a.environment} (${a.replicas ?? '?'} replica(s))`,
  ),
  planDelete: template(
    { app: 'word', environment: 'word', namespace: 'text' },
    (a) =>
      `${a.environment}에서 ${withJosa(a.app, '을/를')} 제거합니다 (${a.namespace}의 디플로이먼트와 서비스).`,
    (a) => `Remove ${a.app} from ${a.environment} (Deployment and Service in ${a.namespace})`,
  ),
  reasonProduction: template(
    {},
    () => '운영 환경',
    () => 'production environment',
  ),
  reasonDelete: template(
    {},
    () => '환경에서 앱을 제거',
    () => 'removes the app from the environment',
  ),
  reasonRollback: template(
    {},
    () => '롤백',
    () => 'rollback',
  ),
  reasonZeroReplicas: template(
    {},
    () => '복제본이 0개가 됨',
    () => 'leaves zero replicas',
  ),
  reasonOther: template(
    {},
    () => '되돌리기 어려운 변경',
    () => 'hard to undo',
  ),
  // MCP tool texts
  mcpConfirm: template(
    { token: 'text' },
    (a) =>
      `아직 아무것도 바꾸지 않았습니다. 진행하려면 같은 명령과 confirmationToken "${a.token}"을 넣어 process_command를 다시 호출하거나, 이 세션에서 "네"라고 답하세요.`,
    (a) =>
      `Nothing was changed yet. To proceed, call process_command again with the same command and confirmationToken "${a.token}", or answer "yes" in this session.`,
  ),
  mcpInterpretation: template(
    { intent: 'intent', entities: 'text', confidence: 'text', confirmation: 'text?' },
    (a) =>
      `${intentKo(a.intent)}${a.entities ? ` (${a.entities})` : ''}, 확신도 ${a.confidence}${a.confirmation ? '; 실행하려면 확인이 필요합니다' : ''}. 아무것도 실행하지 않았습니다.`,
    (a) =>
      `${a.intent}${a.entities ? ` (${a.entities})` : ''}, confidence ${a.confidence}${a.confirmation ? '; would need confirmation' : ''}. Nothing was executed.`,
  ),
  mcpAmbiguous: template(
    { intent: 'intent', entities: 'text', confidence: 'text', clarification: 'text?' },
    (a) =>
      `모호합니다: ${intentKo(a.intent)}${a.entities ? ` (${a.entities})` : ''}, 확신도 ${a.confidence}. ${a.clarification ?? ''}`.trim(),
    (a) =>
      `Ambiguous: ${a.intent}${a.entities ? ` (${a.entities})` : ''}, confidence ${a.confidence}. ${a.clarification ?? ''}`.trim(),
  ),
} satisfies Record<string, AnyTemplate>;

type Entities = Interpretation['entities'];

/** The answer to an operation's outcome (executed, failed, confirmation required, dry run). */
export function outcomeMessage(i: Interpretation, outcome: OperationOutcome, lang: Language): string {
  const e: Entities = i.entities;
  const base = { app: e.app ?? '', environment: e.environment ?? '' };
  if (outcome.kind === 'confirmation_required') {
    return render(
      ANSWERS.confirmationRequired,
      { ...base, intent: i.intent, reasons: destructiveReasons(outcome.plan, lang).join(', ') },
      lang,
    );
  }
  if (outcome.kind === 'dry_run')
    return render(ANSWERS.dryRun, { ...base, intent: i.intent, count: outcome.requests.length }, lang);
  const r = outcome.record;
  if (r.status === 'failed') {
    return render(
      ANSWERS.failed,
      { ...base, intent: i.intent, reason: r.reason ?? undefined, error: r.error ?? undefined },
      lang,
    );
  }
  switch (i.intent) {
    case 'deploy':
      return render(ANSWERS.deployed, { ...base, tag: e.tag }, lang);
    case 'scale':
      return render(ANSWERS.scaled, { ...base, replicas: e.replicas ?? r.replicasAfter ?? 0 }, lang);
    case 'rollback':
      return render(ANSWERS.rolledBack, { ...base, revision: e.revision, tag: e.tag }, lang);
    case 'restart':
      return render(ANSWERS.restarted, base, lang);
    default:
      return render(ANSWERS.deleted, base, lang);
  }
}

/** Each reason the destructive rule names, as a person reads it (compile-time complete over the rule's reasons). */
const REASON_TEXTS: Record<DestructiveReason, typeof ANSWERS.reasonOther> = {
  [DESTRUCTIVE_REASONS.production]: ANSWERS.reasonProduction,
  [DESTRUCTIVE_REASONS.delete]: ANSWERS.reasonDelete,
  [DESTRUCTIVE_REASONS.rollback]: ANSWERS.reasonRollback,
  [DESTRUCTIVE_REASONS.zeroReplicas]: ANSWERS.reasonZeroReplicas,
};

/**
 * Why a plan needs confirmation, said in `lang`: the reasons the deployments rule gave, each translated, so the
 * rule is decided in one place. A reason this table does not know is still said (never left in English).
 */
export function destructiveReasons(plan: OperationPlan, lang: Language): string[] {
  if (lang === 'en') return plan.destructiveBecause;
  return plan.destructiveBecause.map((reason) =>
    render(REASON_TEXTS[reason as DestructiveReason] ?? ANSWERS.reasonOther, {}, lang),
  );
}

/** The plan as shown to a person: its summary and reasons in `lang` (what is confirmed is unchanged). */
export function localizePlan(plan: OperationPlan, lang: Language): OperationPlan {
  if (lang === 'en') return plan;
  const c = plan.changes as {
    image?: { to?: string };
    replicas?: { from?: number | null; to?: number | null } | number | null;
    targetRevision?: number | null;
  };
  const replicas = typeof c.replicas === 'object' && c.replicas !== null ? c.replicas : undefined;
  const base = { app: plan.app, environment: plan.environment };
  let summary: string;
  switch (plan.operation) {
    case 'deploy':
      summary = render(
        ANSWERS.planDeploy,
        {
          image: c.image?.to ?? plan.app,
          environment: plan.environment,
          namespace: plan.namespace,
          replicas: replicas?.to ?? 0,
        },
        lang,
      );
      break;
    case 'rollback':
      summary = render(
        ANSWERS.planRollback,
        { ...base, image: c.image?.to ?? plan.app, revision: c.targetRevision ?? undefined },
        lang,
      );
      break;
    case 'scale':
      summary = render(
        ANSWERS.planScale,
        { ...base, from: replicas?.from ?? undefined, to: replicas?.to ?? 0 },
        lang,
      );
      break;
    case 'restart':
      summary = render(
        ANSWERS.planRestart,
        { ...base, replicas: typeof c.replicas === 'number' ? c.replicas : undefined },
        lang,
      );
      break;
    default:
      summary = render(ANSWERS.planDelete, { ...base, namespace: plan.namespace }, lang);
  }
  return { ...plan, summary, destructiveBecause: destructiveReasons(plan, lang) };
}

/** The outcome as returned to a person: plan texts and the no-cluster notice in `lang`. */
export function localizeOutcome(outcome: OperationOutcome, lang: Language): OperationOutcome {
  if (lang === 'en') return outcome;
  if (outcome.kind === 'confirmation_required') return { ...outcome, plan: localizePlan(outcome.plan, lang) };
  if (outcome.kind === 'dry_run' && outcome.notice)
    return { ...outcome, notice: render(ANSWERS.noClusterNotice, {}, lang) };
  return outcome;
}

export function statusMessage(s: AppStatus, lang: Language): string {
  if (!s.deployed) return render(ANSWERS.notDeployed, { app: s.app, environment: s.environment }, lang);
  return render(
    ANSWERS.status,
    {
      app: s.app,
      environment: s.environment,
      state: s.state,
      ready: s.replicas.ready,
      desired: s.replicas.desired,
      tag: s.tag ?? undefined,
    },
    lang,
  );
}

export function logsMessage(l: LogsResult, lang: Language): string {
  const lines = l.pods.reduce((sum, p) => sum + p.lines.length, 0);
  return render(ANSWERS.logs, { app: l.app, environment: l.environment, lines, pods: l.pods.length }, lang);
}

export function listMessage(
  apps: AppStatus[] | AppOverview[],
  environment: string | undefined,
  lang: Language,
): string {
  const names = apps.map((a) => ('name' in a ? a.name : a.app));
  return names.length === 0
    ? render(ANSWERS.noApps, { environment }, lang)
    : render(ANSWERS.apps, { environment, names }, lang);
}

/** At most this many records are spelled out in the message (the result carries them all). */
const HISTORY_SHOWN = 5;

export function historyMessage(
  items: DeploymentRecord[],
  app: string | undefined,
  environment: string | undefined,
  lang: Language,
): string {
  if (items.length === 0) return render(ANSWERS.noHistory, { app, environment }, lang);
  const entries = items.slice(0, HISTORY_SHOWN).map((r) =>
    render(
      ANSWERS.historyEntry,
      {
        at: r.createdAt.slice(0, 16).replace('T', ' '),
        app: app ? undefined : r.app,
        environment: r.environment,
        intent: r.operation,
        tag: r.tag ?? undefined,
        status: r.status,
      },
      lang,
    ),
  );
  return render(ANSWERS.history, { app, environment, count: items.length, entries }, lang);
}

export function helpMessage(lang: Language): string {
  return render(ANSWERS.help, {}, lang);
}

export function askTagMessage(app: string, environment: string, lang: Language): string {
  return render(ANSWERS.askTag, { app, environment }, lang);
}

export function nothingPendingMessage(lang: Language): string {
  return render(ANSWERS.nothingPending, {}, lang);
}

export function cancelledMessage(intent: string, app: string, environment: string, lang: Language): string {
  return render(ANSWERS.cancelled, { intent, app, environment }, lang);
}

export function noOperationMessage(lang: Language): string {
  return render(ANSWERS.noOperation, {}, lang);
}
