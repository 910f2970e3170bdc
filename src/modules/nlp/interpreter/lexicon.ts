import { EN_NUMBER_SOURCE } from './korean.js';
import { ENVIRONMENT_ALIASES } from '../../apps/environments.js';
import { NLP_ENVIRONMENTS, type Intent, type NlpEnvironment } from './types.js';

/** Latin words are matched only as whole words (not inside `web-deploy-svc`). */
const W = (alts: string) => `(?<![a-z0-9_-])(?:${alts})(?![a-z0-9_-])`;

/** Asking for past deployments: the reader's `history` and the safety gate's read cue. */
export const HISTORY_CUE = new RegExp(
  `(?:삭제된|롤백된|재시작된|지워진)\\s?(?:앱|거|것|게|서비스)\\s?(?:있|뭐)|배포된\\s?(?:거|것|게)\\s?(?:있|뭐)|(?:deploy|배포|롤백|rollback|restart|재시작)\\S*\\s?누가|(?<![a-z])(?:(?:did|has|have)\\s+(?:anyone|anybody|someone|somebody)\\s+(?:ever\\s+)?(?:touch|change|modify|update|deleted|deployed|restarted|rolled|scaled|touched|changed|removed)|failed\\s+(?:deploy(?:ment)?s|releases|rollouts))(?![a-z])|(?:배포|롤백|재시작|삭제|deploy|rollback|restart)\\S*\\s?(?:한|했던)\\s?(?:사람|분)|언제\\s?(?:\\S+\\s?){0,2}(?:됐었|했었)|(?:배포|롤백|deploy|rollback|release|릴리즈)\\s?(?:\\d+|한|두|세|네|다섯|열)\\s?건|(?:배포|롤백|재시작|deploy|rollback|restart|release|릴리즈)\\S*\\s?(?:가|는|은|이)?\\s?언제였|(?:나간|올라간|배포된|배포한)\\s?(?:게|거|건)\\s?언제|누가\\s?했는지|누가\\s?(?:[a-z]+\\s?)?(?:scale|스케일|deploy|배포|rollback|롤백|restart|재시작|delete|삭제)\\s?했|(?:배포|deploy|롤백|rollback|재시작|restart)\\S*\\s?(?:있었|했었)(?:나|니|냐|는지|어\\s?\\?)|(?<![a-z])(?:how\\s+often|who'?s\\s+been)\\s+(?:did\\s+)?(?:we\\s+|you\\s+)?(?:deploy|roll|restart|releas|ship)|(?<![a-z])(?:what|which)\\s+(?:tag|version|image|build)\\s+(?:was|were|did)(?![a-z])|이력|(?:리비전|리비젼|revision|버전)\\s?몇\\s?(?:번\\s?)?까지|(?:한|했던|된|됐던|해\\s?본)\\s?적\\s?(?:이\\s?)?(?:있|없)|(?<!로그\\s?)(?:(?:배포|재배포|롤백|재시작|변경|작업|릴리스|릴리즈|deploy|release)\\s?(?:한\\s?)?기록|기록(?!\\s?(?:이|가|을|를)?\\s?(?:다시\\s?|또\\s?)?(?:안|빠|밀|몰|끊|멈|없|늦|틀|쌓|들어|남기|깨|세우)|\\s?(?:을|를)?\\s?(?:보듯|읽듯|넘기듯)|\\s?(?:처럼|마냥|같이))|(?<=(?:[a-z0-9]|의)\\s?)기록)|히스토리|뭐\\s?(?:가\\s?)?(?:바뀌었|바뀐\\s?(?:거|게)|변경됐|달라졌)|과거\\s?(?:배포|릴리즈|버전)|(?:배포|롤백|재시작|deploy|rollback|release)\\s?몇\\s?번|뭐\\s?(?:배포했|배포됐|나갔|올렸|올라갔|릴리즈했|롤백했|(?:deploy|release|rollback)\\s?(?:했|됐))|(?:releases?|deploys?|deployments?)\\s?들|릴리즈\\s?노트|(?:변경|버전|리비전)\\s?이력|(?:배포|deploy|release|롤백|rollback)\\s?횟수|(?:최근|지난)\\s?(?:release|릴리즈|배포)\\s?(?:목록|리스트)|(?:deploy|배포|release|릴리즈)\\s?(?:failed|실패)\\s?(?:된|한|했던)\\s?(?:거|것|게|건)|최근\\s?(?:배포|릴리즈|롤백)\\s?(?:뭐|어떤|무슨)|그동안\\s?(?:\\S+\\s?){0,2}(?:배포|롤백|릴리즈)\\s?(?:한|된|했)|(?:시작된|시작한|난|된)\\s?(?:뒤|이후|후)로\\s(?:\\S+\\s){0,3}?(?:배포|롤백|릴리즈|재시작|deploy)\\s?(?:된|한|했던)\\s?(?:거|것|게|건)|몇\\s?번\\s?(?:배포|롤백|재시작|deploy|rollback|restart|release)|내역|타임라인|(?:배포|롤백|릴리즈|재시작|deploy|rollback|release|restart)\\S*\\s(?:\\S+\\s){0,2}?(?:\\d+|몇)\\s?건|(?:\\d+|몇)\\s?건\\s?(?:\\S+\\s)?(?:나갔|나간|했|한|됐|된|배포|롤백|릴리즈|있었)|(?:오늘|어제|그제|지난\\s?주|지난\\s?달|지난번|저번|이번\\s?주|최근|요즘)\\s?(?:의\\s?)?(?:(?:운영|스테이징|개발|prod|staging|dev)\\s?)?(?:배포|롤백|릴리즈|재시작)(?:들|\\s?내역)?(?:\\s?(?:전부|다|모두))?\\s*$|배포들|버전들|릴리즈들|언제\\s?(?:\\S+\\s?)?(?:배포|롤백|릴리즈|릴리스|업데이트|올렸|올라|나갔|나간|재시작|재기동|deploy|release)|마지막으로\\s?(?:배포|롤백|릴리즈|재시작)(?:한|된|했|됐)|(?:최근|지난)\\s?(?:배포|릴리즈|롤백)\\s?\\d+\\s?(?:개|건)|` +
    `누가\\s?(?:\\S+\\s?){0,3}(?:배포|롤백|올렸|재시작|지웠|삭제|deploy|rollback|restart|release)|(?:배포|deploy|롤백|rollback|릴리즈|release)\\s?(?:는|은)?\\s?언제|(?:무슨|어떤)\\s?(?:태그|버전|이미지|tag|version|image)\\s?(?:였|이었)|(?:태그|버전|이미지|tag|version)(?:이|가)?\\s?뭐였|(?:배포|롤백|재시작|deploy|rollback|restart|release)\\s?(?:한|된)\\s?(?:거|것|게)\\s?있|변경\\s?사항|마지막\\s?(?:배포|deploy|릴리즈|release)|(?:마지막으로|최근에?)\\s?배포된|(?:실행된|실패한|성공한)\\s?배포|(?:배포|롤백|deploy|rollback)\\s?(?:한|된)\\s?적|` +
    `(?:오늘|어제|지난|이번\\s?주|최근|요즘)\\s?(?:\\S+\\s?){0,3}(?:배포된|배포한|올라간|나간)\\s?(?:거|것|게|앱|버전|서비스)|배포한\\s?(?:거|것|게)\\s?(?:전부\\s?|다\\s?|모두\\s?)?(?:보여|알려)|(?:부터|이후로?|동안|하면서)\\s(?:\\S+\\s){0,3}?(?:배포|deploy)\\s?(?:된|한|했던)\\s?(?:거|것|게)|리비전\\s?\\d+\\s?(?:이|은|는|가)?\\s?(?:뭐|무슨|어떤|몇)|` +
    W(
      `history|histories|hist|changelog|audit\\s+(?:trail|log)|who\\s+(?:pushed|shipped)|(?<!no\\s)(?:deploys|deployments|releases|rollbacks|restarts|deletes|deletions)\\s+(?:\\S+\\s+){0,3}?(?:this|last|since|today|yesterday)(?![a-z])|(?:shipped|released|deployed|pushed)\\s+(?:\\S+\\s+){0,3}?since|deploy(?:ment)?\\s+record|what\\s+(?:tags|versions|images|releases)\\s+(?:has|have|did)|timeline|records|release\\s+(?:notes|log)|deploy(?:ment)?s?\\s+log|(?:show|list)\\s+(?:me\\s+)?(?:the\\s+)?(?:recent|last|past|previous)\\s+(?:\\d+\\s+)?(?:deployments|deploys|releases)|deployments\\s+(?:this|last)\\s+(?:week|month)|how\\s+many\\s+(?:deploys|deployments|releases|rollbacks)|what(?:\\s+(?:was|got|were|has\\s+been|have\\s+been)|'?s\\s+been)\\s+(?:deployed|released|shipped|rolled\\s+out|pushed)|what\\s+did\\s+(?:we|you|i|they)\\s+(?:deploy|ship|release|push)|(?:which|what)\\s+(?:tag|version|image)\\s+did\\s+(?:we|you|i|they|[a-z0-9-]+)\\s+(?:deploy|ship|release|push)|(?:was|were|has|have)\\s+(?:\\S+\\s+){1,3}ever\\s+(?:been\\s+)?(?:deployed|released|shipped)|` +
        `(?:recent|past|previous|latest|earlier|last\\s+\\d+|today'?s|yesterday'?s|this\\s+week'?s|last\\s+week'?s)\\s+(?:[a-z0-9-]+\\s+)?(?:deployments|deploys|releases|rollouts)|(?:deployments|releases|deploys)\\s+(?:of|for|from|since|during|last|this|yesterday|today|in\\s+the\\s+last|over\\s+the\\s+last)|` +
        `(?:배포|롤백|재시작|deploy|rollback|roll\\s?back|restart|release)\\s?(?:한|된|했던)\\s?(?:게|거|건|것이|때가?)\\s?언제|(?:deployed|released|shipped)\\s+(?:last|yesterday|this|today|earlier|recently)|(?:what|everything|anything)\\s+(?:that\\s+)?(?:went|has\\s+gone|got\\s+shipped|got\\s+deployed|got\\s+released)\\s+(?:out\\s+)?(?:(?:to|on)\\s+[a-z]+\\s+)?(?:today|yesterday|tonight|this\\s+(?:morning|afternoon|arvo|week)|last\\s+(?:night|week))|when\\s+(?:was|did)\\s+(?:[a-z0-9-]+\\s+)?(?:last\\s+)?(?:deployed|released|updated|rolled\\s+back|restarted|scaled|deploy|roll|release|restart|go\\s+out|ship|get\\s+deployed)|who\\s+(?:was|is)\\s+the\\s+last\\s+(?:one|person)\\s+to\\s+(?:deploy|restart|roll|release|touch|scale|delete|ship)|(?<!(?:undo|revert|cancel|roll\\s+back)\\s+(?:the\\s+)?)(?:last|latest)\\s+(?:successful\\s+|failed\\s+)?(?:deploy|deployment|release|rollback)s?\\s+of|(?:was|is)\\s+revision\\s+\\d+|(?:which|what)\\s+version\\s+of\\s+[a-z0-9-]+\\s+did\\s+(?:we|you|i|they)|` +
        `(?:did|has)\\s+(?:anyone|anybody|someone|somebody)\\s+(?:roll|deploy|restart|release|ship|scale|delete)|who\\s+(?:deployed|rolled\\s+back|released|restarted|scaled|deleted|rolled)|deploy(?:ment)?\\s+log\\s+for|previous\\s+versions|what\\s+versions|how\\s+many\\s+times|have\\s+we\\s+(?:shipped|deployed|released)|what\\s+(?:shipped|went\\s+out|went\\s+live|went\\s+to|got\\s+shipped|rolled\\s+out)|when\\s+did\\s+(?:\\S+\\s+){0,3}(?:go\\s+out|go\\s+live|go\\s+to|ship|get\\s+deployed|get\\s+released)|when\\s+(?:[a-z0-9.-]+\\s+){1,3}go\\s+(?:to|out|live)(?![a-z])|when\\s+(?:we|you|i|they)\\s+last\\s+(?:rolled\\s+back|deployed|released|restarted|scaled|shipped)|any\\s+(?:deploys|deployments|rollbacks|releases|restarts)|what\\s+was\\s+(?:[a-z0-9-]+\\s+)?revision|how\\s+many\\s+(?:\\S+\\s+)?did\\s+(?:we|you|i|they)|revision\\s+\\d+\\s+of|change\\s?logs?|last\\s+(?:thing|app|one|service)\\s+(?:we|you|i|they)\\s+(?:rolled\\s+back|deployed|released|shipped|restarted)|^[a-z0-9-]+\\s+releases$`,
    ),
);
/** Asking what runs (a whole environment or every app): `list`. */
export const LIST_CUE = new RegExp(
  `목록|리스트|앱들|(?:deploy|배포)\\s?(?:된|돼\\s?있는)\\s?(?:app|앱|서비스|거|것)(?:들)?\\s?(?:전부|다|모두)|뭐가\\s?(?:떠|돌|올라)|(?:앱|app)(?:이|은)?\\s?몇\\s?개|전부\\s?(?:보여|알려)|뭐\\s?뭐|(?:앱|app|apps|서비스)\\s?(?:(?:지금|현재|총|전부|다|모두)\\s?){1,3}몇\\s?개|(?:전체|모든|무슨|어떤)\\s?(?:앱|애플리케이션|서비스|service|app)|뭐\\s?(?:있|돌고|떠)|` +
    `(?:배포|deploy)\\s?된\\s?(?:거|것|앱|서비스|apps?|services?)(?:들)?\\s?(?:다|전부|모두)|(?:떠|올라가|돌고)\\s?있는\\s?(?:서비스|앱|거|것)|(?:running|실행)\\s?중인\\s?(?:서비스|앱|거|것)|(?:올라간|배포된)\\s?(?:서비스|앱|apps?|services?)(?:들)?\\s?(?:전부|다|모두)|현황판|앱\\s?몇\\s?개|몇\\s?개의?\\s?앱|` +
    W(
      `list|ls|apps|applications|inventory|what(?:'s|\\s+is)\\s+live|what\\s+(?:do\\s+we|are\\s+we)\\s+run|everything\\s+(?:deployed|running|that'?s|in|on)|all\\s+(?:the\\s+)?(?:apps|services|deployments)|which\\s+(?:apps|services)|what\\s+(?:apps|services)|` +
        `what'?s\\s+(?:currently\\s+|left\\s+|still\\s+)?(?:deployed|running|in|on)|what\\s+is\\s+(?:currently\\s+|left\\s+|still\\s+)?(?:deployed|running|in|on)|what\\s+do\\s+we\\s+have|overview|fleet|how\\s+many\\s+(?:apps|services)`,
    ),
);
/** Asking how one app is (and how many of it run): `status`. */
export const STATUS_CUE = new RegExp(
  // "배포 좀 봐줘", "스케일 된 거 확인 좀": the operation looked at, not ordered
  // "stg frontend tag 확인 좀", "auth-service version on prod": the version that runs, asked
  `(?:태그|버전|이미지|(?<![a-z])(?:tag|version|image))\\s?(?:확인\\s?(?:좀|해\\s?줘|부탁)?|좀\\s?(?:봐|확인))(?=\\s*[.?!]?\\s*$)|^[a-z][a-z0-9]*-[a-z0-9-]+\\s+(?:version|tag|image)(?:\\s+(?:on|in)\\s+[a-z]+)?\\s*\\??\\s*$|` +
    `(?:배포|롤백|재시작|스케일)\\s?(?:(?:된|한)\\s?(?:거|것|게)\\s?|상황\\s?|결과\\s?)?(?:좀\\s?)?(?:봐\\s?(?:줘|주세요|줘요|주셈)|확인\\s?(?:좀\\s?)?(?:해\\s?(?:줘|주세요)|바랍니다|요망|좀))|` +
    `(?:봐|확인)(?<=(?:^|\\s)[a-z][a-z0-9-]*[a-z0-9](?:을|를|은|는)?\\s?(?:좀\\s?|먼저\\s?|한번\\s?|다시\\s?(?:한번\\s?)?)?(?:봐|확인))(?:(?<=봐)\\s?(?:줘|주세요|줘요|줘유|주셈|주라)?|(?<=확인)\\s?(?:좀\\s?)?(?:해\\s?(?:줘|주세요|줘요|주십시오|줘유)?|바랍니다|바람|요망))(?=[\\s.!~]*$)|상황\\s?(?:을\\s?)?(?:전해|알려|보고|공유)\\s?(?:주|줘|바람|바랍|요망)|돌아가고\\s?있(?:나|어|니|냐|는지|죠)|괜찮은\\s?(?:거|건)(?:죠|지|야|예요|에요|냐|니)|괜춘|(?<!수\\s?)있는지\\s?(?:좀\\s?)?(?:확인|체크|봐)|상\\s?태|현황(?!판)|헬스|(?:정상|이상|완료)\\s?(?:여부|유무)|(?:정상\\s?)?(?:기동|동작|가동|작동)\\s?(?:여부|중인지)|떴음|맞(?:아|나|니|지|죠|나요|아요|음|는지|냐)\\s?\\?|뜬\\s?(?:거|게)|떴(?:어|나|니|냐)|(?:돌아왔|살아났)(?:어|나|니|냐|습니까|나요|어요)(?=\\s?\\?|[\\s.!]*$)|(?<![a-z])up\\s?(?:이야|이에요|인가|이니|임)|(?<!(?<![a-z0-9-])(?:앱|app)(?:이|은)?\\s?)몇\\s?(?:개|대|pod|파드|레플리카|replica)(?!\\s?(?:더|추가))|(?:레플리카|replica|파드|pod)\\s?(?:지금\\s?)?몇(?!\\s?(?:개|대)?\\s?(?:더|추가))|(?:개수|(?:pod|파드|레플리카|replica)\\s?수)(?!\\s?(?:로|으로)(?![가-힣]))(?!\\s?(?:를|을|는)?\\s?(?:\\d|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|맞춰|맞추|조정|조절|늘|줄))|몇\\s?버전|어떤\\s?(?:image|이미지|태그|tag|버전)|ready\\s?(?:야|\\?|$)|ready\\s+(?:in|on)\\s+\\S+\\s?\\?|(?<![a-z])(?:replicas?|pods?|instances?)\\s+(?:all\\s+)?(?:ready|healthy)(?![a-z])|` +
    `살아\\s?있|살았(?:나|냐|니|어)|(?:잘\\s?)?(?:뜨나|뜨는지|맞는지|맞나|도는지|돌고\\s?있는지|(?:줄었|늘었|줄어들었|늘어났|바뀌었|올라갔|내려갔)는지)\\s?(?:좀\\s?|다시\\s?|한번\\s?)?(?:봐|보|확인|체크)|문제\\s?(?:없|있)|에러\\s?(?:나|있)|죽었|죽어\\s?있|(?<![a-z])rolling\\s?중|버전\\s?(?:뭐|몇)|태그\\s?뭐|(?:image|tag|version|이미지)\\s?(?:가|이|는|은)?\\s?뭐(?!였)|무슨\\s?(?:태그|버전|이미지|tag|version|image)\\s?(?:야|이야|임|이에요|인가|인지|\\?|$)|올라가\\s?있(?:나|어|니|냐|는지)|(?:잘|제대로)\\s?올라갔|running\\s?(?:이야|이에요|인가|중|\\?)|(?<!뭐\\s?)(?:돌고|떠)\\s?있(?!는\\s?(?:서비스|앱|거|것))|잘\\s?(?:돌아|떠|동작|작동)|정상(?:이야|인가|인지|이니|입니까|인가요|이에요|이냐|임\\?)|(?:배포|반영|롤백|재시작|재기동|스케일)\\s?결과|살아\\s?났(?:나|냐|니|어\\?|나요|습니까)|어때|어떰|어떻게\\s?돼|어떤지|괜찮(?:아|니|은지|나|음)|` +
    W(
      `what\\s+does\\s+(?:[a-z0-9-]+|it|that)\\s+look\\s+like|how\\s+(?:does|do)\\s+(?:[a-z0-9-]+|it|they)\\s+look(?![a-z])|all\\s+good(?=\\s*$)|holding\\s+up|^(?:(?:now|and|ok|okay|so)[,\\s]+)?(?:please\\s+)?show\\s+me(?=\\s+[a-z][a-z0-9]*-[a-z0-9-]+(?:\\s+(?:on|in)\\s+[a-z]+)?\\s*[.!]?\\s*$)|^(?:(?:please|pls|kindly)\\s+)?(?:(?:take|have)\\s+a\\s+(?:quick\\s+)?look\\s+at|look\\s+at|peek\\s+at|check\\s+on)(?!.*(?<![a-z])(?:too|also|as\\s+well)(?![a-z]))|vibe\\s+check|(?:fine|ok|okay|up|running)\\s+or\\s+not|imagepullbackoff|errimagepull|crashloopbackoff|oomkilled|evicted|status|health|healthy|readiness|liveness|state|situation|broken|failing|what\\s+version|which\\s+(?:version|tag|image)|how\\s+many(?!\\s+(?:apps|services|applications|times))|how\\s+is|how's|hows|is\\s+(?:it|she|he|they|[a-z0-9-]+)\\s+happy|what(?:'s|\\s+is)\\s+(?:[a-z0-9-]+\\s+){1,3}up\\s+to|is\\s+(?:the\\s+)?(?:new\\s+)?(?:[a-z0-9-]+\\s+)?(?:(?:or|and)\\s+[a-z0-9-]+\\s+)?(?:build\\s+|even\\s+|still\\s+|really\\s+|actually\\s+)?(?:up|down|running|ok|okay|alive|deployed|stuck|out\\s+on)|check|doing|replica\\s+count(?!\\s+(?:of\\s+[a-z0-9-]+\\s+)?(?:to\\s+)?(?:\\d|${EN_NUMBER_SOURCE}))(?!.*\\s(?:to\\s+\\d|\\d+\\s?로))|number\\s+of(?![^?]*\\s(?:to|=)\\s*(?:\\d|${EN_NUMBER_SOURCE}(?![a-z])))|are\\s+there\\s+\\d+|crashloop(?:ing)?|still\\s+(?:running|crashing|up|down|on)|(?:restarting|crashing|flapping)\\s+(?:a\\s+lot|so\\s+much|often|constantly|again)|come\\s+up|gone\\s+through|(?:deploy(?:ment)?|rollback|restart)\\s+results?`,
    ),
);
/** "어떻게 말하면 돼?", "how do I roll back?": how to use this service, even with an operation word in it. */
export const HELP_CUE = new RegExp(
  `어떻게\\s?(?:말|시키|써|쓰|사용|보면|봐|하면\\s?돼|시작|요청)|어케\\s?(?:씀|써|쓰|해|함|하는|말)|(?:한국어|영어)로\\s?(?:말해도|써도|물어봐도|해도)|(?:기능|command|커맨드|명령)\\s?(?:의\\s?)?(?:목록|리스트)|(?:deploy|배포|롤백|rollback|restart|재시작|scale|스케일)\\s?(?:는|은)?\\s?어떻게\\s?(?:해(?!\\s?주|줘)|하나|하지|하는)|예시\\s?명령|(?:쓸|사용할|고를)\\s?수\\s?있는\\s?환경|(?:명령|커맨드)\\S*\\s?(?:어떤|무슨)\\s?(?:형식|식)|형식이|문법|뭐라고\\s?(?:말|해|치|쳐|입력|써|적)|뭘\\s?물어|헬프|(?:보는|쓰는|하는|치는|입력하는)\\s?명령어|명령어\\s?(?:좀\\s?)?(?:알려|뭐|목록|보여)|(?:환경|environment)\\s?(?:이름|alias|aliases|별칭|별명)|사용\\s?(?:방법|가이드)|사용법\\s?(?:알려|좀|보여)|(?:쓰는|보는|하는)\\s?(?:법|방법)\\s?(?:알려|좀|보여|뭐|있)|가이드|절차(?=\\s?(?:알려|좀|보여|뭐|가|는|를)|\\s*[?？]|\\s*$)|매뉴얼|설명서|튜토리얼|예시\\s?(?:좀|보여|알려)|명령\\s?(?:예시|예제|목록)|지원하는\\s?(?:명령|기능)|할\\s?줄\\s?아는|처음인데|처음\\s?(?:써|쓰|사용)|뭐부터|어떻게\\s?(?:보는|하는|쓰는)\\s?(?:거|건|법)|법\\s?(?:example|예시|예제)|(?:환경|environment)\\S*\\s?(?:어떤|무슨)\\s?(?:거|것)?\\s?(?:쓸|사용할)\\s?수|(?:사용\\s?가능한|쓸\\s?수\\s?있는)\\s?(?:command|명령|커맨드)|` +
    W(
      `^examples?(?:\\s+(?:please|pls|plz))?$|(?:an?\\s+|some\\s+)?examples?\\s+of\\s+(?:an?\\s+|the\\s+)?(?:deploy|rollback|restart|scale|delete|status|logs?|history|list)\\s+commands?|^(?:need\\s+|i\\s+need\\s+|some\\s+)?help\\s+(?:with|on|for)\\s+(?:the\\s+)?(?:deploy|rollback|restart|scale|delete|status|logs?|history)(?:ing)?\\s+(?:commands?|syntax|wording)|(?:talk|speak|write|type)\\s+(?:to\\s+you\\s+)?in\\s+(?:korean|english)|how\\s+(?:to|do\\s+i|can\\s+i|should\\s+i)\\s+(?:ask|request)\\s+(?:for|you)|what\\s+am\\s+i\\s+allowed\\s+to|can\\s+you\\s+do\\s+\\w+\\s+too|getting\\s+started|what\\s+(?:should|do)\\s+i\\s+(?:type|say|write)|how\\s+should\\s+i\\s+(?:phrase|word|ask|say|type|write)|explain\\s+how\\s+to|how\\s+to\\s+\\w+(?:\\s+\\w+)?\\s+with\\s+you|cheat\\s*sheet|tutorial|manual|example\\s+commands|supported\\s+commands|what\\s+commands|which\\s+commands|what\\s+can\\s+i\\s+(?:ask|say|do)|what\\s+do\\s+you\\s+(?:support|understand)|what\\s+else\\s+can\\s+you|how\\s+does\\s+this\\s+(?:work|bot\\s+work)|i'?m\\s+new(?!.*(?:please|could\\s+you|can\\s+you|would\\s+you)\\s+(?:deploy|restart|roll|scale|delete|remove|redeploy))|capabilities|how\\s+(?:do|can)\\s+i\\s+(?:use|ask|tell|get\\s+you|make\\s+you|deploy|roll|restart|scale|delete|remove|check|see|view|list|read|confirm|cancel)|how\\s+to\\s+use|how\\s+(?:am\\s+i|are\\s+we|is\\s+one)\\s+(?:supposed|meant)\\s+to\\s+(?:use|talk\\s+to|ask)|syntax|quick\\s+tour|(?:a|the)\\s+tour(?!\\s+bus)(?=\\s*$|\\s+(?:of|please|pls))|which\\s+environments|what\\s+environments|how\\s+do\\s+[a-z]+\\s+work`,
    ),
);

