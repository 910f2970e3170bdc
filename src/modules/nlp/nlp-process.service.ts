import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error.js';
import { InsufficientScopeError } from '../auth/auth.errors.js';
import type { Principal } from '../auth/principal.js';
import { missingScopes, OPERATION_SCOPES, type ScopedOperation } from '../auth/scopes.js';
import type {
  AppOverview,
  AppStatus,
  LogsResult,
  OperationKind,
  OperationOutcome,
  OperationRequest,
} from '../deployments/deployments.contract.js';
import type { DeploymentsService } from '../deployments/deployments.service.js';
import { withJosa } from './interpreter/korean.js';
import { describeIntent } from './interpreter/messages.js';
import type { Interpretation, Language } from './interpreter/types.js';
import { NlpService, type InterpretResponse } from './nlp.service.js';

/** What /process needs of the deployments module (provided by DeploymentsService). */
export type NlpOperations = Pick<DeploymentsService, 'run' | 'status' | 'logs' | 'statusMany' | 'overview'>;
export const NLP_OPERATIONS = Symbol('NLP_OPERATIONS');

export type ProcessResult =
  | OperationOutcome
  | { kind: 'clarification_needed'; missing?: string[] }
  | { kind: 'not_an_operation' }
  | { kind: 'status'; status: AppStatus }
  | { kind: 'logs'; logs: LogsResult }
  | { kind: 'list'; environment: string | null; apps: AppStatus[] | AppOverview[] }
  | { kind: 'failed'; error: { code: string; message: string } };

export interface ProcessResponse {
  interpretation: InterpretResponse;
  result: ProcessResult;
  message: string;
}

const EXECUTABLE = new Set<string>(['deploy', 'scale', 'rollback', 'restart', 'delete']);

/**
 * POST /api/v1/nlp/process: interpret, then act on what is unambiguous — operations through
 * DeploymentsService.run (same confirmation rule: destructive → plan + token), status/logs/list through
 * the deployments service's read methods. The reply message is in the command's language.
 */
@Injectable()
export class NlpProcessService {
  constructor(
    private readonly nlp: NlpService,
    @Inject(NLP_OPERATIONS) private readonly operations: NlpOperations,
  ) {}

