import { CHANGE_INTENTS } from './intents.js';
import { correctedSinceLastOperation, lastChange } from './conversation-history.js';
import { ALSO, SAME, SAME_COUNT, SAME_RELEASE } from './conversation-patterns.js';
import type { FollowUp } from './conversation-reads.js';
import { COUNT_OF_ANOTHER_TIME } from './reader-patterns.js';
import type { Reading } from './types.js';
import type { Turn } from './context.js';

/** "같은 수로", "같은 개수로", "same number", "same count": the count, not the version. */

/** "운영에도 같은 거 올려줘", "same version to prod": the tag just deployed goes along. */
/** To another place than the deploy's — or to several others ("Put it on dev and prod both", asked which). */
const goesElsewhere = (reading: Reading, deployed: Turn) =>
  reading.entities.environment !== undefined
    ? reading.entities.environment !== deployed.entities.environment
    : reading.environmentAlternatives.length > 1 &&
      reading.environmentAlternatives.every((e) => e !== deployed.entities.environment);

function withDeployedTag(f: FollowUp, reading: Reading): Reading {
  const { text, history } = f;
  const deployed = history.find((t) => !t.ambiguous && t.intent === 'deploy' && t.entities.tag);
  if (
    deployed &&
    reading.intent === 'deploy' &&
    !reading.entities.tag &&
    (!reading.entities.app || reading.entities.app === deployed.entities.app) &&
    (SAME.test(text) ||
      ALSO.test(text) ||
      /에도|에서도|승격|프로모트|단계\s?(?:더\s?)?(?:위로|올려|올리)|상위\s?환경|(?<![a-z])promot(?:e|ion)(?![a-z])/.test(
        text,
      ) ||
      // "이제 prod에 올려줘" right after deploying a version: that version goes on
      (deployed === lastChange(history) && goesElsewhere(reading, deployed)))
  ) {
    // "4.0.1로 바꿔 주십시오. …" not understood since the deploy: which version goes along is asked
    if (correctedSinceLastOperation(history))
      return { ...reading, unclear: [...(reading.unclear ?? []), 'tag'] };
    // "운영에도 같은 버전, 같은 개수로": the deploy's count goes along when it is said to
    const count = SAME_COUNT.test(text) ? deployed.entities.replicas : undefined;
    return {
      ...reading,
      entities: {
        ...referredOrDeployed(f, deployed),
        ...reading.entities,
        tag: deployed.entities.tag,
        ...(count !== undefined && reading.entities.replicas === undefined ? { replicas: count } : {}),
      },
    };
  }
  return reading;
}

/**
 * "걔도 같은 버전으로 올려 주세요" after a read of billing-api that followed payment-svc's deploy: "걔" is the app the
 * last turn named, in its place — not the app deployed; with no such reference, the app deployed.
 */
/** 걔, 얘, 쟤: "that one" said of an app as of a person — the one just talked about ("같은 거" is the same change). */
const PERSONAL_PRONOUN = /(?<![가-힣])(?:걔|얘|쟤)/;
function referredOrDeployed(f: FollowUp, deployed: Turn): Reading['entities'] {
  const [last] = f.history;
  if (!PERSONAL_PRONOUN.test(f.text) || !last?.entities.app || last.entities.app === deployed.entities.app)
    return { app: deployed.entities.app };
  return { app: last.entities.app, environment: last.entities.environment };
}

/**
 * "운영에도 같은 수로 맞춰 주세요", "same number on dev", "order-api도 같은 수로": the count of the last scale goes along.
 */
function withScaledCount(f: FollowUp, reading: Reading): Reading {
  if (reading.intent !== 'scale' || !SAME_COUNT.test(f.text)) return reading;
  // "order-api는 api-server랑 같은 개수로": the count of the app compared with, never the last one scaled to
  const compared = COMPARED_WITH.exec(f.text);
  const named = compared?.[1] ?? compared?.[2];
  // an app, not "the same count as well"
  const comparedApp = named !== undefined && f.apps?.has(named) ? named : undefined;
  if (reading.entities.replicas !== undefined && (comparedApp === undefined || f.said.replicas !== undefined))
    return reading;
  // "지난주와 같은 개수로", "the same count as yesterday": a count of another time, not the one just scaled to
  if (COUNT_OF_ANOTHER_TIME.test(f.text)) return reading;
  // "장바구니 5개로 늘려, 매입 오픈하면 …" not understood after the scale to 3: which count is "the same" is in doubt
  if (correctedSinceLastOperation(f.history))
    return { ...reading, unclear: [...(reading.unclear ?? []), 'replicas'] };
  const scaled = f.history.find(
    (t) =>
      !t.ambiguous &&
      t.intent === 'scale' &&
      t.entities.replicas !== undefined &&
      (comparedApp === undefined || t.entities.app === comparedApp),
  );
  if (comparedApp !== undefined && !scaled)
    return { ...reading, unclear: [...(reading.unclear ?? []), 'replicas'] };
  // "order-api도 같은 수로": another app named with "too" takes the count as well
  const another = reading.entities.app !== undefined && reading.entities.app !== scaled?.entities.app;
  if (!scaled || (another && !ALSO.test(f.text) && comparedApp === undefined)) return reading;
  return {
    ...reading,
    unclear: reading.unclear?.filter((e) => e !== 'replicas'),
    entities: {
      app: appToo(f, scaled) ?? scaled.entities.app,
      ...reading.entities,
      replicas: scaled.entities.replicas,
    },
  };
}

