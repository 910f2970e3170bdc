import { CHANGE_INTENTS } from './intents.js';
import type { Reading } from './types.js';

/**
 * "Show us the last rollback on api-server, who did it and when", "show the last restart of worker", "지난번 롤백 보여줘":
 * an operation asked to be shown — the deployments history, never the operation run again (blind round 258; issue 12's
 * first finding, in another shape).
 */
const SHOWN_OPERATION = new RegExp(
  [
    "(?<![a-z])(?:show|see|tell|give|list|pull\\s+up|bring\\s+up|find)\\s+(?:me\\s+|us\\s+)?(?:the\\s+)?(?:(?:last|latest|previous|recent|most\\s+recent|yesterday'?s|today'?s|tonight'?s|earlier)\\s+(?:\\d+\\s+)?(?:rollbacks?|roll-?backs?|restarts?|deploy(?:ment)?s?|releases?|scal(?:e|ing)s?|deletions?)|(?:rollbacks|roll-?backs|restarts|deploy(?:ment)?s|releases))(?![a-z])",
    '(?:지난번|지난|마지막|최근|아까|어제|오늘)\\s?(?:의\\s?)?(?:롤백|재시작|배포|스케일|삭제)\\s?(?:한\\s?거|했던\\s?거|된\\s?거|내역|건|기록)?\\s?(?:좀\\s?)?(?:보여|알려)',
  ].join('|'),
);

export function withShownOperationAsHistory(typed: string, reading: Reading): Reading {
  if (!CHANGE_INTENTS.has(reading.intent) || !SHOWN_OPERATION.test(typed.toLowerCase())) return reading;
  const { app, environment } = reading.entities;
  return {
    ...reading,
    intent: 'history',
    entities: { ...(app ? { app } : {}), ...(environment ? { environment } : {}) },
    said: reading.said.filter((e) => e === 'app' || e === 'environment'),
  };
}