  async process(
    principal: Principal,
    input: {
      command: string;
      projectName?: string;
      sessionId?: string;
      confirmationToken?: string;
      dryRun?: boolean;
    },
  ): Promise<ProcessResponse> {
    const { response, interpretation } = await this.nlp.interpret(principal, input, 'process');
    const lang = interpretation.language;
    const reply = async (result: ProcessResult, message: string): Promise<ProcessResponse> => {
      await this.nlp.recordOutcome(response.interactionId, result);
      return { interpretation: response, result, message };
    };

    // nothing ambiguous is ever executed
    if (interpretation.ambiguous)
      return reply({ kind: 'clarification_needed' }, interpretation.clarification ?? '');
    if (interpretation.intent === 'help' || interpretation.intent === 'unknown') {
      return reply({ kind: 'not_an_operation' }, notAnOperation(interpretation, lang));
    }
    const e = interpretation.entities;
    try {
      // The channel scope (nlp:execute) let the command in; what it does needs its own scope too.
      const needed = OPERATION_SCOPES[interpretation.intent as ScopedOperation];
      if (needed && missingScopes(principal.scopes, [needed]).length > 0)
        throw new InsufficientScopeError(
          [needed],
          principal.scopes,
          undefined,
          `${interpretation.intent} through a natural-language command`,
        );
      if (interpretation.intent === 'status') {
        const status = await this.operations.status(e.app!, e.environment!);
        return await reply({ kind: 'status', status }, statusMessage(status, lang));
      }
      if (interpretation.intent === 'logs') {
        const logs = await this.operations.logs(e.app!, e.environment!, { lines: e.lines });
        return await reply({ kind: 'logs', logs }, logsMessage(logs, lang));
      }
      if (interpretation.intent === 'list') {
        const apps = e.environment
          ? await this.operations.statusMany(e.environment)
          : await this.operations.overview();
        return await reply(
          { kind: 'list', environment: e.environment ?? null, apps },
          listMessage(apps, e.environment, lang),
        );
      }
      if (!EXECUTABLE.has(interpretation.intent)) return await reply({ kind: 'not_an_operation' }, '');

      // a deploy without a tag redeploys the tag running there now; with nothing running, ask for it
      let tag = e.tag;
      if (interpretation.intent === 'deploy' && tag === undefined) {
        tag = (await this.operations.status(e.app!, e.environment!).catch(() => null))?.tag ?? undefined;
        if (tag === undefined) {
          return await reply(
            { kind: 'clarification_needed', missing: ['tag'] },
            lang === 'ko'
              ? `${withJosa(e.app!, '을/를')} 어떤 태그(버전)로 배포할까요? 예: "${e.app}:v1.0.0을 ${e.environment}에 배포해줘"`
              : `Which tag (version) of ${e.app} should I deploy? E.g. "deploy ${e.app}:v1.0.0 to ${e.environment}"`,
          );
        }
      }
      const request: OperationRequest = {
        app: e.app!,
        environment: e.environment!,
        operation: interpretation.intent as OperationKind,
        ...(tag !== undefined ? { tag } : {}),
        ...(e.replicas !== undefined ? { replicas: e.replicas } : {}),
        ...(e.revision !== undefined ? { revision: e.revision } : {}),
        ...(input.dryRun ? { dryRun: true } : {}),
        ...(input.confirmationToken ? { confirmationToken: input.confirmationToken } : {}),
      };
      const outcome = await this.operations.run(request, { userId: principal.userId, source: 'nlp' });
      return await reply(
        outcome,
        outcomeMessage({ ...interpretation, entities: { ...e, tag } }, outcome, lang),
      );
    } catch (err) {
      if (err instanceof AppError) {
        await this.nlp.recordOutcome(response.interactionId, {
          kind: 'failed',
          error: { code: err.code, message: err.message },
        });
      }
      throw err;
    }
  }
}

function target(i: Interpretation, lang: Language): string {
  const { app = '', environment = '' } = i.entities;
  return lang === 'ko' ? `${environment}의 ${app}` : `${app} in ${environment}`;
}

function doneKo(i: Interpretation): string {
  const e = i.entities;
  const t = `${e.environment}의 ${withJosa(e.app ?? '', '을/를')}`;
  switch (i.intent) {
    case 'deploy':
      return `${t} ${e.tag ? `${e.tag} 버전으로 ` : ''}배포했습니다.`;
    case 'scale':
      return `${t} ${e.replicas}개로 스케일했습니다.`;
    case 'rollback':
      return `${t} ${e.revision !== undefined ? `리비전 ${e.revision}으로` : e.tag ? withJosa(e.tag, '으로/로') : '이전 버전으로'} 롤백했습니다.`;
    case 'restart':
      return `${t} 재시작했습니다.`;
    default:
      return `${t} 삭제했습니다.`;
  }
}

function doneEn(i: Interpretation): string {
  const e = i.entities;
  switch (i.intent) {
    case 'deploy':
      return `Deployed ${e.app}${e.tag ? `:${e.tag}` : ''} to ${e.environment}.`;
    case 'scale':
      return `Scaled ${e.app} in ${e.environment} to ${e.replicas} replicas.`;
    case 'rollback':
      return `Rolled back ${e.app} in ${e.environment}${e.revision !== undefined ? ` to revision ${e.revision}` : e.tag ? ` to ${e.tag}` : ''}.`;
    case 'restart':
      return `Restarted ${e.app} in ${e.environment}.`;
    default:
      return `Deleted ${e.app} from ${e.environment}.`;
  }
}

