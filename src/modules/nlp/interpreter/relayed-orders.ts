/**
 * An order meant for someone else: "민 대리한테 … 재시작해 달라고 전해 주세요", "정 팀장한테 … 늘려달라고 카톡 좀 보내줘",
 * "… 재시작하라고 해", "ask your engineering team to roll back …", "have Min restart …", "can someone on the dev team
 * delete …". Whoever it is for, it is not an instruction to the service: asked back, never run.
 * An order relayed *to* the service ("사장님이 … 롤백하래", "our CTO requests that … be restarted") is not one of these.
 */
const OPERATION_EN =
  '(?:re-?deploy|deploy|restart|reboot|bounce|roll\\s+(?:\\S+\\s+){0,3}?back|rollback|revert|scale|delete|remove|ship|release)(?![a-z])';
const RELAYED = new RegExp(
  [
    // Korean: an order quoted with -라고 and passed on ("…해 달라고 전해", "…하라고 해"); "…한다고 해요" is hearsay
    '(?:달라|주라|하라|해라|드리라|늘리라|줄이라|올리라|내리라|돌리라|지우라|띄우라|바꾸라)고\\s?(?:좀\\s?)?(?:꼭\\s?)?(?:전해|전달|말해|말\\s?(?:좀\\s?)?해|말씀|얘기|이야기|카톡|메시지|메세지|문자|연락|메일|디엠|보내|알려|해\\s?(?:줘|주세요|주십시오|~)|해(?=[\\s.!~]*$))',
    '(?:드린다|한다)고\\s?(?:좀\\s?)?(?:꼭\\s?)?(?:전해|전달|말씀\\s?(?:좀\\s?)?(?:드려|해)|카톡|메시지|메세지|문자)',
    // "팀장님한테 … 늘리자고 말해줘": a suggestion passed on
    '(?<=[가-힣])자고\\s?(?:좀\\s?)?(?:꼭\\s?)?(?:전해|전달|말해|말\\s?(?:좀\\s?)?해|말씀|얘기|이야기|카톡|메시지|메세지|문자|연락|메일)',
    // "개발팀에서 … 올려 달라고 하셨대요", "… 올려 달래요": someone's request reported, not the writer's order
    '^[^.!?\\n]*(?:달라|하라|해라|주라)고\\s?(?:하셨|했)(?:습니다|어요|다)(?=[\\s.!~]*$)|(?:달라|하라|해라|주라)고\\s?(?:하셨|했|하더|하던|그러|그랬)(?:대|다더|던데|더라)|(?:달라|하라|해라|주라)고\\s?(?:하시|하)(?:네|네요|더라고요?|던데요?|십니다)(?=[\\s.!~]*$)|(?<=[가-힣]\\s?)달(?:래|랬)(?:요|어요|대요?)?(?=[\\s.!~,]|$)',
    // "기획사 측에서 … 지워 달라고 합니다. … 이유입니다.": their request, told alone or before its reason
    '(?:달라|하라|해라|주라)고\\s?(?:합니다|해요|한다)(?=[\\s.!~,]*(?:$|[^.!?\\n]*(?:이유|때문)[^.!?\\n]*[.!]?\\s*$))',
    // "Mina would like api-server on staging at 8 replicas", "Handover: the yard planner asked for …": what someone
    // else wants, reported
    '^\\s*(?:[a-z]+:\\s*)?(?!(?:i|we|you|u|pls|please)\\s)(?:(?:the|our|my)\\s+)?[a-z][\\w-]*(?:\\s+(?!would|wants|asked|is)[a-z][\\w-]*)?\\s+(?:would\\s+like|wants|asked\\s+(?:for|us|me)|is\\s+asking\\s+(?:for|us|me))(?![a-z])(?!\\s+(?:it|that|this)(?![a-z]))',
    // "야간 당직자에게 … 배포하도록 지시해 주십시오": someone instructed to do it
    '(?:한테|에게|께|더러)\\s(?:\\S+\\s){0,8}?\\S*도록\\s?(?:좀\\s?)?(?:지시|전달|전해|요청|부탁|말|얘기|안내|알려|시켜)',
    // "민 대리한테 재시작 시켜": someone made to do it
    '(?:한테|에게|께|더러)\\s(?:\\S+\\s){0,6}?\\S*\\s?시켜',
    // English: someone asked or told to do it ("ask your engineering team to roll back …"), or had do it
    `(?<![a-z])(?:ask|tell|get|remind)\\s+(?!(?:you|u|me|us|it|them|to)(?![a-z]))(?:(?:the|our|your|my|a)\\s+)?(?:@?[a-z][\\w.-]*\\s+){1,3}?to\\s+${OPERATION_EN}`,
    `(?<![a-z])have\\s+(?:(?:the|our|your|my)\\s+)?(?!(?:you|u|me|us|it|them|been|had|got|to|the)(?![a-z]))@?[a-z][\\w.-]*(?:\\s+team)?\\s+${OPERATION_EN}`,
    '(?<![a-z])(?:can|could|would)\\s+(?:someone|somebody|anyone|anybody)(?![a-z])',
    // "Please tell the team that the rollback … is finished", "let everyone know that …": a message for others
    '(?<![a-z])(?:tell|let)\\s+(?:the\\s+|our\\s+|my\\s+)?(?:[a-z-]+\\s+){0,2}?(?:team|everyone|everybody|people|channel|customers?|him|her|them)\\s+(?:know\\s+)?that(?![a-z])',
    // "yo hyung, deploy …": a colleague called by a Korean kinship word in Latin letters
    '^\\s*(?:(?:yo|hey|hi|ok)[\\s,]+)?(?:hyung|hyeong|noona|nuna|unnie|oppa|sunbae(?:nim)?)(?![a-z])',
    // "@지훈 staging에 … deploy 좀 해줘", "김 주임, … 롤백 좀 해 주십시오": a colleague addressed by name or title
    // (after a timeline's "04:21" too)
    '^\\s*(?:\\d{1,2}:\\d{2}\\s+)?@(?!(?:bot|klepaas|k-le-paas|paas|deploy-?bot|ops-?bot|assistant)(?![\\w-]))[^\\s@]+',
    // "Hey Siri, restart …", "알렉사, …", "OK Google …": another assistant addressed, not this service
    '^\\s*(?:(?:hey|hi|ok|okay|yo|헤이|오케이)[\\s,]+(?:siri|alexa|google|cortana|bixby|chatgpt|copilot|gemini|시리|알렉사|구글|빅스비|코타나)(?![\\w-])|(?:siri|alexa|cortana|bixby|시리|알렉사|빅스비)(?:야|아)?\\s?[,!]|(?:시리|알렉사|빅스비)(?:야)?(?=\\s))',
    // "Attention: Mr. Park, …", "Mr. Park, please deploy …", "Minsu 님, please …": a colleague addressed in English
    '(?:^|\\n)\\s*(?:attention|attn)\\s*:\\s*(?:mr|ms|mrs|dr)\\.?\\s|(?:^|\\n|:\\s)\\s*(?:mr|ms|mrs|dr)\\.?\\s+[a-z]+\\s?,',
    '^\\s*[a-z]{2,12}\\s?님\\s?[,.!]',
    // "수신: 전산팀장" (a memo addressed to a person, not the service's "내부결재"), "안녕하십니까, 전산팀 박 주무관님."
    '^\\s*수신\\s?:\\s?(?!내부\\s?결재)[^\\n]{0,20}?(?:팀장|부장|과장|차장|실장|국장|주무관|담당자?|선생님|님)(?=\\s|$)',
    '^\\s*안녕하(?:세요|십니까)[,.!]?\\s*(?:[가-힣]+(?:팀|과|실|부)\\s)?[가-힣]{1,3}\\s?(?:대리|과장|차장|부장|주임|팀장|실장|주무관|선생|매니저)님?\\s?[,.!]',
    '^\\s*[가-힣]{1,4}\\s?(?:대리|과장|차장|부장|주임|사원|팀장|실장|선임|책임|수석|매니저|사장|이사|상무|전무|씨|형|누나|언니|오빠|선배|교관|코치|감독|교수|선생|반장|조장|기장|원장|소장|국장|위원장|심판장|주무관|기사|셰프)(?:님)?\\s?[,!]',
  ].join('|'),
);

