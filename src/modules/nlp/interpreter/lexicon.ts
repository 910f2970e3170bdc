import type { Intent, NlpEnvironment } from './types.js';

/** Latin words are matched only as whole words (not inside `web-deploy-svc`). */
const W = (alts: string) => `(?<![a-z0-9_-])(?:${alts})(?![a-z0-9_-])`;

/** Strong intent patterns, in priority order (the first that matches wins). */
export const INTENT_PATTERNS: ReadonlyArray<readonly [Intent, RegExp]> = [
  // a read of what happened, even when it names an operation ("배포 이력", "rollback history")
  ['history', new RegExp(`이력|기록|히스토리|` + W(`history|histories`))],
  [
    'rollback',
    new RegExp(
      `롤\\s?백|되돌려|되돌리|되돌아|원복|원상\\s?복구|(?:이전|예전|직전|옛|(?<![가-힣])전)\\s?(?:버전|리비전|리비젼|릴리즈|배포)|` +
        W(
          `rollback|roll\\s+back|roll\\s+[a-z0-9][a-z0-9-]*\\s+back|rolled\\s+back|revert|undo|go\\s+back|downgrade|previous\\s+(?:version|release|revision|deploy(?:ment)?)|back\\s+to\\s+(?:v?\\d|revision|rev|the\\s+previous|previous|last)`,
        ),
    ),
  ],
  [
    'restart',
    new RegExp(
      `재\\s?시작|재\\s?기동|리\\s?스타트|다시\\s?(?:시작|띄워|띄우|켜|올려|올리|기동|배포)|재\\s?부팅|재\\s?배포|껐다\\s?(?:켜|키)|` +
        W(`restart|restarts|reboot|bounce|redeploy|re-deploy|cycle|rollout\\s+restart|kick`),
    ),
  ],
  ['logs', new RegExp(`로그(?!인)|로깅|` + W(`logs?|tail|stdout|log\\s+lines`))],
  [
    'status',
    new RegExp(
      `상태|헬스|몇\\s?개(?:야|니|인가|인지|예요|에요)|살아\\s?있|잘\\s?(?:돌아|떠|동작|작동)|정상(?:이야|인가|인지|이니)|어때|어떻게\\s?돼|어떤지|괜찮(?:아|니|은지)|` +
        W(
          `status|health|healthy|state|how\\s+is|how's|hows|is\\s+[a-z0-9-]+\\s+(?:up|running|ok|okay|alive)|check|doing`,
        ),
    ),
  ],
  [
    'delete',
    new RegExp(
      `삭제|지워|지우|제거|없애|내려|내리|철거|` +
        W(`delete|remove|destroy|tear\\s+down|take\\s+down|uninstall|undeploy|drop|nuke|rm`),
    ),
  ],
  [
    'scale',
    new RegExp(
      `스케일|늘려|늘리|늘여|줄여|줄이|조정|조절|증설|축소|확장|` +
        W(
          `scale|scaled|scaling|increase|decrease|bump|reduce|resize|set\\s+(?:the\\s+)?replicas|replicas\\s+to\\s+\\d`,
        ),
    ),
  ],
  [
    'deploy',
    new RegExp(
      `배포|디플로이|올려|올리|띄워|띄우|릴리즈|릴리스|출시|반영|업데이트|업그레이드|` +
        W(`deploy|ship|release|update|upgrade|roll\\s+out|rollout|push|launch|publish|promote`),
    ),
  ],
  [
    'help',
    new RegExp(
      `도움말|도와줘|도움|사용법|명령어|(?:어떤|무슨)\\s?기능|뭘?\\s?할\\s?수\\s?있|무엇을\\s?할\\s?수|기능\\s?(?:알려|뭐|목록)|` +
        W(`help|usage|commands|what\\s+can\\s+you\\s+do|how\\s+do\\s+i\\s+use`),
    ),
  ],
  [
    'list',
    new RegExp(
      `목록|리스트|앱들|(?:전체|모든|무슨|어떤)\\s?(?:앱|애플리케이션|서비스)|뭐\\s?(?:있|돌고|떠)|` +
        W(
          `list|ls|apps|applications|which\\s+apps|what'?s\\s+deployed|what\\s+is\\s+deployed|what'?s\\s+running|what\\s+is\\s+running`,
        ),
    ),
  ],
];

/** Weak cues: intent only when nothing strong matched. */
export const WEAK_SCALE = new RegExp(`레플리카|복제본|인스턴스|파드|` + W(`replicas?|instances?|pods?`));
export const WEAK_DEPLOY = /ㄱㄱ|고고|(?<![a-z])go\s+go(?![a-z])/;
/** "모든 앱 상태" is a list; a status with none of these and no app asks which app. */
export const ALL_MARKER = new RegExp(`모든|전체|다들|앱들|` + W(`all|every|apps|everything`));

/** "배포하지 마", "don't deploy", "취소": never an operation. */
export const NEGATION = new RegExp(
  `하지\\s?마|하지\\s?말|말아\\s?줘|안\\s?돼|취소|멈춰|` +
    W(`don'?t|do\\s+not|never|cancel|stop\\s+that|abort`),
);

/** Out-of-domain markers: chit-chat stays `unknown` even if a weak cue matches. */
export const OUT_OF_DOMAIN = new RegExp(
  `날씨|점심|저녁|배고|농담|사랑|영화|노래|주식|비트코인|몇\\s?시|누구|안녕|고마워|감사|심심|피곤|` +
    W(
      `weather|lunch|dinner|joke|love|movie|song|stock|bitcoin|time\\s+is\\s+it|who\\s+are\\s+you|hello|hi|hey|thanks|thank\\s+you|bored|capital|recipe|football|president`,
    ),
);