export function outcomeMessage(i: Interpretation, outcome: OperationOutcome, lang: Language): string {
  if (outcome.kind === 'confirmation_required') {
    const why = outcome.plan.destructiveBecause.join(', ');
    return lang === 'ko'
      ? `${target(i, lang)} ${describeIntent(i.intent, 'ko')}는 위험한 작업입니다${why ? ` (${why})` : ''}. 계획을 확인하고 같은 명령을 confirmationToken과 함께 다시 보내면 실행합니다.`
      : `${describeIntent(i.intent, 'en')} of ${target(i, lang)} is destructive${why ? ` (${why})` : ''}. Review the plan and send the same command with the confirmationToken to go ahead.`;
  }
  if (outcome.kind === 'dry_run') {
    return lang === 'ko'
      ? `드라이런: ${target(i, lang)} ${describeIntent(i.intent, 'ko')} 요청 ${outcome.requests.length}건을 보낼 예정입니다.`
      : `Dry run: ${outcome.requests.length} Kubernetes request(s) would be made for ${target(i, lang)}.`;
  }
  const r = outcome.record;
  if (r.status === 'failed') {
    return lang === 'ko'
      ? `${target(i, lang)} ${describeIntent(i.intent, 'ko')}에 실패했습니다: ${r.error ?? '알 수 없는 오류'}`
      : `${describeIntent(i.intent, 'en')} of ${target(i, lang)} failed: ${r.error ?? 'unknown error'}`;
  }
  return lang === 'ko' ? doneKo(i) : doneEn(i);
}

function notAnOperation(i: Interpretation, lang: Language): string {
  if (i.intent === 'help') {
    return lang === 'ko'
      ? '배포, 스케일, 롤백, 재시작, 상태, 로그, 목록, 삭제를 말로 시킬 수 있습니다. 예: "web-app을 staging에 3개로 배포해줘". 전체 목록은 GET /api/v1/nlp/commands.'
      : 'You can deploy, scale, roll back, restart, check status, read logs, list and delete apps. E.g. "deploy web-app to staging with 3 replicas". Full list: GET /api/v1/nlp/commands.';
  }
  return i.clarification ?? '';
}

function statusMessage(s: AppStatus, lang: Language): string {
  const r = s.replicas;
  if (!s.deployed) {
    return lang === 'ko'
      ? `${s.environment}에 ${withJosa(s.app, '은/는')} 배포되어 있지 않습니다.`
      : `${s.app} is not deployed in ${s.environment}.`;
  }
  return lang === 'ko'
    ? `${s.environment}의 ${s.app}: ${s.state}, 준비된 복제본 ${r.ready}/${r.desired}${s.tag ? `, 태그 ${s.tag}` : ''}.`
    : `${s.app} in ${s.environment}: ${s.state}, ${r.ready}/${r.desired} replicas ready${s.tag ? `, tag ${s.tag}` : ''}.`;
}

function logsMessage(l: LogsResult, lang: Language): string {
  const n = l.pods.reduce((sum, p) => sum + p.lines.length, 0);
  return lang === 'ko'
    ? `${l.environment}의 ${l.app} 로그 ${n}줄 (파드 ${l.pods.length}개).`
    : `${n} log line(s) of ${l.app} in ${l.environment} from ${l.pods.length} pod(s).`;
}

function listMessage(
  apps: AppStatus[] | AppOverview[],
  environment: string | undefined,
  lang: Language,
): string {
  const names = apps.map((a) => ('name' in a ? a.name : a.app));
  if (lang === 'ko') {
    return names.length === 0
      ? `${environment ? `${environment}에 ` : ''}앱이 없습니다.`
      : `${environment ? `${environment}의 ` : ''}앱 ${names.length}개: ${names.join(', ')}`;
  }
  return names.length === 0
    ? `No apps${environment ? ` in ${environment}` : ''}.`
    : `${names.length} app(s)${environment ? ` in ${environment}` : ''}: ${names.join(', ')}`;
}