/** Strong intent patterns, in priority order (the first that matches wins). */
export const INTENT_PATTERNS: ReadonlyArray<readonly [Intent, RegExp]> = [
  ['help', HELP_CUE],
  ['history', HISTORY_CUE],
  [
    'rollback',
    new RegExp(
      `롤\\s?백|되돌려|되돌리|되돌아|원복|복원|(?:으로|로)\\s?환원|(?:으로|로)\\s?돌아\\s?가|배포\\s?(?:를\\s?)?취소|무르|물러(?!\\s?(?:간|갔|가|나|났|서|섰))|무를|원상\\s?복구|(?:으로|로)\\s?복구|리버트|없던\\s?일로|없었던\\s?일로|원래대로|원래\\s?버전|예전으로|이전\\s?상태로|돌려\\s?놔|(?:이전|예전|직전|옛날?|지난\\s?번?|어제|(?<![가-힣])전)\\s?(?:버전|리비전|리비젼|릴리즈|배포|태그|걸로|거로|것으로|version|tag)(?!\\s?(?:이에요|예요|입니다|이야|임|이라|인데|이고|이니))|(?:버전|태그|리비전|version|tag|걸|거|(?<![\\w.])v?\\d+(?:\\.\\d+){1,3}|(?<=\\S\\s{4,}))\\s?(?:으로|로)\\s?돌려|전으로\\s?돌려|단계\\s?전(?:으로|로)?|` +
        W(
          `rollback|roll-back|roll\\s+back|rollout\\s+undo|back\\s+out|return\\s+[a-z0-9-]+(?:\\s+(?:on|in)\\s+[a-z]+)?\\s+to(?=\\s+v?\\d|\\s+(?:the\\s+)?(?:old|previous|last|prior|earlier|stable)(?![a-z])|\\s{4,})|(?:take|put)\\s+[a-z0-9-]+(?:\\s+(?:on|in)\\s+[a-z]+)?\\s+back\\s+(?:to|on)(?!\\s+(?:dev|development|staging|stage|stg|prod|production|live)(?![a-z]))|put\\s+back|put\\s+(?:the\\s+)?(?:old|previous|last|prior|earlier)\\s+(?:[a-z0-9-]+\\s+)?(?:version|release|build|image|one)\\s+back|back\\s+to\\s+(?:the\\s+)?(?:old|previous|last|prior|stable|good|working)\\s+(?:version|release|build|tag|one|image)|roll\\s+(?:[a-z0-9가-힣][a-z0-9가-힣.-]*\\s+){1,4}back|rolled\\s+back|revert(?!\\s+(?:(?:asap\\s+)?on\\s+(?:that|this|it|my|the\\s+(?:mail|email|status|query))|to\\s+(?:me|us)|back\\s+(?:to\\s+(?:me|us)|on|with)|with\\s+(?:the|an?)\\s|once|when\\s+done|after\\s+(?:that|it|checking)))|undo|go\\s+back|restore|downgrade|previous\\s+(?:version|release|revision|deploy(?:ment)?)|back\\s+to\\s+(?:v\\d|\\d+\\.|revision|rev|the\\s+previous|previous|last)|(?<!(?:drop|bring|knock|cut|dial|trim|wind|scale|take)\\s+(?:\\S+\\s+){0,4})back\\s+to\\s+\\d(?!\\d*\\s*(?:replicas?|pods?|instances?|copies)(?![a-z]))`,
        ),
    ),
  ],
  [
    'restart',
    new RegExp(
      `재\\s?시작|재\\s?기동|재\\s?가동|리부트|리로드|(?<![a-z])re(?:\\s+|-)start(?![a-z])|리\\s?스타트|다시\\s?(?:시작|띄워|띄우|켜|올려|올리|기동)|재\\s?부팅|껐다\\s?(?:가\\s?)?(?:다시\\s?)?(?:켜|키|start)|(?:죽이고|kill\\s?하고)\\s?(?:새로|다시)\\s?(?:띄|올|켜|살려)|흔들어\\s?깨워|바운스|(?:파드|pod)s?\\s?(?:들)?\\s?(?:을|를)?\\s?(?:전부\\s?|다\\s?|모두\\s?)?새로\\s?띄|새로\\s?고침|stop\\s?(?:했다가?|하고)\\s?(?:다시\\s?)?start|내렸다\\s?(?:가\\s?)?(?:다시\\s?)?(?:올|띄|켜|up)|재\\s?생성|죽였다\\s?살려|(?<![가-힣])살려\\s?(?:줘|주세요|줄래|봐)|(?<!(?:자꾸|계속|또|막|자주|로그인이|접속이|앱이)\\s?)튕겨(?!요|서|도|나|지|\\s?(?:요|버리|나가|나와))|` +
        W(
          `restart|recreate|reboot|bounce|nudge|cycle|recycle|stop\\s+and\\s+start|stop\\s+(?:[a-z0-9-]+\\s+){1,4}?and\\s+(?:then\\s+)?start|stop\\s+(?:\\S+\\s+){1,4}?(?:then\\s+)?bring\\s+(?:it|them|[a-z0-9-]+)\\s+back(?:\\s+up)?|reload|rollout\\s+restart|kick|off\\s+and\\s+on|kill\\s+(?:the\\s+)?(?:[a-z0-9-]+(?:'s)?\\s+)?pods|power[-\\s]?cycle|roll\\s+(?:the\\s+)?(?:[a-z0-9-]+\\s+)?pods|down\\s+(?:\\S+\\s+){0,3}?and\\s+(?:\\S+\\s+){0,4}?back\\s+up|refresh\\s+(?:the\\s+)?(?:[a-z0-9-]+\\s+)?pods`,
        ),
    ),
  ],
  [
    'logs',
    new RegExp(
      `로그(?!인|\\s?(?:써|쓰|작성))|로깅|콘솔|출력|에러\\s?메시지|` +
        W(
          `logs|(?<!(?:can't|cant|cannot|couldn't|unable\\s+to|won't)\\s)log(?!\\s+(?:(?:me|us)\\s+)?(?:in|on|out)(?:\\s*$|\\s+to(?![a-z]))|\\s+into(?![a-z]))|login\\s+logs?|tail|stdout|stderr|log\\s+lines|printing|output|console|error\\s+messages`,
        ),
    ),
  ],
  ['status', STATUS_CUE],
  [
    'delete',
    new RegExp(
      `삭제|딜리트|지워|지우|제거|없애|(?<!(?:잠깐|잠시|당분간|일시적으로)\\s?)내려(?!앉|가|갔|와|왔|오|놓|놨)|(?<!(?:잠깐|잠시|당분간|일시적으로)\\s?)내리|철거|(?<=(?:[a-z0-9]|에서)[^!.?]{0,16})철수|날려|치워|(?:싹\\s?(?:다\\s?)?|전부\\s?|다\\s?)밀어(?!\\s?넣)|밀어\\s?버려|(?:리소스|자원)\\s?(?:다\\s?)?정리|(?:환경|클러스터)?에서\\s?빼|` +
        W(
          `delete|remove|destroy|wipe|bin\\s+(?:it|that|this|them|[a-z0-9-]+\\s+(?:off|on|from|in)(?![a-z]))|decommission|retire|purge|get\\s+rid\\s+of|get\\s+shot\\s+of|take\\s+[a-z0-9-]+\\s+out\\s+of|tear\\s?down|take\\s+(?:[a-z0-9-]+\\s+){0,2}down(?!\\s+to\\s)|take\\s+(?!(?:one|two|three|four|five|a|an|\\d+)\\s)[a-z0-9-]+\\s+off|pull\\s+[a-z0-9-]+\\s+off|uninstall|undeploy|(?<!(?:the|a|an|this|that|our|next|big)\\s+(?:[a-z0-9'-]+\\s+){0,2})drop(?!\\s+(?:[a-z0-9-]+\\s+){0,4}?(?:from\\s+\\S+\\s+)?(?:back\\s+)?(?:down\\s+)?(?:to|by)\\s|\\s+(?:starts?|begins?|is|was|will|goes|went|happens?|time|event|opens?)(?![a-z]))|nuke|rm|kill\\s+(?:the\\s+)?(?:[a-z0-9-]+\\s+)?(?:deployment|app|service)`,
        ),
    ),
  ],
  [
    'scale',
    new RegExp(
      `스케일|(?:잠깐|잠시|당분간|일시적으로)\\s?내려|(?:두|세|2|3)\\s?배(?:로)?(?![가-힣])|늘려|늘리|늘여|줄여|줄이(?=[가-힣])|조정|조절|증설|(?<=(?:개|대|pods?|파드|레플리카)(?:로|으로)?\\s?)(?:증원|감원)|축소|확장|맞춰|맞추|(?:\\d+\\s?(?:개|대)|하나|한\\s?개|두\\s?개|세\\s?개)만\\s?남[겨기]|(?:0|영)\\s?(?:개|대)?\\s?(?:으로|로)\\s?꺼|세팅|유지\\s?(?:해|시켜)|` +
        W(
          `scale|scaled|scaling|increase|decrease|reduce|(?<=[a-z0-9]-[a-z0-9]+\\s+(?:(?:on|in)\\s+[a-z]+\\s+)?)to\\s+\\d{1,3}(?=\\s*(?:$|[,.;!]|(?:on|in|now|please|pls|asap|replicas?|pods?|instances?|copies)(?![a-z])))|bump\\s+(?:\\S+\\s+){0,4}?(?:up|down)\\s+(?:by\\s+)?(?:\\S+\\s+){1,2}?(?:more\\s+)?(?:pods?|replicas?|instances?)|(?:bump|set)\\s+(?:\\S+\\s+){1,4}?(?:up\\s+|down\\s+)?to\\s+(?:\\d+(?![\\d.])|(?:${EN_NUMBER_SOURCE})(?![a-z]))|resize|drop\\s+(?:[a-z0-9-]+\\s+){0,4}?(?:from\\s+\\S+\\s+)?(?:back\\s+)?(?:down\\s+)?(?:to|by)(?=\\s)|crank\\s+(?:[a-z0-9-]+\\s+)?(?:up|down)|knock\\s+(?:\\S+\\s+){0,4}?(?:back\\s+)?(?:down\\s+)?to(?=\\s)|cut\\s+(?:\\S+\\s+){0,4}?(?:back\\s+)?down\\s+to(?=\\s)|cut\\s+(?:\\S+\\s+){0,4}?in\\s+half|wind\\s+(?:[a-z0-9-]+\\s+){0,3}?(?:back\\s+)?(?:down\\s+|up\\s+)?to\\s+(?:\\d+(?![0-9.])|(?:${EN_NUMBER_SOURCE})(?![a-z]))|bring\\s+(?:[a-z0-9-]+\\s+)?(?:up|down)\\s+to(?=\\s)|dial\\s+(?:[a-z0-9-]+\\s+)?(?:up|down)|replica\\s+count\\s+(?:of\\s+[a-z0-9-]+\\s+)?to|(?<!with\\s)exactly\\s+\\d+|should\\s+(?:have|run)\\s+(?:\\d+|${EN_NUMBER_SOURCE})(?![a-z0-9.])|bump\\s+(?:[a-z0-9-]+\\s+)?(?:up|to\\s+\\d+(?![0-9.]))|take\\s+(?:it|them|[a-z0-9-]+)(?:\\s+(?:in|on)\\s+[a-z]+)?\\s+(?:from\\s+\\d+(?:\\s+(?:pods?|replicas?|instances?))?\\s+)?(?:up\\s+|down\\s+)?to\\s+(?:\\d+(?![0-9]|\\.\\d)|(?:${EN_NUMBER_SOURCE})(?![a-z]))|make\\s+(?:prod|production|staging|stg|dev|development)\\s+(?:\\d{1,3}(?![0-9.a-z])|(?:${EN_NUMBER_SOURCE})(?![a-z]))|make\\s+it\\s+(?:\\d+(?![0-9.a-z])|(?:${EN_NUMBER_SOURCE})(?![a-z])(?!\\s+(?:more|less|fewer|times|of|minutes?|hours?|days?|o'?clock|pm|am|percent)(?![a-z])))|bump\\s+(?:\\S+\\s+){0,6}?(?:up\\s+|down\\s+)?to\\s+(?:\\d+|${EN_NUMBER_SOURCE})\\s+(?:replicas?|pods?|instances?|copies)|(?:down|up)\\s+to\\s+\\d+(?![0-9.])|(?:pod|replica|instance)s?\\s+count\\s+(?:to\\s+|=\\s*|of\\s+)?\\d+(?![0-9.])|set\\s+(?:the\\s+)?replicas|set\\s+the\\s+(?:number|count)\\s+of|set\\s+(?:[a-z0-9._'-]+\\s+){0,6}?to\\s+(?:\\d+(?![0-9.])|(?:${EN_NUMBER_SOURCE})(?![a-z]))|replicas\\s+to\\s+\\d|(?:keep|hold|pin)\\s+(?:[a-z0-9-]+\\s+)?at\\s+(?:\\d+|${EN_NUMBER_SOURCE})(?![0-9.a-z])`,
        ),
    ),
  ],
  [
    'deploy',
    new RegExp(
      `배포|디플로이|디플로잉|승격\\s?(?:해|시켜|하|시키|을|좀)|푸시\\s?(?:해|하자|ㄱ)|(?:으로|로)\\s?밀어(?:\\s?줘|\\s?주세요)|(?<![a-z])put\\s?(?:해|하자|ㄱ)|롤\\s?아웃|내보내|버전\\s?업|올려|올리|띄워|띄우|얹어|릴리즈|릴리스|출시|반영|업데이트|업그레이드|깔아|깔어|설치|뿌려|박아|쏴|태워|론칭|런칭|밀어\\s?넣|출격|` +
        W(
          `deploy|redeploy|re-deploy|ship|release|promote(?!\\s+(?:the\\s+|our\\s+)?(?:post|sale|event|campaign|offer|video|page|ad|deal)s?(?![a-z]))|use\\s+(?:the\\s+)?image|send\\s+[a-z0-9-]+(?:\\s+[a-z0-9.:-]+)?\\s+(?:to|out\\s+to)|throw\\s+[a-z0-9-]+(?:\\s+[a-z0-9.:-]+)?\\s+(?:on|onto|to|at)|move\\s+[a-z0-9-]+(?:\\s+[a-z0-9.:-]+)?\\s+to|take\\s+[a-z0-9-]+\\s+live|update|upgrade|roll\\s+out|roll\\s+[a-z0-9-]+\\s+out|rollout(?!\\s+(?:undo|restart|status|history)(?![a-z]))|roll\\s+forward|push|(?<!(?:the|a|our|for|at|before|after)\\s)launch(?!\\s+(?:is|was|at|day|call|party|date|time|window|event|went|will|plan|checklist|meeting|traffic|load|test|notification|notifications|copy|page|banner|crowd|rush|week|night|prep|review|team|list|status))|publish|promote|go\\s+live|spin\\s+up|spin\\s+[a-z0-9-]+\\s+up|stand\\s+up|stand\\s+[a-z0-9-]+\\s+up|bump\\s+(?:[a-z0-9-]+\\s+)?to\\s+(?:v\\d|\\d+\\.\\d)|bump(?![^.!?]*(?<![a-z])(?:pods?|replicas?|instances?)(?![a-z]))|pin\\s+[a-z0-9-]+\\s+to|(?:put|pop|stick|chuck|whack|shove|lob)\\s+(?!(?:me|us|a|an)\\s)(?!(?:\\S+\\s+){1,5}?(?:on|onto|in|into|to|at)\\s+(?:\\d+(?![\\d.])|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+dozen)(?![a-z0-9.-]))(?:[a-z0-9._:/-]+\\s+){1,3}?(?:on|onto|in|into|to)|land\\s+[a-z0-9-]+(?:\\s+[a-z0-9.:-]+)?\\s+(?:on|onto|in|into|to)|get\\s+(?:[a-z0-9._:-]+\\s+){1,3}?(?:out|onto|on|to)|install`,
        ),
    ),
  ],
  [
    'help',
    new RegExp(
      `도움말|도와줘|도움|사용법|명령어|(?:command|커맨드|명령)\\s?(?:뭐뭐|뭐가\\s?있|어떤\\s?게\\s?있)|뭐\\s?하는\\s?(?:봇|bot|애|거)|(?:어떤|무슨)\\s?기능|뭘?\\s?할\\s?수\\s?있|뭐\\s?할\\s?줄\\s?(?:알|아)|무엇을\\s?할\\s?수|기능\\s?(?:알려|뭐|목록)|` +
        W(
          `help|usage|commands|what\\s+can\\s+you\\s+do|what\\s+(?:kinds?|sorts?|types?)\\s+of\\s+(?:things|stuff|commands|requests|orders)\\s+(?:can|do|does)\\s+(?:you|this\\s+(?:assistant|bot|service)|the\\s+(?:assistant|bot|service))|how\\s+(?:do|does|can|would)\\s+(?:i|one|we|you)\\s+use|(?:rundown|lowdown)\\s+on\\s+(?:what|how)|what\\s+(?:this|the|you)\\s+bot\\s+(?:does|can\\s+do)`,
        ),
    ),
  ],
  ['list', LIST_CUE],
];

