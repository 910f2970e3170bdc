import { withAliasNamed } from './app-aliases.js';
/** The follow-up steps about reads and outcomes (conversation.ts): another app, a narrowed read, "잘 됐어?". */
import type { Turn } from './context.js';
import { FROM_CONVERSATION } from './confidence.js';
import {
  normalise,
  ALSO,
  THERE,
  HOW_DID_IT_GO,
  NOT_A_COMMAND,
  ONLY,
  OUTCOME_QUESTION,
  VERSION_QUESTION,
  WHAT_ABOUT,
} from './conversation-patterns.js';
import { merged, says } from './conversation-words.js';
import { lastChange, referents } from './conversation-history.js';
import { CHANGE_INTENTS, READ_INTENTS } from './intents.js';
import { ALL_MARKER, LIST_CUE, WEAK_SCALE } from './lexicon.js';
import { JOINED_COUNT } from './safety-words.js';
import type { Reply } from './replies.js';
import type { ConversationContext, Entities, Reading } from './types.js';

/** What every step of a follow-up reads: the command, the turns before it and what the command itself said. */
export interface FollowUp {
  /** `normalise`d command. */
  text: string;
  apps: ReadonlySet<string> | undefined;
  history: readonly Turn[];
  context: ConversationContext | undefined;
  /** The entities the command itself said (an environment beyond them came from the conversation). */
  said: Entities;
  reply: Reply | undefined;
  /** A number alone ("now 6", "6으로") or in a correction ("actually, 6 instead"). */
  lone: number | undefined;
  /** The question the service asked and is waiting on. */
  question: Turn | undefined;
  /** The last clear operation. */
  previous: Turn | undefined;
  /** The app the words point at by its place in the conversation ("전자", "the other one"), with its place. */
  pointed?: Entities;
}

/** A step's result: the reading to finalize; `followUp` when its intent was carried from an earlier turn. */
export interface Resolved {
  reading: Reading;
  followUp?: boolean;
}

/** "And the worker, how is that one doing?": a read opened with "and" goes on from the one before. */
const AND_THEN = /^(?:and|그리고)\s/;

/**
 * "api-server는?", "and order-api?", "batch-job 것도", "and frontend's logs as well": the same read for another app
 * (where the last one was).
 */
/** "billing-api는 어때?", "cart-api도 어때요?": the same status, asked of another app. */
const HOW_IS_ANOTHER = /^[a-z][a-z0-9-]*\s?(?:은|는|도)\s?(?:어때|어떄|어떤가|어떻|괜찮)[가-힣]*[?？.!]*$/;

export function sameReadForAnotherApp(f: FollowUp, reading: Reading): Resolved | undefined {
  const lastStatus = f.history.find((t) => !t.ambiguous && t.intent === 'status');
  const lastRead = HOW_IS_ANOTHER.test(f.text)
    ? lastStatus
    : f.history.find((t) => !t.ambiguous && t.intent !== 'unknown' && t.intent !== 'help');
  // "And frontend? The hall board still shows old bids.": the question first, a remark after it
  const asked = normalise(reading.text.split(/(?<=[?？])\s+/)[0]);
  const named =
    (reading.intent === 'unknown' && (WHAT_ABOUT.test(f.text) || WHAT_ABOUT.test(asked))) ||
    (reading.intent === 'status' && lastStatus !== undefined && HOW_IS_ANOTHER.test(f.text));
  const again =
    reading.intent === lastRead?.intent &&
    !reading.entities.environment &&
    (ALSO.test(f.text) || AND_THEN.test(f.text));
  if (
    !lastRead ||
    !READ_INTENTS.has(lastRead.intent) ||
    !(named || again) ||
    !reading.entities.app ||
    reading.entities.app === lastRead.entities.app
  )
    return undefined;
  const { app: _app, lines: _lines, ...kept } = lastRead.entities;
  return {
    reading: {
      ...reading,
      intent: lastRead.intent,
      entities: merged(kept, reading.entities),
      confidence: FROM_CONVERSATION,
    },
    followUp: true,
  };
}

/** A change verb with its imperative ending: the change is ordered, whatever is said about the last one after it. */
const CHANGE_ORDERED =
  /(?:되돌려|롤백해|재시작해|재배포해|배포해|삭제해|지워|늘려|줄여)\s?(?:주세요|주십시오|줘요|줘|라)(?=[\s.,!~ㅠㅜ]|$)/;

