import type { EntityName, Entities, Intent, NlpEnvironment } from './types.js';
import type { Span } from './reader-patterns.js';

/** An environment word found in the command, where it stands. */
export interface EnvironmentHit extends Span {
  env: NlpEnvironment;
}

/** A word that may be the app, scored (registered, followed by 을/를/앱, with a hyphen or digit). */
export interface AppCandidate {
  name: string;
  score: number;
  /** Where it stands in the command (absent for names from an image reference or a rejoined name). */
  at?: number;
}

/** What the reader knows so far about one command; each step of `read` reads it and adds to it. */
export interface ReadState {
  /** The command as written. */
  readonly original: string;
  /** NFC, lower case, single spaces: what the safety gate reads. */
  readonly lowered: string;
  /** `lowered` with punctuation gone and run-together words split. */
  readonly text: string;
  /** `text` with what was already read blanked out (same length), so that no pattern reads it twice. */
  rest: string;
  readonly knownApps: ReadonlySet<string> | undefined;
  readonly language: 'ko' | 'en';
  intent: Intent;
  confidence: number;
  entities: Entities;
  /** Entities read from a look-alike word (a typo of production): asked about, never taken. */
  fuzzy: EntityName[];
  /** Entities said only relatively or twice ("2개 더", "두 버전 전"): asked for. */
  unclear: EntityName[];
  /** Apps named by an image reference (web-app:v2, ghcr.io/acme/web-app). */
  imageApps: string[];
  /** Where two joined changes are joined ("배포하고 재시작"), or -1. */
  joinedAt: number;
  /** A second read joined to the first ("상태랑 배포 이력", "logs and status"): which one is meant is asked. */
  alsoAsked: Intent | null;
  negated: boolean;
  /** The change was put off to later ("내일 하자"): refused now, and nothing is scheduled. */
  postponed: boolean;
  settled: boolean;
  /** The change word was in a question about it ("어제 배포 때문에 …"). */
  askedAboutChange: boolean;
  /** See Reading.orderClause. */
  orderClause?: string;
  /** A read asked before another operation is refused ("로그 줘, 재시작은 하지 마"): orderClause is the read's. */
  readBeforeRefusal?: boolean;
  outOfDomain: boolean;
  envHits: EnvironmentHit[];
  candidates: AppCandidate[];
  appAlternatives: string[];
  environmentAlternatives: NlpEnvironment[];
  /** The command points back to an earlier turn ("그거", "it"). */
  reference: boolean;
}