/** Weak cues: intent only when nothing strong matched; a ㄱ closing a word typed apart ("재시ㅏㄱ") is no "go". */
export const WEAK_SCALE = new RegExp(`레플리카|복제본|인스턴스|파드|` + W(`replicas?|instances?|pods?`));
export const WEAK_DEPLOY =
  /ㄱㄱ|고고|(?<![가-힣ㄱ-ㅣ])ㄱ(?![가-힣ㄱ-ㅎ])|->|→|(?<![a-z])go\s+go(?![a-z])|(?<![가-힣])(?:가자|갑시다)(?![가-힣])/;
/** "모든 앱 상태" is a list; a status with none of these and no app asks which app. */
export const ALL_MARKER = new RegExp(`모든|전체|다들|앱들|` + W(`all|every|apps|everything|whole|entire`));

/** "leave it alone for now", "leave cart-api be", "drop it", "just ignore it": the writer wants nothing done. */
export const EN_REFUSAL =
  'leave\\s+(?:it|them|that|this)\\s+alone(?![a-z])|leave\\s+[a-z][a-z0-9]*-[a-z0-9-]+\\s+be(?![a-z])|drop\\s+(?:it|that|this)(?![a-z])(?!\\s+(?:from|off|to|in|on|down|and)(?![a-z]))|(?:just\\s+)?ignore\\s+(?:it|that|this|them)[.!]*$';