/** A bare number after a scale (or logs), or "잘 떴어?" after any operation: about the last operation. */
export function fromLastOperation(f: FollowUp, reading: Reading): Resolved | undefined {
  const { previous, lone } = f;
  const outcome = OUTCOME_QUESTION.test(f.text);
  const asksHow = outcome || HOW_DID_IT_GO.test(f.text);
  // "정말 다 내려갔는지 봐 줘": a change's word, but in a question about how the last operation went
  // — but "방금 거 되돌려 주세요, 버튼이 사라졌어요" orders the change, and only says why after it
  const changeAskedAbout =
    CHANGE_INTENTS.has(reading.intent) && asksHow && !reading.entities.app && !CHANGE_ORDERED.test(f.text);
  // "all 5 ready?": "all" read as a list, but the count asked about is the last operation's
  const countAskedAbout = reading.intent === 'list' && asksHow && !says(reading);
  if (!previous || (reading.intent !== 'unknown' && !changeAskedAbout && !countAskedAbout)) return undefined;
  // a bare or corrected number after a scale (or logs): the same again with that number
  if (
    reading.intent === 'unknown' &&
    lone !== undefined &&
    (previous.intent === 'scale' || previous.intent === 'logs')
  ) {
    const key = previous.intent === 'scale' ? 'replicas' : 'lines';
    return {
      reading: {
        ...reading,
        intent: previous.intent,
        entities: { ...previous.entities, [key]: lone },
        confidence: FROM_CONVERSATION,
      },
      followUp: true,
    };
  }
  const { app, environment } = previous.entities;
  const sameApp = !reading.entities.app || reading.entities.app === app;
  // "just the last 20", "그럼 last 40 lines": lines are only ever a log read, of the app just worked on
  const { lines } = reading.entities;
  if (lines !== undefined && sameApp && reading.entities.replicas === undefined && !reading.entities.tag)
    return {
      reading: {
        ...reading,
        intent: 'logs',
        entities: merged({ ...(app ? { app } : {}), environment }, { ...reading.entities, lines }),
        confidence: FROM_CONVERSATION,
      },
      followUp: true,
    };
  // "잘 떴어?", "is it healthy?", "다 지워진 거 맞아?", "이제 세 개 맞지?": how the last operation went is its
  // app's status (a count asked about is checked, not set)
  if (
    asksHow &&
    // "내 laptop에서는 잘 되는데": a remark, not a question about the operation
    !REMARK_ENDING.test(f.text) &&
    sameApp &&
    (outcome || reading.entities.replicas === undefined)
  )
    return {
      reading: {
        ...reading,
        intent: 'status',
        entities: { ...(app ? { app } : {}), environment: reading.entities.environment ?? environment },
        confidence: FROM_CONVERSATION,
      },
      followUp: true,
    };
  return undefined;
}

/** "only in dev", "prod 것만" right after a history or list: the same read, narrowed to what is named. */
export function narrowedRead(f: FollowUp, reading: Reading): Resolved | undefined {
  if (reading.intent !== 'unknown' || !says(reading) || !ONLY.test(f.text)) return undefined;
  const last = f.history.find((t) => !t.ambiguous && !NOT_A_COMMAND.has(t.intent));
  if (last?.intent !== 'history' && last?.intent !== 'list') return undefined;
  return {
    reading: {
      ...reading,
      intent: last.intent,
      entities: merged(last.entities, reading.entities),
      confidence: FROM_CONVERSATION,
    },
    followUp: true,
  };
}

/**
 * "지금 운영은 몇 버전이야?", "스테이징 쪽 상태는 어때?" right after working on one app: that app's version or status
 * there, not every app's (a list only when asked for: "전체", "all apps", "목록", "배포 현황").
 */
export function statusOfLastApp(f: FollowUp, reading: Reading): Resolved | undefined {
  const { previous, text } = f;
  if (!previous?.entities.app || reading.intent !== 'list' || reading.entities.app) return undefined;
  const listAsked = ALL_MARKER.test(text) || LIST_CUE.test(text) || DEPLOYMENTS_OVERVIEW.test(text);
  if (!VERSION_QUESTION.test(text) && listAsked) return undefined;
  return {
    reading: {
      ...reading,
      intent: 'status',
      entities: {
        app: previous.entities.app,
        environment: reading.entities.environment ?? previous.entities.environment,
      },
      confidence: FROM_CONVERSATION,
    },
    followUp: true,
  };
}
const DEPLOYMENTS_OVERVIEW = /(?:배포|deploy(?:ment)?s?)\s?(?:현황|status)/;
/** Korean endings of a remark ("…잘 되는데", "…하더라"), not of a question. */
const REMARK_ENDING = /(?:는데|던데|거든|더라|더라고|잖아)(?:요)?$/;

