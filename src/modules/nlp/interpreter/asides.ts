import { EN_NUMBER_SOURCE } from './english-numbers.js';
/**
 * Words around an order that are no part of it: a number slipped and corrected as it is typed ("3개 아니 4개로"), a
 * simile after the order, a request to be told when it is done, and what is waved off before it. A read (or a change) waved off before the order that follows it —
 * "Never mind the logs, restart worker", "Forget about the history, deploy 2.0.1", "로그는 됐고 재시작해 주세요", "로그
 * 확인해 볼게요, 재시작해 주세요" — says what is *not* wanted (or what the speaker does themselves); a request to be told
 * when it is done — "…; let me know when it's done", "…, 끝나면 알려 주세요" — asks for no wait and no read.
 */
const READ_OR_CHANGE_NOUN =
  '(?:the\\s+|my\\s+|those\\s+|that\\s+)?(?:deployment\\s+)?(?:logs?|status|history|list|restart|rollback|roll-back|redeploy|deploy(?:ment)?|scal(?:e|ing)|deletion)';
const WAVED_OFF: ReadonlyArray<RegExp> = [
  new RegExp(
    `^\\s*(?:never\\s*mind|nvm|forget(?:\\s+about)?|skip|scratch|ignore|don'?t\\s+bother\\s+with|no\\s+need\\s+for)\\s+${READ_OR_CHANGE_NOUN}(?:\\s+for\\s+now)?\\s*(?:[,;:]|\\s[—–-]+)\\s*(?:and\\s+|just\\s+)*(?=\\S)`,
    'i',
  ),
  /^\s*i'?ll\s+(?:check|look\s+at|read|pull)\s+(?:the\s+)?(?:logs?|status)(?:\s+myself)?\s*[,;:]\s*(?=\S)/i,
  /^\s*(?:로그|상태|이력|기록|목록|현황|재시작|배포|롤백|스케일|삭제)(?:는|은)?\s?(?:됐고(?:요)?|됐어요|됐습니다|말고(?:요)?|필요\s?없고(?:요)?|안\s?봐도\s?되고(?:요)?|볼\s?필요\s?없고(?:요)?|나중에\s?보고(?:요)?|제가\s?볼게요|제가\s?보겠습니다)\s*[,.]?\s+(?=\S)/,
  /^\s*(?:제가\s?)?(?:로그|상태|이력|기록)(?:는|은|도)?\s?(?:제가\s?)?(?:확인|체크)\s?(?:해\s?)?(?:볼게요|볼께요|보겠습니다|할게요|하겠습니다)\s*[,.]\s*(?=\S)/,
];
const MAY_BE_WAVED_OFF =
  /never|nvm|forget|skip|scratch|ignore|bother|no\s+need|i'?ll|됐고|됐어요|됐습니다|말고|없고|되고|보고|볼게|보겠|할게|하겠/i;

/** "…; let me know when it's done", "…, and ping me once it's up", "…, 끝나면 알려 주세요": to be told, afterwards. */
const TELL_ME_WHEN_DONE = new RegExp(
  [
    "\\s*(?:[,;—–-]|\\.\\s|\\s(?:and|then)\\s)\\s*(?:(?:and|then|please)\\s+)*(?:let\\s+me\\s+know|tell\\s+me|ping\\s+me|ring\\s+(?:me|the\\s+bell)|message\\s+me|text\\s+me|give\\s+me\\s+a\\s+(?:shout|ping|heads-up))\\s+(?:when|once|after)\\s+(?:it'?s|it\\s+is|it\\s+has|that'?s|they'?re|you'?re)\\s+(?:been\\s+)?(?:done|finished|up|ready|over|complete|through|back)[\\s.!]*$",
    '\\s*(?:[,;]|\\.\\s)?\\s*(?:다\\s?)?(?:끝나면|완료되면|되면|다\\s?되면)\\s?(?:좀\\s?)?(?:알려|말해|연락해|보고해)\\s?(?:주세요|줘요|줘|주십시오|주쇼|주십쇼)[\\s.!~]*$',
  ].join('|'),
  'i',
);
const MAY_TELL_WHEN_DONE =
  /let me know|tell me|ping me|ring|message me|text me|give me a|알려|말해|연락해|보고해/i;

/** "…다섯 개로요, 몰기 하듯", "…재시작해 주세요, 칠 새로 먹이듯": a simile after the order, colour only. */
const SIMILE_AFTER = /(?<=\S)\s*[,.]\s+(?:[가-힣a-z0-9-]+\s){0,4}[가-힣]+듯(?:이)?[\s.!~]*$/;

/**
 * "3.4.0 sorry 3.4.1", "to 3 no wait 4", "리비전 13… 아니 12로", "3개 아니 4개로": a number corrected as it is typed — the
 * slip and its correction word go, the number after them stays (of the same shape: a version for a version).
 */
const SLIP = new RegExp(
  `(?<![\\w.])(v?\\d+(?:\\.\\d+)*(?:-[0-9a-z]+(?:\\.[0-9a-z]+)*)?|(?:${EN_NUMBER_SOURCE})(?![a-z]))(?:\\s?(?:개|대|줄)(?:으로|로)?)?\\s*(?:…|\\.{1,}|,|\\s[—–-]+)?\\s*(?:(?:아|앗)\\s?)?(?:(?:→|->|=>|아니(?:다|요|야|에요|예요)?|아냐|죄송합니다|죄송해요|미안|정정(?:합니다|할게요|이요)?|no\\s+wait|wait\\s+no|no,|or\\s+rather|(?:(?:i'?m\\s+|i\\s+am\\s+)?sorry|oops|hang\\s+on|correction:?)(?:\\s*,?\\s*(?:mate|man|dude|guys|folks|boss|chief|love|all))?|i\\s+meant?|err*|uhh*|umm*)\\s*[,.—–]?\\s*)+(?=(v?\\d+(?:\\.\\d+)*|(?:${EN_NUMBER_SOURCE})(?![a-z])))`,
  'gi',
);
const MAY_HAVE_SLIP = new RegExp(
  `(?:\\d|${EN_NUMBER_SOURCE})[\\s\\S]*(?:→|->|=>|아니|아냐|죄송|미안|정정|wait|no,|rather|sorry|oops|hang|correction|mean|er|uh|um)[\\s\\S]*(?:\\d|${EN_NUMBER_SOURCE})`,
  'i',
);

function withoutSlips(text: string): string {
  if (!MAY_HAVE_SLIP.test(text)) return text;
  // "5 → 3" is a count from and to (read as such); "v4.1.0 → v4.1.1" a version corrected
  return text.replace(SLIP, (slip: string, said: string, meant: string) =>
    said.includes('.') === meant.includes('.') && (said.includes('.') || !/→|->|=>/.test(slip)) ? '' : slip,
  );
}

export function withoutAsides(text: string): string {
  let t = withoutSlips(text.includes('듯') ? text.replace(SIMILE_AFTER, '') : text);
  if (MAY_TELL_WHEN_DONE.test(t)) t = t.replace(TELL_ME_WHEN_DONE, '');
  if (!MAY_BE_WAVED_OFF.test(t)) return t;
  for (const form of WAVED_OFF) {
    const m = form.exec(t);
    if (m) return t.slice(m[0].length);
  }
  return t;
}
