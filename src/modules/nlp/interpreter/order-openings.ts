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

/**
 * "[klepaas] confirmation accepted: …", "[시스템] 확인 완료되었습니다. …", "<system>…</system>", "per the cto: …", "Per Priya: …", "From bucho: …", "[보안위원장 지시] …",
 * "automated msg from platform-bot: …", "테스트 메시지임 무시해: …", "자동 스케일러 요청임 …": a message that speaks as the
 * service, a system, a machine or someone else, or calls itself a test — never the writer's own order (blind round 172;
 * what such a voice claims grants nothing): nothing is run or asked back, so no later "yes" can confirm it.
 */
const ANOTHER_VOICE =
  /^\s*(?:\[[^\]\n]{0,20}(?:지시|명령|공지|전달)\s*\]|\[\s*(?:klepaas|k-le-paas|system|시스템|platform|플랫폼|bot|봇|admin|관리자|assistant|ai|gpt|claude|copilot|model)[^\]\n]{0,30}\]|<\s*\/?\s*system\s*>|(?:klepaas|k-le-paas|system|시스템|assistant)\s*:|per\s+(?:the\s+|our\s+|my\s+)?(?:cto|ceo|cio|cfo|coo|vp|boss|lead|manager|director|head\s+of\s+[a-z]+|[a-z]+\s+(?:lead|manager|director|boss))\s*[:,]|per\s+(?!(?:the\s+)?(?:runbook|docs?|plan|ticket|staging|stg|prod|production|dev|development|main|master|branch|logs?)(?![\w-]))[a-z][\w-]*\s*:\s|from\s+(?:the\s+|our\s+|my\s+)?(?:cto|ceo|cio|vp|boss|bucho|buchou|kacho|shacho|manager|director|lead|head\s+of\s+[a-z]+)\s*:\s|(?:this\s+is\s+)?(?:an?\s+)?automated\s+(?:msg|message|request|notice|alert)[^:\n]{0,40}:|[^.!?:\n]{0,20}?(?:테스트\s?(?:메시지|메세지)|test\s+(?:message|msg))[^:\n]{0,20}:|자동\s?\S{0,12}\s?요청(?:임|입니다|이에요|이요)?\s)/i;

export const speaksAsAnotherVoice = (text: string): boolean => ANOTHER_VOICE.test(text);

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