/** "그거" right after two apps were discussed: which one? */
export function askWhichReferent(f: FollowUp, reading: Reading): Reading {
  if (reading.entities.app || reading.appAlternatives.length > 0) return reading;
  const { apps: candidates, turn } = referents(f.history);
  if (candidates.length <= 1) return reading;
  const asked = { ...reading, appAlternatives: candidates };
  // the environment those apps were named in goes along (a question about them is no context otherwise)
  const env = turn?.entities.environment;
  if (
    !asked.entities.environment &&
    env &&
    !turn.defaults?.includes('environment') &&
    !turn.doubted?.includes('environment')
  )
    return { ...asked, entities: { ...asked.entities, environment: env } };
  return asked;
}

/** "that one", "그쪽": a pick among what was just looked at ("restart it" goes on with the last). */
const POINTS_AMONG = /(?<![a-z])(?:that|this|which)\s+one(?![a-z])|그쪽|저쪽|그\s?중/;

/**
 * "web-app logs on dev" → "and on prod" → "restart that one": the app was looked at in two environments just now —
 * which one the change is for is asked, never the last one read (it may be production).
 */
export function askWhichEnvironment(f: FollowUp, reading: Reading): Reading {
  const app = reading.entities.app ?? f.context?.app;
  if (
    !app ||
    f.said.environment ||
    !CHANGE_INTENTS.has(reading.intent) ||
    reading.environmentAlternatives.length > 0
  )
    return reading;
  const looked = f.history.slice(0, 2);
  // "how's api-server on dev and prod" → "restart it", "deploy it to dev and prod?" → "ㅇㅇ 올려": the last turn itself
  // named both places, and still asks which
  const named = looked[0]?.environments;
  // (an environment the answer picked — "the former" — is settled)
  const unsettled =
    looked[0]?.entities.environment === undefined && reading.entities.environment === undefined;
  if (
    named &&
    named.length > 1 &&
    unsettled &&
    looked[0].entities.app === app &&
    (READ_INTENTS.has(looked[0].intent) || looked[0].intent === reading.intent)
  ) {
    const { environment: _unsaid, ...rest } = reading.entities;
    return { ...reading, entities: rest, environmentAlternatives: [...named] };
  }
  // "거기서 재시작해", "restart it there": the last place is pointed at; a read corrected to another place is one look
  if (!POINTS_AMONG.test(f.text) || THERE.test(f.text) || looked[0]?.corrects) return reading;
  if (looked.length < 2 || !looked.every((t) => READ_INTENTS.has(t.intent) && t.entities.app === app))
    return reading;
  const environments = [...new Set(looked.map((t) => t.entities.environment).filter((e) => e !== undefined))];
  if (environments.length < 2) return reading;
  const { environment: _dropped, ...entities } = reading.entities;
  return { ...reading, entities, environmentAlternatives: environments };
}

const REDO = /(?<![a-z])(?:again|once\s+more|one\s+more\s+time|re-?do)(?![a-z])|다시|한\s?번\s?더/;
const UNDO_THAT =
  /(?<![a-z])(?:undo|revert|roll)\s+(?:that|it|this)(?![a-z])|되돌려|방금\s?(?:거|것|그거|그것)\s?(?:취소|무르|물러|되돌)|(?<![a-z])undo(?![a-z])|원래대로|(?:원래|처음)\s?(?:숫자|개수|대수)/;
/** "원래 version으로", "the original release": the release before some point the words do not fix. */
const ORIGINAL_RELEASE =
  /(?:원래|처음|맨\s?처음|오리지널)\s?(?:의\s?)?(?:버전|version|판|릴리[즈스]|이미지)|(?<![a-z])(?:original|first)\s+(?:version|release|build|image)(?![a-z])/;