/**
 * "걔도 같은 수로 맞춰" after "billing-api는 어때?": "that one too" is the app talked about since the change, not the app
 * the change was made to.
 */
function appToo(f: FollowUp, changed: Turn): string | undefined {
  const talkedAbout = f.context?.app;
  return ALSO.test(f.text) && talkedAbout && talkedAbout !== changed.entities.app ? talkedAbout : undefined;
}

/**
 * "그 버전 운영에도 올려 주세요" right after two apps were each deployed with a version: which one is asked, never the
 * last one taken for it.
 */
function withTwoReleasesAsked(f: FollowUp, reading: Reading): Reading {
  if (reading.intent !== 'deploy' || f.said.app || f.said.tag || !SAME_RELEASE.test(f.text)) return reading;
  const [last, before] = f.history
    .slice(0, 3)
    .filter((t) => !t.ambiguous && t.intent === 'deploy' && t.entities.tag && t.entities.app);
  // a turn since on one of them ("order-api 배포 이력 보여줘") is what "that version" goes on with
  if (!last || !before || last !== f.history[0] || last.entities.app === before.entities.app) return reading;
  const { app: _app, tag: _tag, ...entities } = reading.entities;
  return { ...reading, entities, appAlternatives: [last.entities.app!, before.entities.app!] };
}

/**
 * "3.0.2 was the last good one" → "Roll cart-api back to that version", "put that version on staging too": the
 * version said in the last turns; with none said, which version is asked (a rollback is never to the previous one
 * for it, a deploy never of whatever runs now).
 */
function withVersionSaidBefore(f: FollowUp, reading: Reading): Reading {
  const { intent, entities } = reading;
  if ((intent !== 'deploy' && intent !== 'rollback') || entities.tag || entities.revision !== undefined)
    return reading;
  if (!SAME_RELEASE.test(f.text) || reading.appAlternatives.length > 0) return reading;
  const said = f.history.slice(0, 3).find(
    (t) =>
      t.entities.tag &&
      !t.ambiguous &&
      (!t.entities.app || !entities.app || t.entities.app === entities.app) &&
      // the version a deploy just put there is no version to roll back to
      !(intent === 'rollback' && t.intent === 'deploy'),
  );
  // a correction not understood since ("use 6.1.1, not 6.1.0" unread): which version is asked
  if (said && !correctedSinceLastOperation(f.history))
    return { ...reading, entities: { ...entities, tag: said.entities.tag } };
  return { ...reading, unclear: [...(reading.unclear ?? []), 'tag'] };
}

/** What a follow-up carries over from the turns before it when it says "the same". */
export function withCarriedValues(f: FollowUp, reading: Reading): Reading {
  const carried = withComparedPlace(
    f,
    withScaledCount(f, withVersionSaidBefore(f, withTwoReleasesAsked(f, withDeployedTag(f, reading)))),
  );
  return withPlaceOfTheOneReplaced(f, withPlaceOfTheQuestion(f, carried));
}

/** "instead", "대신": another app in the place of the one just talked about. */
const INSTEAD_OF_IT = /대신|(?<![a-z])instead(?![a-z])/;

/**
 * "api-server is fine. Restart frontend instead." after a read of production's api-server: the other app, in the place
 * the one it replaces was talked about — never the default in its stead.
 */
function withPlaceOfTheOneReplaced(f: FollowUp, reading: Reading): Reading {
  const { app, environment } = reading.entities;
  const place = f.context?.environment;
  if (!app || environment || !place || f.context?.app === app || !INSTEAD_OF_IT.test(f.text)) return reading;
  if (!CHANGE_INTENTS.has(reading.intent)) return reading;
  return { ...reading, entities: { ...reading.entities, environment: place } };
}

/**
 * "billing-api요. 아, 근데 재시작 말고 6개로 늘려 주세요" to "which app should I restart in production?": the app
 * answers the question and the order changes, but the place the question was about is still the one said — never
 * the default in its stead.
 */
function withPlaceOfTheQuestion(f: FollowUp, reading: Reading): Reading {
  const asked = f.question;
  const place = asked?.entities.environment;
  if (!asked || !place || asked.entities.app || asked.defaults?.includes('environment')) return reading;
  if (!CHANGE_INTENTS.has(reading.intent) || reading.entities.environment || !reading.entities.app)
    return reading;
  return { ...reading, entities: { ...reading.entities, environment: place } };
}

/** "frontend도 worker랑 같은 개수로": the app compared with ("worker랑 같은", "the same as worker"). */
const COMPARED_WITH =
  /([a-z][a-z0-9-]*)\s?(?:랑|이랑|와|과|하고|처럼|만큼)\s?(?:같은|똑같은|똑같이|동일한)|(?<![a-z])(?:same|as\s+many)\s+(?:\S+\s+){0,2}?as\s+([a-z][a-z0-9-]*)/;
/**
 * "frontend도 worker와 같은 개수로 맞춰 주십시오" after production's worker: the other app in the place of the app it is
 * compared with, when no place is said.
 */
function withComparedPlace(f: FollowUp, reading: Reading): Reading {
  if (reading.entities.environment || !reading.entities.app || !ALSO.test(f.text)) return reading;
  const m = COMPARED_WITH.exec(f.text);
  const compared = m?.[1] ?? m?.[2];
  const place = compared && compared !== reading.entities.app ? f.context?.placeOf?.[compared] : undefined;
  return place ? { ...reading, entities: { ...reading.entities, environment: place } } : reading;
}