/** "현우 님, …": a colleague addressed by given name and 님 (a customer, a member or the bot are not colleagues). */
const NAMED_WITH_NIM =
  /^\s*(?!(?:고객|손|회원|보호자|독자|관리자|봇|챗봇|사장|부장|과장|차장|실장|팀장|국장|원장|소장|이사|대표|선생|교수|기사|감독|코치|선배|셰프|작가|주인|사모|매니저)\s?님)[가-힣]{2,3}\s?님\s?[,!]/;
/** "민수야 …", "지훈아, …": a given name called out — 야 after a vowel, 아 after a consonant. */
const CALLED_BY_NAME = /^\s*([가-힣]{2})(야|아)[\s,!]/;
/** Words that take 야/아 as a copula or an ending, not a name called ("오타야", "아니야", "이제야"). */
const NOT_NAMES = new Set(
  '오타 아니 그래 이거 그거 저거 이게 그게 이건 그건 이제 장난 농담 버그 실수 여기 거기 저기 운영 개발 제발 진짜 정말 막내 큰방 애기 아가 자기 친구'.split(
    ' ',
  ),
);
const hasFinalConsonant = (syllable: string): boolean => (syllable.charCodeAt(0) - 0xac00) % 28 !== 0;

function callsSomeoneByName(t: string): boolean {
  if (NAMED_WITH_NIM.test(t)) return true;
  const m = CALLED_BY_NAME.exec(t);
  if (!m || NOT_NAMES.has(m[1])) return false;
  return hasFinalConsonant(m[1].slice(-1)) === (m[2] === '아');
}

export const relaysOrder = (t: string): boolean => RELAYED.test(t) || callsSomeoneByName(t);
