import { INTENT_ENTITIES } from './interpreter/interpreter.js';
import type { EntityName, Intent } from './interpreter/types.js';

export interface SupportedCommand {
  intent: Intent;
  description: string;
  entities: { required: EntityName[]; optional: EntityName[] };
  destructive: string;
  examples: { ko: string[]; en: string[] };
}

/** Each intent's entities come from the interpreter's INTENT_ENTITIES (one source of truth). */
const COMMANDS: Omit<SupportedCommand, 'entities'>[] = [
  {
    intent: 'deploy',
    description: 'Deploy an app (optionally an image tag and a replica count) to an environment',
    destructive: 'leaving 0 replicas, or in production',
    examples: {
      ko: [
        'web-app을 staging에 3개 복제본으로 배포해줘',
        '운영계에 web-app:v2.1.0 올려줘',
        'api 개발에 띄워',
      ],
      en: [
        'deploy web-app to staging',
        'ship web-app:v2.1.0 to prod',
        'release api 1.2.3 to dev with 2 replicas',
      ],
    },
  },
  {
    intent: 'scale',
    description: 'Set the number of replicas',
    destructive: 'leaving 0 replicas, or in production',
    examples: {
      ko: ['web-app 5개로 늘려줘', '스테이징 api 세 대로 줄여줘'],
      en: ['scale web-app to 5 replicas', 'set replicas of api to 2 in staging'],
    },
  },
  {
    intent: 'rollback',
    description: 'Roll back to the previous version, a revision or a tag',
    destructive: 'always',
    examples: {
      ko: ['web-app 이전 버전으로 되돌려줘', 'api 리비전 3으로 롤백해줘'],
      en: ['roll back web-app', 'revert api to revision 3 in prod'],
    },
  },
  {
    intent: 'restart',
    description: 'Restart an app (rolling restart)',
    destructive: 'in production',
    examples: {
      ko: ['web-app 재시작해줘', '운영 api 다시 띄워'],
      en: ['restart web-app', 'bounce api on staging'],
    },
  },
  {
    intent: 'status',
    description: 'Show the state of an app',
    destructive: 'never',
    examples: {
      ko: ['web-app 상태 알려줘', '운영 api 잘 돌아가?'],
      en: ['status of web-app', 'is api healthy in prod'],
    },
  },
  {
    intent: 'logs',
    description: 'Show recent log lines',
    destructive: 'never',
    examples: {
      ko: ['web-app 로그 100줄 보여줘', '방금 거 로그'],
      en: ['show the last 50 log lines of web-app', 'its logs'],
    },
  },
  {
    intent: 'list',
    description: 'List apps (optionally in one environment)',
    destructive: 'never',
    examples: { ko: ['앱 목록 보여줘', '스테이징 앱 리스트'], en: ['list apps', "what's running in prod"] },
  },
  {
    intent: 'history',
    description:
      'Show past deployments, newest first (of one app or of every app; optionally in one environment)',
    destructive: 'never',
    examples: {
      ko: ['web-app 배포 이력 보여줘', '운영 api 배포 기록'],
      en: ['show the deployment history of web-app', 'what was deployed last week'],
    },
  },
  {
    intent: 'delete',
    description: 'Remove an app from an environment',
    destructive: 'always',
    examples: {
      ko: ['web-app 삭제해줘', '스테이징에서 api 내려줘'],
      en: ['delete web-app', 'remove api from dev'],
    },
  },
  {
    intent: 'help',
    description: 'What the assistant understands',
    destructive: 'never',
    examples: { ko: ['도움말', '뭐 할 수 있어?'], en: ['help', 'what can you do?'] },
  },
];

/** GET /api/v1/nlp/commands: what the interpreter understands, with Korean and English examples. */
export const SUPPORTED_COMMANDS: SupportedCommand[] = COMMANDS.map(
  ({ intent, description, destructive, examples }) => {
    const { allowed, required } = INTENT_ENTITIES[intent];
    const optional = allowed.filter((e) => !required.includes(e));
    return { intent, description, entities: { required, optional }, destructive, examples };
  },
);
