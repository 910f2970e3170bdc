import { ENV_BY_ALIAS, ENV_PATTERN } from './lexicon.js';
import type { NlpEnvironment } from './types.js';

/**
 * Machine output and other people's lines pasted into a message on lines of their own (blind round 128): kubectl's tables and errors, a shell
 * prompt, alerts, CI and bot notices, stack traces, log lines. Their words are never the person's order —
 * "rollback complete: cart-api staging now at revision 12 / fyi" rolls nothing back, "[FIRING:2] … production …" names
 * no place — but "이거 재시작해줘", "bounce it" under a paste point at the one app it names.
 */
/**
 * Someone else's words pasted in: a quoted line ("> restart api-server on prod") or a chat log's line ("[09:03] 가은:
 * stg web-app 롤백 ㄱ") — the person's own lines are the rest (blind round 153); a message of that one line alone
 * orders nothing itself (asked back, round 161c).
 */
export const OTHERS_LINE =
  /^\s*>\s?\S|^\s*\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\]\s*[^\s:\]\d][^\s:\]]{0,19}(?:\s[^\s:\]\d][^\s:\]]{0,9}){0,2}\s?:/i;
/**
 * A commit's title on a line of its own among the person's lines: "chore: bump batch-job to 1.12.0" (round 217). Alone,
 * the same shape is how some write their own orders ("feat(web-app): 스테이징에 v8.2.0 배포", round 51): read.
 */
const COMMIT_TITLE =
  /^\s*(?:chore|feat|fix|build|refactor|docs|perf|test|style|revert)(?:\([^)\n]*\))?!?:\s/i;
const MACHINE_LINE = [
  OTHERS_LINE,
  // a change form's fallback: "Rollback plan: Redeploy 5.6.2.", "원복 계획: 5.6.2 재배포" — what would be done if it failed
  /^\s*(?:(?:rollback|roll-back|backout|back-out|fallback|revert|contingency)\s+plan|(?:롤백|원복|복구|비상)\s?(?:계획|방안|절차|플랜))\s*:/i,
  COMMIT_TITLE,
  // "$ kubectl get pods -n staging"
  /^\s*\$\s+\S/,
  // kubectl's columns: "NAME   READY   STATUS", "worker-9c4-tt8s   0/1   CrashLoopBackOff   7   20m"
  /\S(?: {3,}|\t)\S+(?: {2,}|\t)\S/,
  // the same table with its spaces squeezed by a chat app: "NAME  READY  STATUS", "worker-5f7c  0/1  OOMKilled  3  7m"
  /^\s*NAME\s+READY\s+STATUS(?![a-z])|^\s*[a-z0-9][a-z0-9.-]*\s+\d+\/\d+\s+[A-Z][A-Za-z]+(?:\s+\d+){1,2}(?:\s+\(\S+\s+ago\))?\s+\d+[smhd]/i,
  // stack traces: "java.lang.OutOfMemoryError: …", "\tat kr.….list(LoanService.java:142)", "Traceback (most recent …"
  /^\s*(?:at\s+[\w.$<>]+\s?\(|Traceback\s\(|File\s+"|Caused\s+by:|[a-z]\w*(?:\.\w+)+(?:Error|Exception)\b)/,
  // "[klepaas] …", "🔴 [Alertmanager] FIRING:1 …", "[배포봇] …", "[FIRING:2] …"
  /^\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*\[[^\]\n]*(?:봇|bot|klepaas|alert|firing|resolved|jenkins|argo|github|gitlab|pagerduty|grafana|prometheus|datadog|sentry|monitor|모니터링|알림)[^\]\n]*\]/iu,
  // "klepaas: …", "CI: deploy to production failed …", "Jenkins: …", "HPA order-api: …", "Error from server (…): …"
  /^\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*(?:klepaas|ci|cd|jenkins|circleci|github\s+actions|gitlab(?:\s+ci)?|argo\s?cd|pagerduty|alertmanager|grafana|datadog|sentry|hpa(?:\s+[\w-]+)?|error\s+from\s+server(?:\s+\([^)]*\))?|error|warning|fatal|panic)(?::|\s+[—–]\s)/iu,
  // "deploy failed on prod: …", "auto-rollback triggered: …", "rollback complete: …"
  /^[^:\n]{0,60}(?<![a-z])(?:failed|succeeded|complete|completed|triggered|finished|timed\s+out|firing|resolved)(?![a-z])[^:\n]{0,30}:/i,
  // "batch-job staging revision 8: CreateContainerConfigError (…)": a Kubernetes reason after a colon
  /^[^\n]{0,80}:\s*[A-Z][a-z]+(?:[A-Z][a-z]*){2,}(?![a-z])/,
  // "auth-service (production): Back-off restarting failed container"
  /^\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)*[a-z][a-z0-9-]+\s+\((?:production|prod|staging|stg|dev|development)\)\s*:/iu,
  // log lines: "2032-11-17T22:14:03Z …", "[22:14:03] …", "ERROR …"
  /^\s*(?:\d{4}-\d{2}-\d{2}[T\s]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}|(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\b)/,
  // "✅ web-app 2.7.4 → staging 배포 완료 (by 서린)", "⚠️ worker (staging) 재시작 횟수 5회 — OOMKilled"
  /^\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)+.*(?:\(by\s|배포\s?완료|실패|failed|succeeded|OOMKilled|CrashLoopBackOff|BackOff)/iu,
];

