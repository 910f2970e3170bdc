import { render, template, type AnyTemplate } from '../../../common/i18n/templates.js';
import { INTENT_ENTITIES } from './intents.js';
import { withJosa } from './korean.js';
import type { EntityName, Entities, Intent, Language } from './types.js';

/**
 * The readings of a command that reads more than one way, offered back: the question names each, an app the command
 * did not name left a blank to fill ("(앱 이름)을 이전 버전으로 롤백해줘"), never one of ours it did not say; the
 * suggestions are only the readings that can be sent as they stand.
 */
export function offerAlternatives(
  readings: readonly { intent: Intent; entities: Entities }[],
  lang: Language,
): { clarification: string; suggestions: string[] } {
  const blank = lang === 'ko' ? '(앱 이름)' : '(app name)';
  const appNotSaid = (r: { intent: Intent; entities: Entities }) =>
    r.entities.app === undefined && INTENT_ENTITIES[r.intent].required.includes('app');
  const described = readings.map((r) =>
    renderCommand(r.intent, appNotSaid(r) ? { ...r.entities, app: blank } : r.entities, lang),
  );
  const suggestions = readings
    .filter((r) => !appNotSaid(r))
    .map((r) => renderCommand(r.intent, r.entities, lang));
  return {
    clarification: askAlternatives([...new Set(described)], lang),
    suggestions: [...new Set(suggestions)],
  };
}

/** A complete command (in the user's language) that the interpreter reads back as `intent` + `entities`. */
export function renderCommand(intent: Intent, e: Entities, lang: Language): string {
  const app = e.app ?? 'web-app';
  const env = e.environment;
  if (lang === 'ko') {
    const inEnv = env ? `${env}의 ` : '';
    switch (intent) {
      case 'deploy':
        return `${withJosa(e.tag ? `${app}:${e.tag}` : app, '을/를')} ${env ? `${env}에 ` : ''}${e.replicas !== undefined ? `${e.replicas}개로 ` : ''}배포해줘`;
      case 'scale':
        return `${inEnv}${withJosa(app, '을/를')} ${e.replicas ?? 3}개로 스케일해줘`;
      case 'rollback':
        return `${inEnv}${withJosa(app, '을/를')} ${e.revision !== undefined ? `리비전 ${withJosa(String(e.revision), '으로/로')}` : e.tag ? `${withJosa(e.tag, '으로/로')}` : '이전 버전으로'} 롤백해줘`;
      case 'restart':
        return `${inEnv}${app} 재시작해줘`;
      case 'status':
        return `${inEnv}${app} 상태 보여줘`;
      case 'logs':
        return `${inEnv}${app} 로그 ${e.lines ?? 100}줄 보여줘`;
      case 'list':
        return `${env ? `${env} ` : ''}앱 목록 보여줘`;
      case 'history':
        return `${inEnv}${e.app ? `${e.app} ` : ''}배포 이력 보여줘`;
      case 'delete':
        return `${inEnv}${withJosa(app, '을/를')} 삭제해줘`;
      default:
        return '도움말';
    }
  }
  const inEnv = env ? ` in ${env}` : '';
  switch (intent) {
    case 'deploy':
      return `deploy ${e.tag ? `${app}:${e.tag}` : app}${env ? ` to ${env}` : ''}${e.replicas !== undefined ? ` with ${e.replicas} replicas` : ''}`;
    case 'scale':
      return `scale ${app} to ${e.replicas ?? 3} replicas${inEnv}`;
    case 'rollback':
      return `roll back ${app}${inEnv} to ${e.revision !== undefined ? `revision ${e.revision}` : e.tag ? e.tag : 'the previous version'}`;
    case 'restart':
      return `restart ${app}${inEnv}`;
    case 'status':
      return `show the status of ${app}${inEnv}`;
    case 'logs':
      return `show the last ${e.lines ?? 100} log lines of ${app}${inEnv}`;
    case 'list':
      return `list apps${inEnv}`;
    case 'history':
      return `show the deployment history${e.app ? ` of ${app}` : ''}${inEnv}`;
    case 'delete':
      return `delete ${app}${inEnv}`;
    default:
      return 'help';
  }
}

