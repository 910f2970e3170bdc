/**
 * A dry run, a simulation or a preview asked for (blind round 125): "dry-run deploy … to prod", "rollback … --dry-run",
 * "simulate a rollback of …", "show me the patch for scaling …", "diff … before you deploy it", "드라이 런으로만 확인해",
 * "테스트로만 돌려 봐", "실제로는 하지 말고". The service has no preview of an operation in chat: the change is asked
 * about, never run. A dry run refused ("skip the dry run", "드라이런 말고") or already done ("드라이런 결과 이상 없었습니다
 * … 실제로 배포하십시오", "now for real") leaves the order as it is.
 */
const CHANGE_NOUN =
  '(?:deploy(?:ment|ing)?|roll\\s?back|rolling\\s+back|restart(?:ing)?|scal(?:e|ing)|delet(?:e|ion|ing)|change|release)';
const PREVIEW = new RegExp(
  [
    // "dry-run deploy …", "rollback … --dry-run", "a dry run only" — not "before the settlement dry run" (an event)
    '(?<!(?:before|after|during|since|from)\\s+(?:the\\s+|our\\s+)?(?:[a-z-]+\\s+)?)(?<![a-z])dry[\\s-]?run(?:ning)?(?![a-z])',
    '(?<![a-z])(?:--)?what-?if(?![a-z])|(?<![a-z])simulat(?:e|es|ed|ion|ing)(?![a-z])|(?<![a-z])plan\\s+only(?![a-z])',
    `(?<![a-z])(?:test[\\s-]run|preview)\\s+(?:a|an|the|my|our|this)\\s+${CHANGE_NOUN}(?![a-z])|(?<![a-z])(?:just|only)\\s+(?:a\\s+)?preview(?![a-z])`,
    '(?<![a-z])(?:show|give|tell)\\s+me\\s+(?:the\\s+|a\\s+)?(?:plan|diff|patch|manifest)\\s+(?:for|of)(?![a-z])',
    '(?<![a-z])diff\\s+(?:\\S+\\s+){1,4}against(?![a-z])',
    "(?<![a-z])(?:(?:don'?t|do\\s+not)\\s+(?:actually\\s+)?apply\\s+(?:it|anything|the\\s+change)|without\\s+applying)(?![a-z])",
    '드라이\\s?런|시뮬레이션|모의\\s?(?:실행|배포|운영)|미리\\s?보기로|테스트로만|테스트\\s?(?:로|삼아)\\s?(?:만\\s?)?돌려',
    '실제로는?\\s?(?:하지|적용하지|반영하지|배포하지|바꾸지)\\s?(?:말고|마)',
  ].join('|'),
);
/** A preview refused or already run: "skip the dry run", "dry run passed", "드라이런 결과 이상 없었습니다". */
const PREVIEW_REFUSED_OR_DONE = new RegExp(
  [
    '(?<![a-z])(?:skip|no|without|forget)\\s+(?:the\\s+|a\\s+|any\\s+)?(?:dry[\\s-]?run|simulation|preview)',
    '(?<![a-z])(?:dry[\\s-]?run|simulation|preview)\\s+(?:is\\s+|was\\s+)?(?:done|passed|looked\\s+(?:fine|good|clean)|came\\s+back)',
    '(?:드라이\\s?런|dry[\\s-]?run|시뮬레이션|미리\\s?보기)\\s?(?:은|는)?\\s?(?:먼저\\s?)?(?:말고|없이|생략|필요\\s?없|결과|끝|했|해\\s?봤)',
  ].join('|'),
);
/** "now for real", "실제로 배포하십시오": the change itself, after a preview. */
const FOR_REAL =
  /(?<![a-z])for\s+real(?![a-z])|(?:실제로|진짜로)\s?(?:배포|재시작|롤백|삭제|늘려|줄여|반영|적용|진행|올려|지워|해)/;

/**
 * "Dry run first, then do it for real: …", "드라이런을 먼저 돌리고 이어서 실제로 배포하십시오", "…바꿀 때 보낼 요청을 먼저 보여
 * 주십시오": the preview comes first and the chat has none to show, so the change after it is asked about too.
 */
const PREVIEW_FIRST = new RegExp(
  [
    '(?<![a-z])(?:dry[\\s-]?run|simulation|preview|diff|plan)\\s+(?:it\\s+)?first(?![a-z])',
    '(?<![a-z])(?:show|give)\\s+me\\s+(?:the\\s+)?(?:request|changes?|manifest|diff|patch|plan)\\s+(?:\\S+\\s+){0,6}?first(?![a-z])',
    '(?:드라이\\s?런|시뮬레이션|미리\\s?보기)(?:을|를|부터)?\\s?먼저',
    '(?:요청|매니페스트|변경\\s?(?:내용|사항)|패치|diff)(?:을|를)?\\s?먼저\\s?(?:보여|확인|공유)',
  ].join('|'),
);

/** Whether the text asks to preview its change rather than run it (or before running it). */
export const asksOnlyPreview = (t: string): boolean =>
  !PREVIEW_REFUSED_OR_DONE.test(t) && (PREVIEW_FIRST.test(t) || (PREVIEW.test(t) && !FOR_REAL.test(t)));

/** "skip the dry run,", "No dry run needed this time;", "드라이런은 됐고": a preview refused says nothing of the order. */
const PREVIEW_WAVED_OFF =
  /(?:^|(?<=[,.;:]\s*))\s*(?:skip|no|without|forget)\s+(?:the\s+|a\s+|any\s+)?(?:--)?dry[\s-]?run(?:\s+(?:needed|necessary|required|this\s+time|today))*\s*[,;.:]?|드라이\s?런\s?(?:은|는)?\s?(?:말고|없이|생략하고|필요\s?없고|됐고)\s?,?/gi;
const MAYBE_WAVED_OFF = /dry[\s-]?run|드라이\s?런/i;

export const withoutPreviewWavedOff = (text: string): string =>
  MAYBE_WAVED_OFF.test(text) ? text.replace(PREVIEW_WAVED_OFF, ' ') : text;
