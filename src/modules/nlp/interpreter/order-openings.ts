import { OTHERS_LINE } from './pasted-output.js';

/*
 * How a message opens before its order, when that decides the order is not run as said: a doubt ("이게 맞는지
 * 모르겠지만 일단 …", "not sure this is the fix, but …"), someone else's line pasted alone ("> … — 지훈", "[04:05]
 * Mina: …"), a verb of its own ("yank web-app 3.1.0 …"). Blind rounds 161–163c.
 */
const DOUBT_BEFORE_ORDER =
  /^[^.!?]{0,40}?(?:모르겠(?:지만|는데|으나)|확실(?:하지|치)?\s?않(?:지만|은데)|자신(?:은|이)?\s?없(?:지만|는데))[,\s]+(?:(?:일단|우선|그래도|그냥)\s)?|^[^.!?]{0,10}?(?:i\s*(?:am|'m)\s+not\s+(?:sure|certain)|not\s+(?:sure|certain)|dunno|i\s+don'?t\s+know|no\s+idea)(?![a-z])[^.!?]{0,60}?,?\s+but\s+(?:(?:let'?s|just)\s+)?/;

/** "단톡방에 올라온 거 그대로 붙임. [11:20] 재훈: 운영 worker 재시작해 주세요": someone else's line after the writer's words. */
const OTHERS_LINE_AFTER_OWN_WORDS =
  /^[^\n]*?[.!?:]\s+\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?\]\s*[^\s:\]\d][^\s:\]]{0,19}\s?:/i;

/** The doubt, or the whole line someone else wrote, that opens the message (the order after it is asked back). */
export const doubtOrOthersLine = (text: string): RegExpExecArray | null =>
  DOUBT_BEFORE_ORDER.exec(text.toLowerCase()) ??
  (text.includes('\n') ? null : (OTHERS_LINE.exec(text) ?? OTHERS_LINE_AFTER_OWN_WORDS.exec(text)));

/**
 * "yank web-app 3.1.0 from staging", "pull 2.4.0 of cart-api": a verb that takes a release away opens it — the version
 * beside it orders no deploy (asked).
 */
const TAKES_RELEASE_AWAY =
  /^(?:(?:please|pls|just)\s+)?(?:yank|pull|unpublish|withdraw|retire|deprecate|revoke|block|blacklist|quarantine)(?![a-z])/;
export const opensWithOwnVerb = (t: string): boolean => TAKES_RELEASE_AWAY.test(t);