const isMachineLine = (line: string): boolean => MACHINE_LINE.some((re) => re.test(line));

/** "이거", "그거를", "이 앱" / "it", "that", "this one": the person points at what was pasted. */
const REFERENT_KO =
  /(?<![가-힣])(?:이거|그거|이것|그것|얘|걔|이\s?앱|그\s?앱|이\s?커밋|그\s?커밋|이\s?릴리[스즈])(?:을|를|은|는|이|가|도)?(?![가-힣])/;
const REFERENT_EN = /(?<![a-z'-])(?:it|that|this(?:\s+one)?|(?:this|that)\s+(?:commit|release))(?![a-z'-])/i;
const KOREAN_PLACE: Record<NlpEnvironment, string> = {
  development: '개발',
  staging: '스테이징',
  production: '운영',
};

/** "그거 똑같이", "the same one", "이 커밋을", "that release": what the person asks for is what the pasted lines say. */
const SAME_AS_PASTED =
  /똑같이|같은\s?(?:거|걸|것|버전)|(?:이|그)\s?(?:커밋|릴리[스즈])|(?<![a-z])(?:same|(?:this|that)\s+(?:commit|release))(?![a-z])/;
const VERSIONS = /(?<![\w.-])v?\d+\.\d+(?:\.\d+)?(?![\w.])/g;
const ONE_VERSION = new RegExp(VERSIONS.source);

/** The person's own lines of a message with machine output pasted in, and the pasted lines. */
function splitPasted(text: string): { own: string; pasted: string } | null {
  if (!text.includes('\n')) return null;
  const lines = text.split('\n');
  const machine = lines.map(isMachineLine);
  if (!machine.includes(true)) return null;
  return {
    own: lines.filter((_, k) => !machine[k]).join('\n'),
    pasted: lines.filter((_, k) => machine[k]).join('\n'),
  };
}

/** How many registered apps a paste names, the app when it is one, and its environment when it names one. */
function namedIn(
  pasted: string,
  knownApps: ReadonlySet<string>,
): { app?: string; apps: number; environment?: NlpEnvironment } {
  const lowered = pasted.toLowerCase();
  const apps = [...knownApps].filter((app) => new RegExp(`(?<![a-z0-9])${app}(?![a-z0-9])`).test(lowered));
  const environments = new Set(
    [...lowered.matchAll(ENV_PATTERN)]
      .map((m) => ENV_BY_ALIAS.get(m[1] ?? m[2] ?? ''))
      .filter((e): e is NlpEnvironment => e !== undefined),
  );
  return {
    apps: apps.length,
    ...(apps.length === 1 ? { app: apps[0] } : {}),
    ...(environments.size === 1 ? { environment: [...environments][0] } : {}),
  };
}

/**
 * The message as the person wrote it: pasted machine output left out, and a word pointing at the paste ("이거",
 * "it") read as the app and place it names when the person names none. Unchanged when nothing was pasted.
 */
export function asOwnWords(text: string, knownApps?: ReadonlySet<string>): string {
  const split = splitPasted(text);
  if (!split) return text;
  const { own, pasted } = split;
  if (!knownApps || knownApps.size === 0) return own;
  const lowered = own.toLowerCase();
  if ([...knownApps].some((app) => lowered.includes(app))) return own;
  const { app, apps, environment } = namedIn(pasted, knownApps);
  // a paste of several apps' pods is what the conversation goes on about ("그 CrashLoop 난 것을 재시작하십시오"): kept
  if (apps > 1) return text;
  if (!app) return own;
  // "> staging의 frontend를 2.6.4로 배포했습니다 / 운영에도 그거 똑같이 deploy 해줘": the same release as the one quoted
  // "chore: bump web-app to 2.3.1 / ship it to staging": a commit pasted is its version
  const ofTheVersion = SAME_AS_PASTED.test(lowered) || pasted.split('\n').some((l) => COMMIT_TITLE.test(l));
  const version = ofTheVersion ? ONE_VERSION.exec(pasted)?.[0] : undefined;
  const named = version && [...pasted.matchAll(VERSIONS)].length === 1 ? `${app} ${version}` : app;
  const ownPlace = [...lowered.matchAll(ENV_PATTERN)].length > 0;
  const korean = REFERENT_KO.exec(own);
  if (korean) {
    const place = environment && !ownPlace ? `${KOREAN_PLACE[environment]} ` : '';
    const particle = /[을를]$/.test(korean[0]) ? '를' : '';
    return `${own.slice(0, korean.index)}${place}${named}${particle}${own.slice(korean.index + korean[0].length)}`;
  }
  const english = REFERENT_EN.exec(own);
  if (english) {
    const place = environment && !ownPlace ? ` on ${environment}` : '';
    return `${own.slice(0, english.index)}${named}${place}${own.slice(english.index + english[0].length)}`;
  }
  return own;
}