export const ENTITY_KO: Record<EntityName, string> = {
  app: '앱 이름',
  environment: '환경',
  replicas: '복제본 수',
  tag: '태그',
  revision: '리비전',
  lines: '로그 줄 수',
};
export const INTENT_KO: Record<Intent, string> = {
  deploy: '배포',
  scale: '스케일',
  rollback: '롤백',
  restart: '재시작',
  status: '상태 조회',
  logs: '로그 조회',
  list: '앱 목록',
  history: '배포 이력 조회',
  delete: '삭제',
  help: '도움말',
  unknown: '알 수 없음',
};

export function describeIntent(intent: Intent, lang: Language): string {
  return lang === 'ko' ? INTENT_KO[intent] : intent;
}

/** English verb for "Which app should I …?". */
const VERB_EN: Partial<Record<Intent, string>> = {
  status: 'check',
  logs: 'show logs for',
  history: 'show the history of',
};

/**
 * The interpreter's questions and answers in both languages (language.spec.ts renders every one with
 * consonant- and vowel-final values and checks particles and language). Add new ones here.
 */
export const CLARIFICATIONS = {
  missingAppAndReplicas: template(
    {},
    () => '어떤 앱을 몇 개로 스케일할까요?',
    () => 'Which app, and how many replicas?',
  ),
  missingApp: template(
    { intent: 'intent' },
    (a) => `어떤 앱을 ${INTENT_KO[a.intent as Intent]}할까요? 앱 이름을 알려주세요.`,
    (a) => `Which app should I ${VERB_EN[a.intent as Intent] ?? a.intent}?`,
  ),
  missingReplicas: template(
    {},
    () => '복제본을 몇 개로 맞출까요? (예: 3개로 늘려줘)',
    () => 'How many replicas should it run? (e.g. "scale it to 3")',
  ),
  /** "scale … to 50000": more than a deployment may run (MAX_REPLICAS) — asked, never run or cut down. */
  beyondReplicaLimit: template(
    { replicas: 'number', limit: 'number' },
    (a) => `복제본 ${a.replicas}개는 한도(${a.limit}개)를 넘습니다. 몇 개로 맞출까요?`,
    (a) => `${a.replicas} replicas is over the limit of ${a.limit}. How many should it run?`,
  ),
  missingOther: template(
    { missing: 'words' },
    (a) =>
      `${withJosa(a.missing.map((m) => ENTITY_KO[m as EntityName] ?? m).join(', '), '을/를')} 알려주세요.`,
    (a) => `Please tell me the ${a.missing.join(', ')}.`,
  ),
  nearMiss: template(
    { said: 'word', meant: 'words' },
    (a) =>
      `'${a.said}' 앱은 없습니다. 혹시 ${withJosa(a.meant.map((m) => `'${m}'`).join(' 또는 '), '을/를')} 말씀하신 건가요?`,
    (a) => `There is no app '${a.said}'. Did you mean ${a.meant.map((m) => `'${m}'`).join(' or ')}?`,
  ),
  whichApp: template(
    { apps: 'words' },
    (a) => `여러 앱이 언급되었습니다: ${a.apps.join(', ')}. 어느 앱인가요?`,
    (a) => `You mentioned several apps (${a.apps.join(', ')}). Which one?`,
  ),
  whichEnvironment: template(
    { environments: 'words' },
    (a) => `어느 환경인가요? ${a.environments.join(' 또는 ')} 중에서 골라주세요.`,
    (a) => `Which environment: ${a.environments.join(' or ')}?`,
  ),
  fuzzyProduction: template(
    {},
    () => '운영(production)을 말씀하신 건가요? 맞다면 환경을 정확히 적어 다시 말씀해 주세요.',
    () => 'Did you mean production? If so, please say it explicitly.',
  ),
  /** A change asked about, refused or not clearly ordered: say it back and ask for an order. */
  confirmChange: template(
    { intent: 'intent', app: 'word?', command: 'text' },
    (a) =>
      `${withJosa(INTENT_KO[a.intent as Intent], '을/를')} 실행하라는 말씀인가요? 실행하려면 "${a.command}"처럼 명령으로 말씀해 주세요. 아무 작업도 하지 않았습니다.`,
    (a) =>
      `Do you want me to ${a.intent === 'rollback' ? 'roll back' : a.intent} ${a.app ?? 'the app'}? Nothing was done; to go ahead, say it as a command: "${a.command}".`,
  ),
  /** A name that is no registered app and close to none: name the registered ones. */
  unknownApp: template(
    { said: 'word', known: 'words' },
    (a) => `'${a.said}' 앱은 등록되어 있지 않습니다. 등록된 앱: ${a.known.join(', ')}. 어느 앱인가요?`,
    (a) =>
      `There is no registered app '${a.said}'. Registered apps: ${a.known.join(', ')}. Which one did you mean?`,
  ),
  alternatives: template(
    { alternatives: 'words' },
    (a) => `요청을 여러 가지로 이해할 수 있습니다: ${a.alternatives.join(' / ')}. 어느 쪽인가요?`,
    (a) => `I can read this more than one way: ${a.alternatives.join(' / ')}. Which one did you mean?`,
  ),
  lowConfidence: template(
    {},
    () => '요청을 정확히 이해하지 못했습니다. 아래 예시처럼 말씀해 주세요.',
    () => 'I am not sure what you meant. Try one of the suggestions.',
  ),
  negated: template(
    {},
    () => '알겠습니다. 아무 작업도 하지 않았습니다.',
    () => 'Understood — nothing was done.',
  ),
  postponed: template(
    {},
    () => '작업을 예약해 두지는 않습니다. 지금은 아무 작업도 하지 않았으니, 실행할 때 다시 말씀해 주세요.',
    () => 'I do not schedule changes: nothing was done now. Say it again when you want it done.',
  ),
  unknown: template(
    {},
    () =>
      '배포, 스케일, 롤백, 재시작, 상태, 로그, 목록, 배포 이력, 삭제 명령을 이해합니다. "도움말"이라고 입력해 보세요.',
    () =>
      'I understand deploy, scale, rollback, restart, status, logs, list, history and delete commands. Try "help".',
  ),
} satisfies Record<string, AnyTemplate>;