/** "이전 배포로 롤백": the undo names a release, whatever came last. */
const RELEASE_WORD =
  /배포|버전|릴리[즈스]|리비전|이미지|태그|올린|올렸던|(?<![a-z])(?:release|version|deploy(?:ment|ed)?|shipped|released|revision|image|tag|build)(?![a-z])/;
/** "처음 숫자로 돌려놔", "back to the first count": the count the conversation started from, not the one before. */
const FIRST_COUNT = /처음\s?(?:숫자|개수|대수)|(?<![a-z])(?:first|original)\s+(?:count|number|size)(?![a-z])/;

/** "다시 배포해 주십시오", "Do that deploy again": the release the last deploy of that app ran, once more. */
export function redoneRelease(f: FollowUp, r: Reading): string | undefined {
  if (r.intent !== 'deploy' || r.entities.tag) return undefined;
  const app = r.entities.app ?? f.context?.app;
  // "중계 끝났어요, frontend 배포해 주세요" after "frontend 5.3.0 배포는 중계 끝나고": the release put off, now
  const putOff = f.history.slice(0, 4).find((t) => t.putOff?.app === app && t.putOff?.tag)?.putOff?.tag;
  if (putOff) return putOff;
  const last = REDO.test(f.text) ? lastChange(f.history) : undefined;
  return last?.intent === 'deploy' && last.entities.app === app ? last.entities.tag : undefined;
}

/**
 * "Undo that" after a restart or a scale: there is no release to go back to. After a scale it is a scale back, to a
 * count asked ("Back to 5 then" answers it); after a restart or a delete, which undo is meant is asked.
 */
export function undoneWithoutRelease(f: FollowUp, r: Reading): Reading {
  if (r.intent === 'rollback' && !r.entities.tag && !r.entities.revision && ORIGINAL_RELEASE.test(f.text)) {
    // "원래 version으로" after two releases of the app in this conversation: the first of them, or what ran before
    // them all — asked
    const app = r.entities.app ?? f.context?.app;
    const released = f.history.filter((t) => t.intent === 'deploy' && !t.ambiguous && t.entities.app === app);
    if (released.length > 1) return { ...r, unclear: [...(r.unclear ?? []), 'revision'] };
  }
  // the last change asked for, done or only asked about: "원래대로 돌려" after a scale that was asked is no rollback
  const latest = f.history.find((t) => CHANGE_INTENTS.has(t.intent));
  const last =
    r.intent === 'rollback' && UNDO_THAT.test(f.text)
      ? RELEASE_WORD.test(f.text)
        ? undefined
        : latest?.ambiguous && latest.intent === 'scale'
          ? latest
          : lastChange(f.history)
      : undefined;
  if (!last || !['restart', 'scale', 'delete'].includes(last.intent)) return r;
  if (last.intent !== 'scale') return { ...r, unclear: [...(r.unclear ?? []), 'revision'] };
  const { revision: _r, tag: _t, replicas: _n, ...entities } = r.entities;
  // the counts this app was scaled to in the conversation, newest first: "처음 숫자로" goes back to the oldest
  const scales = f.history.filter(
    (t) =>
      t.intent === 'scale' &&
      !t.ambiguous &&
      t.entities.app === last.entities.app &&
      t.entities.environment === last.entities.environment &&
      t.entities.replicas !== undefined,
  );
  const counts = scales.map((t) => t.entities.replicas);
  // "undo that" alone leaves open whether the count before was ever running ("5 … 7, actually"): asked
  const before = FIRST_COUNT.test(f.text) ? counts.at(-1) : undefined;
  if (counts.length > 1 && before !== undefined && before !== counts[0])
    return {
      ...r,
      intent: 'scale',
      entities: { ...entities, ...last.entities, replicas: before },
      followUp: true,
    };
  return { ...r, intent: 'scale', entities, unclear: [...(r.unclear ?? []), 'replicas'] };
}

/**
 * "아까 재시작한 거", "the one we just restarted", "now the rollback": the app that change was for,
 * wherever the talk went since.
 */