/**
 * Korean words that refuse in every reading — "취소" (not "취소 요청만 3건", "취소 됩니까?"), "멈춰", "배포 불가" —
 * shared by the reader's and the safety gate's negations.
 */
export const KO_REFUSAL = `(?:그냥\\s?)?무시(?:해|하세요|하십시오|해\\s?(?:줘|주세요|주십시오|요))[.!~]*$|(?:배포|재시작|재기동|롤백|삭제|스케일|증설|축소|변경|작업)\\s?(?:은|는)?\\s?(?:절대\\s?)?불가(?!피|능)|취소(?!\\s?(?:한\\s?(?:거|것|걸|건)|했던|하고|문의|건수?|요청(?:이|만|\\s?건)|내역|율|표|분|됩니까|되나요|될까요|되는지|되나))|(?<!(?:이|가|자꾸|계속|또|자주|다시)\\s?)멈춰(?!\\s?있|서)`;
/** "배포하지 마", "don't deploy", "취소": never an operation. */
export const NEGATION = new RegExp(
  `ㄴㄴ|하지\\s?마|하지\\s?말|(?<=[가-힣])지\\s?마(?:라|요|용|세요|셈|삼|쇼|십시오|시오|시게|게나?)?(?![가-힣])|(?<=[가-힣])지\\s?말아(?![가-힣])|말아\\s?줘|안\\s?돼|` +
    KO_REFUSAL +
    `|` +
    W(EN_REFUSAL) +
    `|` +
    W(
      `h?wag\\s+(?:po\\s+|na\\s+|muna\\s+)*(?:i-|mag-|pa-)?[a-z]+|(?:don'?t|do\\s+not)(?!\\s+(?:y'?all\\s+|you\\s+)?(?:worry|fret|panic|stress|be\\s+alarmed)(?![a-z]))(?!\\s+(?:need|use(?:\\s+(?:it|this|that|them|there|here))*\\s+any\\s?more))|(?:not|avoid|refrain\\s+from)\\s+(?:deleting|deploying|restarting|rolling|scaling|removing|releasing|redeploying)|no\\s+(?:deploys?|deployments?|releases?|restarts?|rollbacks?)\\s+(?:for|of|to|today|tonight|this)|never(?!\\s+(?:went|came|got|arrived|finished|started|sent|loaded|showed|made|reached|ran|worked|happened|completed|left|synced|uploaded))|cancel(?!.*\\s(?:and|then)\\s+(?:revert|roll\\s?back|restore|go\\s+back))|stop\\s+that|abort|(?:you|we|i|they|thou|ye)\\s+(?:must|will|shall|shalt|should|may|can)\\s*(?:not|n't)(?=\\s*[.,!;]|\\s*$)|(?:deploy|restart|roll|delete|scale|remove|redeploy|release|touch)\\s+(?:it\\s+|thou\\s+|ye\\s+)?not(?!\\s+(?:only|just))`,
    ),
);