/** Questions about concepts ("배포가 뭐야?", "what is a rollback") — not a command. */
export const DEFINITION = new RegExp(
  `(?:이란|란)\\s?(?:뭐|무엇)|(?:이|가|은|는)\\s?(?:뭐야|뭔가요|무엇)|무슨\\s?뜻|설명해|` +
    W(`what\\s+is\\s+an?|what\\s+does|explain|meaning\\s+of`),
);

/** Environment aliases (Korean anywhere; Latin as whole words). */
export const ENV_ALIASES: ReadonlyArray<readonly [NlpEnvironment, string[]]> = [
  ['development', ['개발계', '개발', '데브', 'development', 'develop', 'devel', 'dev']],
  ['staging', ['스테이징', '스테이지', '검증계', '검증', '스테이징계', 'staging', 'stage', 'stg', 'stag']],
  [
    'production',
    ['운영계', '운영', '프로덕션', '프로덕', '프로드', '상용', '실서버', 'production', 'prod', 'prd', 'live'],
  ],
];
const envKo = ENV_ALIASES.flatMap(([, a]) => a.filter((x) => /[가-힣]/.test(x)));
const envEn = ENV_ALIASES.flatMap(([, a]) => a.filter((x) => !/[가-힣]/.test(x)));
export const ENV_PATTERN = new RegExp(
  `(${envKo.sort((a, b) => b.length - a.length).join('|')})|${W(`(${envEn.sort((a, b) => b.length - a.length).join('|')})`)}`,
  'g',
);
export const ENV_BY_ALIAS = new Map<string, NlpEnvironment>(
  ENV_ALIASES.flatMap(([e, a]) => a.map((x) => [x, e] as const)),
);
/** Canonical Latin environment words for typo tolerance (`stagign`, `prodution`). */
export const ENV_FUZZY: ReadonlyArray<readonly [string, NlpEnvironment]> = [
  ['development', 'development'],
  ['develop', 'development'],
  ['staging', 'staging'],
  ['production', 'production'],
];

/** Latin intent words for typo tolerance (`deplyo`, `restrat`, `rollbak`). */
export const INTENT_FUZZY: ReadonlyArray<readonly [string, Intent]> = [
  ['deploy', 'deploy'],
  ['release', 'deploy'],
  ['rollback', 'rollback'],
  ['revert', 'rollback'],
  ['restart', 'restart'],
  ['reboot', 'restart'],
  ['status', 'status'],
  ['health', 'status'],
  ['delete', 'delete'],
  ['remove', 'delete'],
  ['scale', 'scale'],
  ['logs', 'logs'],
  ['list', 'list'],
];
/** Korean intent words for jamo-level typo tolerance (롤뱍 → 롤백, 제시작 → 재시작). */
export const INTENT_FUZZY_KO: ReadonlyArray<readonly [string, Intent]> = [
  ['배포', 'deploy'],
  ['롤백', 'rollback'],
  ['재시작', 'restart'],
  ['재기동', 'restart'],
  ['상태', 'status'],
  ['삭제', 'delete'],
  ['스케일', 'scale'],
  ['늘려', 'scale'],
  ['줄여', 'scale'],
  ['로그', 'logs'],
  ['목록', 'list'],
];

/** Words that are never app names. */
export const STOP_WORDS = new Set(
  (
    'a an the to in on at of for from with by into onto and or but please pls plz now then again also too same ' +
    "me my our your you we i us it its it's this that these those them there here one ones " +
    'can could would will shall should may might do does did done make get give run running runs is are was were be been ' +
    "what whats what's how hows how's which where when why who show tell let lets let's go going want need like " +
    'app apps application applications service services svc server servers env environment environments cluster namespace ' +
    'replica replicas instance instances pod pods copies copy node nodes container containers ' +
    'version versions tag tags image images revision revisions rev release releases deployment deployments build ' +
    'line lines log logs last latest recent previous prior current new old first all every everything some any ' +
    'up down out back over off just quickly asap right now immediately thanks thank hi hello hey ok okay yes no not ' +
    'deploy deployed deploying ship release roll rollout rollback revert undo restart reboot bounce redeploy cycle kick ' +
    'status health healthy state check doing alive delete remove destroy tear take uninstall undeploy drop nuke rm ' +
    'scale scaled scaling increase decrease bump reduce resize set list ls help usage commands tail stdout push launch publish promote update upgrade change switch ' +
    'zero one two three four five six seven eight nine ten eleven twelve fifteen twenty ' +
    'development develop devel dev staging stage stg stag production prod prd live ' +
    'times time weather joke lunch dinner movie song stock capital recipe football president bored love ' +
    'explain meaning does mean thing things stuff today tomorrow yesterday there'
  ).split(/\s+/),
);

/** References to an earlier turn. */
export const REFERENCE = new RegExp(
  `그거|그것|그걸|이거|이것|이걸|저거|저것|걔|얘|방금|아까|같은\\s?(?:앱|거|것)|해당\\s?앱|그\\s?앱|` +
    W(`it|its|it's|that\\s+one|this\\s+one|that\\s+app|the\\s+same(?:\\s+app)?|same\\s+app|them`),
);

/** Follow-up markers: "staging에도", "prod too", "같이" — repeat the previous intent. */
export const FOLLOW_UP = new RegExp(
  `에도|에서도|도\\s?(?:해|부탁|ㄱㄱ)|해\\s?줘|해\\s?주세요|해|` +
    W(`too|also|as\\s+well|same|again|do\\s+it`),
);