const BY_ITS_CHANGE =
  /(?:아까|방금|(?:좀|조금)?\s?전에)\s?(재시작|재기동|배포|롤백|스케일|삭제)\s?(?:한|된|했던|시킨)\s?(?:거|것|앱|애|놈|서비스)(?!\s?(?:다|들|전부|모두|목록))|(?<![a-z])the\s+one\s+(?:we|you|i)\s+(?:just\s+)?(restarted|bounced|deployed|rolled\s+back|scaled)(?![a-z])|(?:아까|방금)\s?(늘린|줄인|올린)\s?(?:거|것|앱|애|서비스)|(?<![a-z])(?:now|then|next)\s*,?\s+(?:do\s+|run\s+)?the\s+(restart|rollback|deploy|delete|scale)(?![a-z])(?!\s+(?:of|for|on|to|in)\s)/;
const CHANGE_OF_WORD: Readonly<Record<string, Reading['intent']>> = {
  재시작: 'restart',
  재기동: 'restart',
  배포: 'deploy',
  롤백: 'rollback',
  스케일: 'scale',
  삭제: 'delete',
  restarted: 'restart',
  bounced: 'restart',
  deployed: 'deploy',
  'rolled back': 'rollback',
  scaled: 'scale',
  늘린: 'scale',
  줄인: 'scale',
  올린: 'deploy',
  restart: 'restart',
  rollback: 'rollback',
  deploy: 'deploy',
  delete: 'delete',
  scale: 'scale',
};
/** "처음에 말한 앱", "the first app I mentioned": the app the conversation began with. */
const FIRST_NAMED =
  /처음에?\s?(?:말한|얘기한|말했던|얘기했던|불렀던|본|봤던|올린|배포한)\s?(?:앱|거|것|서비스)|(?<![a-z])the\s+(?:first\s+(?:app|one|service)|one\s+we\s+started\s+with)(?=\s+(?:i|we|you)\s+(?:mentioned|named|said|asked\s+about)|\s+again|\s*$)/;
export function appOfItsChange(f: FollowUp, reading: Reading): Reading {
  const m = f.said.app ? null : BY_ITS_CHANGE.exec(f.text);
  const intent = m ? CHANGE_OF_WORD[(m[1] ?? m[2] ?? m[3] ?? m[4]).replace(/\s+/g, ' ')] : undefined;
  // "아까 늘린 거" after two apps were scaled: which one, asked
  const changed = intent
    ? [...new Set(f.history.filter((t) => t.intent === intent && !t.ambiguous).map((t) => t.entities.app))]
    : [];
  if (changed.length > 1 && changed.every((a) => a !== undefined))
    return {
      ...reading,
      // "아까 재시작한 거 한 번 더 해 주세요": that change again, for which app asked
      intent: reading.intent === 'unknown' && intent ? intent : reading.intent,
      entities: { ...reading.entities, app: undefined },
      appAlternatives: changed as string[],
    };
  const first = !f.said.app && FIRST_NAMED.test(f.text);
  // the first app named: of a first turn that named two ("order-api랑 batch-job …"), the first of them
  const turn = first
    ? f.history.findLast((t) => t.entities.app || (t.apps?.length ?? 0) > 1)
    : intent
      ? f.history.find((t) => t.intent === intent && !t.ambiguous && t.entities.app)
      : undefined;
  if (!turn) return reading;
  const { environment } = turn.entities;
  const app = turn.entities.app ?? turn.apps?.[0];
  return {
    ...reading,
    entities: { ...reading.entities, app, ...(f.said.environment || !environment ? {} : { environment }) },
  };
}

/**
 * "Bounce the first two", "둘 다 재시작해", "그 두 개를 재시작해", "나머지 둘도 지워", "마지막 남은 것도 재시작해", "restart them", "the one that's failing" (the service's answer
 * said which): several apps pointed at — which one, asked.
 */
const SEVERAL_POINTED =
  /(?<![a-z])(?:the\s+(?:first|last)\s+(?:two|three)|both(?:\s+of\s+them)?|all\s+(?:three|of\s+them)|them(?:\s+all)?|(?:either|one)\s+of\s+(?:the\s+)?(?:two|them|both))(?![a-z])|(?:둘|셋|세\s?개|두\s?개)\s?(?:다|모두|전부)|(?<![a-z])the\s+one\s+(?:that'?s|that\s+is|which\s+is)\s+(?:failing|broken|down|slow|crashing|erroring|stuck|red)(?![a-z])|(?:안\s?되는|죽은|느린|터진|에러\s?나는|이상한)\s?(?:거|것|애|쪽)(?![가-힣])|(?:나머지|다른)\s?(?:둘|셋|두\s?개|세\s?개|들)|(?:마지막\s?)?남은\s?(?:하나|한\s?개|것|거|애|앱)|(?<![a-z])the\s+(?:remaining\s+one|one\s+(?:that'?s\s+)?left)(?![a-z])|걔네|그것들|(?<![a-z])the\s+other\s+(?:two|three)(?![a-z])|그\s?(?:둘|셋)(?:을|를|도|은|는|이|다)?(?![가-힣])|그\s?(?:두|세)\s?개|(?<![a-z])(?:those|these)\s+(?:two|three)(?![a-z])|둘\s?중(?!\s?(?:에서\s?)?(?:첫|두\s?번째|마지막|앞|뒤|먼저|나중))/;