/** Out-of-domain markers: chit-chat stays `unknown` even if a weak cue matches (a thanks before a request is no chit-chat). */
export const OUT_OF_DOMAIN = new RegExp(
  `(?:카톡|카카오톡|채팅|대화|검색|통화|구매|주문|결제|진료|운동|식사|시청)\\s?(?:기록|내역|이력|목록|리스트)|날씨|점심|엑셀|노트북|배터리|휴가|신청서|회의|저녁|야구|축구|배고|농담|사랑|영화|노래|주식|비트코인|환자|간호사|병동|병실|혈액\\s?검사|크레인|갠트리|납세자|창구|배달\\s?(?:상태|기록|내역)|\\d+\\s?번\\s?주문|주문\\s?번호|운행\\s?기록|적설량|국밥|고객\\s?환불|자전거|협상\\s?기록|몇\\s?시|누구|안녕|고마워(?!요?[.!,]?\\s+.*(?:주세요|줘|주실|주시겠))|(?<!(?:주시면|주신다면)\\s?(?:정말\\s?)?)(?<!(?:주세요|줘|줘요|주십시오|바랍니다|부탁해요|부탁합니다|부탁드립니다|부탁드려요)[.!,~]*\\s.{0,40})감사(?=합|해|드|했|하|요|ㅎ|감사|\\s*[.!~]|\\s*$)(?!(?:합니다|해요|드립니다)[.!,]?\\s+.*(?:주세요|줘|주실|주시겠))|심심|피곤|` +
    W(
      `(?:chat|order|search|browser|purchase|call|watch|listening|shopping|medical|workout|travel)\\s+(?:history|list|records?)|good\\s+(?:morning|afternoon|evening|night)|hope\\s+(?:all|everyone|you)|patients?|nurses?|ward|wards|taxpayers?|tax\\s+office\\s+counter|cranes?|vessels?|at\\s+anchor|delivery\\s+of\\s+(?:the\\s+)?order|order\\s+(?:#\\s?|no\\.?\\s?)?\\d+|portions?|shuttles?|shuttle\\s+buses|bike\\s+rides?|(?:booking|late|storage|demurrage)\\s+fees?|haiku|poem|limerick|essay|weather|lunch|(?:how'?s|how\\s+is|how\\s+was)\\s+your\\s+(?:day|weekend|morning|evening)|bank\\s+account|meeting|my\\s+(?!apps?|services?|deployments?|pods?|releases?|cluster|namespace|env|environment)[a-z]{3,}s?|roman|empire|amazon|to-?dos?|sprint|dinner|joke|(?<!,\\s?)love(?!\\s*[.!]*\\s*$)|movie|song|stock|bitcoin|time\\s+is\\s+it|who\\s+are\\s+you|bored|capital|recipe|football|president|keyboard|website|browser|(?:deploy|delete|restart|rollback|release)\\s+(?:button|key|keys)`,
    ),
);