export function askMissing(intent: Intent, missing: EntityName[], lang: Language): string {
  if (missing.includes('app') && missing.includes('replicas'))
    return render(CLARIFICATIONS.missingAppAndReplicas, {}, lang);
  if (missing.includes('app')) return render(CLARIFICATIONS.missingApp, { intent }, lang);
  if (missing.includes('replicas')) return render(CLARIFICATIONS.missingReplicas, {}, lang);
  return render(CLARIFICATIONS.missingOther, { missing }, lang);
}

export function askBeyondReplicaLimit(replicas: number, limit: number, lang: Language): string {
  return render(CLARIFICATIONS.beyondReplicaLimit, { replicas, limit }, lang);
}

export function askNearMiss(said: string, meant: string[], lang: Language): string {
  return render(CLARIFICATIONS.nearMiss, { said, meant }, lang);
}

export function askUnknownApp(said: string, known: readonly string[], lang: Language): string {
  return render(CLARIFICATIONS.unknownApp, { said, known: known.slice(0, 5) }, lang);
}

export function askWhichApp(apps: string[], lang: Language): string {
  return render(CLARIFICATIONS.whichApp, { apps }, lang);
}

export function askWhichEnvironment(envs: readonly string[], lang: Language): string {
  return render(CLARIFICATIONS.whichEnvironment, { environments: envs }, lang);
}

export function askFuzzyProduction(lang: Language): string {
  return render(CLARIFICATIONS.fuzzyProduction, {}, lang);
}

/** A change asked about, refused or not clearly ordered: say it back and ask for an order. */
export function askConfirmChange(intent: Intent, e: Entities, lang: Language): string {
  const command = renderCommand(intent, e, lang);
  return render(CLARIFICATIONS.confirmChange, { intent, app: e.app, command }, lang);
}

function askAlternatives(alternatives: string[], lang: Language): string {
  return render(CLARIFICATIONS.alternatives, { alternatives }, lang);
}

export function askLowConfidence(lang: Language): string {
  return render(CLARIFICATIONS.lowConfidence, {}, lang);
}

/** Why nothing is done: not understood, refused, or put off to later (nothing is scheduled). */
export type NothingDone = 'unknown' | 'negated' | 'postponed';

export function unknownReply(lang: Language, why: NothingDone): string {
  return render(CLARIFICATIONS[why], {}, lang);
}