/**
 * "정기권 쪽도 재시작해 주십시오", "지도 화면도 …", "Restart the login thing too": another app than the one talked about,
 * called by what it does, a name the conversation never gave it (blind round 233c) — which app is asked, never that one.
 */
const DESCRIBED_THING =
  /(?<![가-힣])(?!(?:운영|개발|스테이징|프로덕션|상용|그|이|저|반대|다른|같은|백엔드|프론트)\s?(?:쪽|서버))[가-힣]{2,8}\s?(?:쪽|서버|화면|페이지|시스템)도\s(?:다시\s?)?(?:재시작|재기동|롤백|배포|삭제|지워|내려|올려|늘려|줄여|스케일|되돌려)|(?<![a-z])(?:restart|redeploy|deploy|roll\s+back|rollback|delete|remove|scale|bounce|kick)\s+the\s+(?!(?:same|other|whole|new|old|first|last|next|prod|production|staging|dev)\s)[a-z]+(?:\s+[a-z]+)?\s+(?:thing|service|server|site|page|system|bot)\s+(?:too|as\s+well)(?![a-z])/;
export function severalPointedAt(f: FollowUp, reading: Reading): Reading {
  if (f.said.app || !CHANGE_INTENTS.has(reading.intent)) return reading;
  if (DESCRIBED_THING.test(f.text) && !withAliasNamed(f.history, f.text)) {
    const { app: _described, ...said } = reading.entities;
    return { ...reading, entities: said, unclear: [...(reading.unclear ?? []), 'app'] };
  }
  if (!SEVERAL_POINTED.test(f.text)) return reading;
  const apps = [
    ...new Set(f.history.slice(0, 3).flatMap((t) => t.apps ?? (t.entities.app ? [t.entities.app] : []))),
  ];
  if (apps.length < 2) {
    // "Roll it back on both", "둘 중 느린 env에서": one app, looked at in two places — which place, asked
    const places = [
      ...new Set(
        f.history
          .slice(0, 3)
          .flatMap((t) => t.environments ?? (t.entities.environment ? [t.entities.environment] : [])),
      ),
    ];
    if (places.length < 2 || f.said.environment) return reading;
    const { environment: _place, ...rest } = reading.entities;
    return { ...reading, entities: rest, environmentAlternatives: places };
  }
  const { app: _one, ...entities } = reading.entities;
  return { ...reading, entities, appAlternatives: apps };
}

/** A word that makes a number a count of running copies, not of log lines. */
const COUNT_WORD = new RegExp(
  `${WEAK_SCALE.source}|${JOINED_COUNT.source}|스케일|늘려|줄여|(?<![a-z])(?:scale|bump|raise)(?![a-z])`,
);
/**
 * "Make it 300 for worker." right after a logs read: the number of lines to read again, never a scale to 300 — a read
 * followed by a bare number stays a read.
 */
export function linesAfterLogs(reading: Reading, text: string, history: readonly Turn[]): Reading {
  // only when the reads just made counted their lines: "make it 6" after a read of logs may still mean its copies
  const linesCounted = history.slice(0, 3).some((t) => t.intent === 'logs' && t.entities.lines !== undefined);
  if (reading.intent !== 'scale' || history[0]?.intent !== 'logs' || !linesCounted) return reading;
  if (COUNT_WORD.test(text)) return reading;
  const n = /(?<![a-z])(?:make\s+it|give\s+me|try)\s+(\d{1,4})(?![\w.])/.exec(text);
  if (!n) return reading;
  const { app, environment } = reading.entities;
  return {
    ...reading,
    intent: 'logs',
    entities: { ...(app ? { app } : {}), ...(environment ? { environment } : {}), lines: Number(n[1]) },
  };
}