/** Questions about concepts ("배포가 뭐야?", "what is a rollback") — not a command. */
export const DEFINITION = new RegExp(
  `(?:은|는)\\s?(?:뭘|무엇을)\\s?(?:\\S+\\s?)?하는\\s?(?:거|건|것)|같은\\s?(?:말|뜻|의미)(?:이|인|야|예|에|일)|(?:이란|란)\\s?(?:뭐|무엇)|뭐가\\s?(?:달라|다르|차이)|까지\\s?(?:늘릴|줄일|올릴|띄울)\\s?수|차이가?\\s?(?:뭐|뭔|있)|몇\\s?개가\\s?적당|(?:이|가|은|는)\\s?(?:뭐야|뭔가요|뭐예요|뭐에요|뭐임|무엇)|무슨\\s?뜻|설명해|어디에?\\s?(?:저장|보관|쌓)|` +
    W(
      `what\\s+is\\s+an?|what'?s\\s+an?|what\\s+does|define|definition\\s+of|explain|meaning\\s+of|difference\\s+between|what'?s\\s+the\\s+difference`,
    ),
);

/**
 * Spellings only the interpreter reads, on top of AppsModule's aliases (which REST, MCP and CI/CD accept):
 * colloquial Korean words and short or cut-off forms that are fine in a sentence but not as a path segment.
 */
