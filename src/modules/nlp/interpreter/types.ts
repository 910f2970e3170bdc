/** The NLP contract's vocabulary (POST /api/v1/nlp/interpret). Pure types, no Nest. */
import { ENVIRONMENTS, type Environment } from '../../apps/environments.js';

export const INTENTS = [
  'deploy',
  'scale',
  'rollback',
  'restart',
  'status',
  'logs',
  'list',
  'history',
  'delete',
  'help',
  'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

/** AppsModule owns the environment names; the interpreter reads the same three. */
export const NLP_ENVIRONMENTS = ENVIRONMENTS;
export type NlpEnvironment = Environment;

export const ENTITY_NAMES = ['app', 'environment', 'replicas', 'tag', 'revision', 'lines'] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export interface Entities {
  app?: string;
  environment?: NlpEnvironment;
  replicas?: number;
  tag?: string;
  revision?: number;
  lines?: number;
}

export type Language = 'ko' | 'en';
export type InterpretationSource = 'rules' | 'classifier' | 'anthropic' | 'openai' | 'gemini' | 'ensemble';

export interface Interpretation {
  intent: Intent;
  entities: Entities;
  confidence: number;
  ambiguous: boolean;
  missing: EntityName[];
  suggestions: string[];
  clarification: string | null;
  defaults: EntityName[];
  destructive: boolean;
  requiresConfirmation: boolean;
  source: InterpretationSource;
  /** Language of the command (replies use it). */
  language: Language;
}

/** What the conversation so far says (last turns), used for "it", "그거", ellipsis. */
export interface ConversationContext {
  intent?: Intent;
  app?: string;
  environment?: NlpEnvironment;
  tag?: string;
  /** Apps a turn asked about together in one environment ("운영 billing-api랑 payment-svc 상태"): either, picked later, is there. */
  namedTogether?: { apps: readonly string[]; environment: NlpEnvironment };
  /** The app's turn read production from a look-alike ("porduction"): a change of it still asks about the place. */
  productionInDoubt?: boolean;
  /** The app's turn named several places and was asked which ("delete X from dev, … to staging"): still asked. */
  placesInDoubt?: readonly NlpEnvironment[];
  /** Where each app was last named in the conversation (said, not defaulted): "다시 billing-api" goes back there. */
  placeOf?: Readonly<Record<string, NlpEnvironment>>;
}

/** A learned phrase → meaning rule (from feedback). `key` is the phrase's normalised residue. */
export interface LearnedRule {
  id?: string;
  key: string;
  intent: Intent;
  /** Entities the phrase implies without naming them (fill only what the command does not say). */
  entities: Entities;
}

export interface InterpretOptions {
  /** Environment filled in when none is said (never production). */
  defaultEnvironment?: 'development' | 'staging';
  /** The project's known apps: near misses give a suggestion instead of acting on a wrong name. */
  knownApps?: readonly string[];
  context?: ConversationContext;
  rules?: readonly LearnedRule[];
}

/** What a reader (rules or an LLM) extracted before ambiguity/defaults/context are applied. */
export interface Reading {
  intent: Intent;
  entities: Entities;
  /** 0..1, how sure the reader is of the intent. */
  confidence: number;
  language: Language;
  /** The command refers to an earlier turn ("it", "그거", "방금 거"). */
  reference: boolean;
  /** Distinct app names mentioned, when more than one. */
  appAlternatives: string[];
  /** Distinct environments mentioned, when more than one and none is clearly the target. */
  environmentAlternatives: NlpEnvironment[];
  /** An entity was recognised only through typo tolerance (e.g. `prodution`). */
  fuzzy: EntityName[];
  /** The command says "don't" / "취소": never an operation. */
  negated: boolean;
  /** The change was put off to later ("롤백은 내일 하자"): nothing done now, and nothing scheduled. */
  postponed?: boolean;
  /**
   * The rules read `unknown` on purpose (a concept question, chit-chat, a what-if): no read for the classifier
   * to fill in — "what is a deployment history?" asks what the word means, not for the history.
   */
  settled?: boolean;
  /** The residue used for learned rules. */
  key: string;
  /** Entities the command really says (not from context/defaults/rules). */
  said: EntityName[];
  /** Entities said only relatively or without a value ("2개 더", "두 버전 전", "리비전으로"): asked for. */
  unclear?: EntityName[];
  /** A second read asked in the same breath ("상태랑 배포 이력 같이"): the user picks which one. */
  alsoAsked?: Intent;
  /** The command as read (normalised): the safety gate looks at it again, whatever the reader decided. */
  text: string;
  /**
   * The clause that holds the order when the rest of the command is a remark beside it ("운영 X 재시작 — 정산 배치 안
   * 돌았음"), or the read asked before another operation is refused ("worker 로그 줘 재시작은 하지 마"): what the
   * classifier weighs, so that the remark's words do not outvote the order's.
   */
  orderClause?: string;
  /** Set by the conversation (conversation.ts): the intent was carried from an earlier turn ("아니다 5개로"). */
  followUp?: boolean;
  /** Set by the conversation: the environment came from earlier turns ("거기서", a correction), not this text. */
  environmentFromContext?: boolean;
}