const NLP_ONLY_ENV_SPELLINGS: Record<NlpEnvironment, readonly string[]> = {
  development: ['데브', 'devel'],
  staging: ['스테이지', '검증계', '검증', '스테이징계', '스테', 'stag'],
  production: ['프로덕', '프로드', '상용', '실서버', '실서비스', '라이브'],
};
/** Environment aliases (Korean anywhere; Latin as whole words): AppsModule's, then the interpreter's own. */
export const ENV_ALIASES: ReadonlyArray<readonly [NlpEnvironment, string[]]> = NLP_ENVIRONMENTS.map(
  (env) => [env, [...new Set([...ENVIRONMENT_ALIASES[env], ...NLP_ONLY_ENV_SPELLINGS[env]])]] as const,
);
const envKo = ENV_ALIASES.flatMap(([, a]) => a.filter((x) => /[가-힣]/.test(x)));
const envEn = ENV_ALIASES.flatMap(([, a]) => a.filter((x) => !/[가-힣]/.test(x)));
/** "prod-cluster", "staging-env": an environment word with what it names written on. */
export const ENV_WORD_SUFFIX = '(?:env|environment|cluster|namespace|ns|server|servers)';
export const ENV_PATTERN = new RegExp(
  `(${envKo.sort((a, b) => b.length - a.length).join('|')})|${W(`(${envEn.sort((a, b) => b.length - a.length).join('|')})(?:-${ENV_WORD_SUFFIX})?`)}`,
  'g',
);
export const ENV_BY_ALIAS = new Map<string, NlpEnvironment>(
  ENV_ALIASES.flatMap(([e, a]) => a.map((x) => [x, e] as const)),
);
/** Canonical Latin environment words for typo tolerance (`stagign`, `prodution`). */
export const ENV_FUZZY: ReadonlyArray<readonly [string, NlpEnvironment]> = [
  ['development', 'development'],
  ['develop', 'development'],
  ['dev', 'development'],
  ['staging', 'staging'],
  ['production', 'production'],
  ['prod', 'production'],
  ['live', 'production'],
];
/** Korean production words for jamo-level look-alikes (운엉, 프로덕숀): asked about, never taken. */
export const PRODUCTION_FUZZY_KO = ['운영', '운영계', '프로덕션', '프로덕', '상용'];
/**
 * Production in another tongue (Japanese 本番 "honban", "purodakushon"; Russian "prodakshn", "produktsiya"; "прод" is read as "prodakshn"):
 * meant as production, never taken for it unsaid — asked about, as a look-alike is.
 */
export const PRODUCTION_IN_OTHER_TONGUES = new Set(
  'honban purodakushon purodakushyon prodakshn prodakshen produktsiya produktsia produkcja producao produccion produzione canlı canli prodakchan prodakchun prodaksheni produkshoni uzalishaji nishpadana prodakshon prooood proood'.split(
    ' ',
  ),
);
/** Production in romanized Korean ("woonyoung-e billing-api … baepo haejwo", "peurodeoksyeon"), a particle written on. */
const ROMANIZED_PRODUCTION = new Set(
  'unyeong unyeonggye woonyoung woonyeong woonyong unyoung unyong peurodeoksyeon peurodeogsyeon peulodeoksyeon peurodeok'.split(
    ' ',
  ),
);
const ROMANIZED_PARTICLE = /-(?:e|eseo|ro|euro|do|eun|neun|ui)$/;
export const isProductionInAnotherTongue = (name: string): boolean =>
  PRODUCTION_IN_OTHER_TONGUES.has(name) || ROMANIZED_PRODUCTION.has(name.replace(ROMANIZED_PARTICLE, ''));
/** "lve", "liv": too short for an edit distance to production's words, still them typed in a hurry (asked about). */
export const SHORT_PRODUCTION_LOOKALIKES = new Set(['lve', 'liv', 'pdr']);
/** Real words one edit from `prod` that are not a production look-alike. */
export const NOT_PROD_LOOKALIKE = new Set([
  'product',
  'products',
  'producer',
  'productive',
  'like',
  'line',
  'life',
  'lime',
  'give',
  'hive',
  'five',
  'love',
  'lives',
  'liver',
  'alive',
  'olive',
  'dive',
  'jive',
  'prop',
  'prom',
  'proc',
  'prog',
  'proud',
  'plod',
  'pro',
  'rod',
  'pod',
  'pods',
  'devs',
  'deva',
  'devi',
  'prods',
  'proxy',
  'probe',
  'prode',
]);

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
  ['history', 'history'],
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
    'oops whoops oh uh um hmm ah wait sorry ' +
    "me my our your you we i us it its it's this that these those them there here one ones " +
    'can could would will shall should may might do does did done make get give run running runs is are was were be been ' +
    "what whats what's how hows how's which where when why who show tell let lets let's go going want need like " +
    'app apps apis application applications service services svc server servers env environment environments cluster namespace ' +
    'replica replicas instance instances pod pods copies copy node nodes container containers ' +
    'version versions tag tags image images revision revisions rev release releases deployment deployments build ' +
    'line lines log logs last latest recent previous prior current new old first all every everything some any ' +
    'up down out back over off just quickly asap rn right now immediately thanks thank hi hello hey ok okay yes no not ' +
    'deploy deployed deploying ship release roll rollout rollback revert undo restart reboot bounce redeploy cycle kick nudge bin ' +
    'rollbacks restarts deploys redeploys rollouts ' +
    'status health healthy state check doing alive delete remove destroy tear take uninstall undeploy drop nuke rm ' +
    'scale scaled scaling increase decrease bump reduce resize set list ls help usage commands tail stdout push launch publish promote update upgrade change switch ' +
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty ' +
    'development develop devel dev staging stage stg stag production prod prd live ' +
    'times time weather joke lunch dinner movie song stock capital recipe football president bored love ' +
    'explain meaning does mean thing things stuff today tomorrow yesterday there'
  ).split(/\s+/),
);

/**
 * Ordinary English words: never an app name unless an app of that name is registered ("go ahead and delete
 * it", "was the rollback successful?", "show me everything").
 */
export const DICTIONARY_WORDS = new Set(
  // Kubernetes' own words for what pods do ("any pods still crashlooping")
  (
    'crashloop crashlooping crashloops crashlooped oomkilled evicted pending terminating ' +
    // team shorthand that stands in app position ("QA 통과, 운영에도 똑같이")
    'qa ci pr cr sre ops pm dba lgtm fyi btw eod pog ' +
    // symptoms said before an order ("timeout 천지네 걍 restart ㄱㄱ")
    'timeout timeouts latency lag laggy flaky offline online spike spikes leak 5xx 4xx login logins logout signin signup shipper shippers ' +
    // chat words of a voice (British, Australian, Indian, Singaporean, Filipino English) that stand before or after an order
    "righto rightio mate reckon g'day gday arvo ta cheers crikey yeah nah brilliant lovely kindly itself sry soz thx ty " +
    'lah leh lor sia meh aiyo aiyah walao alamak liao shiok jialat ugh nvm lmk prepone needful ' +
    // Hong Kong English particles and Cantonese words ("Restart it lor", "… on production la", "m goi")
    'la wor ga hai mai goi faai hea bots ' +
    // Scouse and Trinidadian words ("proper jarg" = broken, "scran" = food)
    'jarg scran bevvy allyuh steups ' +
    // Taglish particles ("pls show its logs po", "restart na lang po")
    'po na lang naman din rin talaga pala sige ba ang ng mamaya bukas sira ' +
    // Thai politeness particles ("Restart it there ka", "show the logs krub")
    'ka kha krub khrub krap khrap ' +
    'about above across after afterwards against ago ahead almost alone along already alright although always ' +
    'among amount another anyone anything anyway anywhere apart around as ask asked asking away bad badly be because ' +
    'become before behind below beside besides best better between beyond big both bring broken busy but ' +
    'call came cannot carefully case cause certain certainly chance clear clearly close come comes coming ' +
    'complete completed completely confirm correct correctly could currently day days deal definitely did ' +
    'different directly doing else elsewhere end enough entire entirely error errors even evening ever every ' +
    'everybody everyone everywhere exactly example except fail failed failing fails failure fast few fine finish finished ' +
    'fix fixed following force forget found friday from full fully gently gets getting given gives go goes gone good ' +
    'got great guess had happen happened happening happens hard has have having he hello help her here hers high him his ' +
    'hold home hopefully hour hours however idea if important instead into issue issues item items just keep kept kind ' +
    'know known later least leave left less lets little long look looking looks lot lots low made main maybe mean means ' +
    'meanwhile mind minute minutes mistake moment monday month months more morning most much must myself name named ' +
    'near nearly neither never next nice night nobody none nor nothing notice number numbers often once only onto ' +
    'open other others otherwise ours ourselves outside own part past people perhaps place plan point possible ' +
    'possibly pretty probably problem problems proper properly put quick quite rather ready real really reason ' +
    'received right said same saturday say saying says second seconds see seem seems seen sent several she ' +
    'short should since slow slowly small so soon sorry start started starting state still stop stopped succeeded ' +
    'success successful successfully such sunday sure take taken takes talk tell than that the their theirs then ' +
    'thing think though through thursday thus together told took top total tuesday try trying turn twice under ' +
    'unless until upon urgent urgently use used using usual usually very via wait want wanted way ways wednesday ' +
    'week weekend weeks well went whatever whenever while whole whom whose will wish within without work worked ' +
    'working works worse worst would wrong yeah year years yep yes yet yours yourself ' +
    'currently deployed released shipped rolled restarted scaled deleted removed running stopped pending ' +
    'everything anything something nothing there their these those ' +
    'history histories timeline changelog overview fleet count number dashboard board chart key keyboard laptop ' +
    'message conversation policy incident topic docs document documentation schedule meeting company companies ' +
    'off again come came let good bad had what ' +
    'prod-like production-like environment-wide'
  ).split(/\s+/),
);

/** References to an earlier turn. */
/** "the laggy one", "the broken one": which of the apps discussed, said by how it behaves. */
export const REFERENT_ADJECTIVE =
  'noisy|broken|slow|bad|failing|flaky|crashing|stuck|other|same|laggy|sluggish|dodgy|busted|wonky|struggling|unhappy|hung|sick|dead';
export const REFERENCE = new RegExp(
  `그거|그것|그걸|이거|이것|이걸|저거|저것|걔|얘|방금|아까|같은\\s?(?:앱|거|것)|해당\\s?(?:앱|서비스)|(?<![가-힣])동\\s?(?:앱|서비스)|그\\s?(?:앱|서비스)|` +
    W(
      `it|its|it's|that\\s+one|this\\s+one|the\\s+(?:${REFERENT_ADJECTIVE})\\s+one|the\\s+one\\s+(?:that|which)\\s+[a-z]+|whichever(?:\\s+(?:one|of\\s+them|of\\s+the\\s+two))?|that\\s+(?:app|service)|the\\s+same(?:\\s+app)?|same\\s+app|them`,
    ),
);

/** Follow-up markers: "staging에도", "prod too", "같이" — repeat the previous intent. */
export const FOLLOW_UP = new RegExp(
  `에도|에서도|도\\s?(?:해|부탁|ㄱㄱ)|해\\s?줘|해\\s?주세요|해|` +
    W(`too|also|as\\s+well|same|again|do\\s+it`),
);

/** "s ta tus", "de ploy", "삭 제", "개 발": a word typed with spaces inside it, read as the word it spells. */
export const SPACED_WORD = new RegExp(
  `(?<![a-z])(?:${['status', 'logs', 'deploy', 'restart', 'delete', 'scale', 'history']
    .map((w) => [...w].join(' ?'))
    .join('|')})(?![a-z])|(?<![가-힣])(?:${[
    '삭제',
    '개발',
    '배포',
    '운영',
    '상태',
    '로그',
    '롤백',
    '이력',
    '기록',
    '목록',
    '현황',
  ]
    .map((w) => [...w].join(' '))
    .join('|')})(?![가-힣])`,
  'g',
);

/** "please execute the deletion of X", "I request the deployment of X": an order said as a noun, read as its verb. */
export const NOMINAL_ORDER =
  /(?<![a-z])(?:i\s+(?:hereby\s+)?request|(?:please\s+)?(?:execute|perform|carry\s+out|initiate))\s+(?:the|a)\s+(deployment|redeployment|deletion|removal|rollback|restart|scaling)\s+of(?![a-z])/g;
const VERB_OF_NOUN: Readonly<Record<string, string>> = {
  deployment: 'deploy',
  redeployment: 'redeploy',
  deletion: 'delete',
  removal: 'remove',
  rollback: 'roll back',
  restart: 'restart',
  scaling: 'scale',
};
/** Taglish verb prefixes on an operation word ("pa-restart", "i-deploy", "mag-scale"): the verb itself. */
const TAGLISH_PREFIX =
  /(?<![a-z0-9])(?:pa|i|mag|ipa)-(?=(?:restart|deploy|redeploy|rollback|scale|delete|list|check)(?![a-z]))/g;

/**
 * The text with each order said as its plain verb: a nominal order ("please execute the deletion of X" → "please delete
 * X"), a Taglish verb prefix ("pa-restart" → "restart") and Taglish "sa" before a place ("sa dev" → "in dev").
 */
export const withVerbalOrders = (t: string): string => {
  const verbal = t.includes(' of') ? t.replace(NOMINAL_ORDER, (_m, noun: string) => VERB_OF_NOUN[noun]) : t;
  const placed = verbal.includes('sa ') ? verbal.replace(TAGLISH_SA, 'in ') : verbal;
  return placed.includes('-') ? placed.replace(TAGLISH_PREFIX, '') : placed;
};
/** Taglish "sa" before a place ("Delete worker sa dev po"): in. */
const TAGLISH_SA =
  /(?<![a-z])sa\s+(?=(?:prod|prd|production|live|staging|stage|stg|dev|development)(?![a-z]))/g;

/** A read asked for in so many words ("로그 보여줘", "check it", "show me"): a request, not a remark. */
export const READ_ASKED_FOR =
  /보여|알려|확인|봐\s?줘|줘|주세요|주십시오|체크|(?<![a-z])(?:show|check|tell|give|send|pull|fetch|look)(?![a-z])/;
