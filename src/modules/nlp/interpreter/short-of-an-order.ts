import { doubtedTarget } from './doubted-targets.js';
import { asksOnlyPreview } from './dry-run.js';
import { passesOnAnOrder, toldAsDone } from './reported-orders.js';
import type { ChangeVerdict } from './safety.js';
import { CHANGE_PATTERNS, ONE_POD_ONLY } from './safety-words.js';
import type { Intent } from './types.js';

/**
 * What names the change but falls short of ordering it: a dry run or a preview (no preview here), a suggestion, an
 * order someone else gave the writer, what was done or asked before, a place only guessed, a restart of one pod
 * (asked); a release notice posted (no release).
 */
export function shortOfAnOrder(
  intent: Intent,
  t: string,
  names: ReadonlySet<string>,
): ChangeVerdict | undefined {
  if (intent === 'deploy' && RELEASE_NOTE_POSTED.test(t)) return { kind: 'unknown' };
  // "배포 관련 변경요청서를 첨부드립니다": the operation names what a document is about
  if (CHANGE_PATTERNS.get(intent)?.exec(t) && ABOUT_THE_OPERATION.test(t)) return { kind: 'ask' };
  const question = QUESTION_AFTER_THE_ORDER.exec(t);
  const asked =
    (question !== null && (CHANGE_PATTERNS.get(intent)?.test(t.slice(0, question.index)) ?? false)) ||
    asksOnlyPreview(t) ||
    passesOnAnOrder(t, names) ||
    toldAsDone(t) ||
    (SUGGESTED.test(t) && !t.includes('?')) ||
    GUESSED_PLACE.test(t) ||
    doubtedTarget(intent, t) ||
    (intent === 'delete' && THING_OF_THE_APP.test(t)) ||
    (intent === 'delete' && LOWERED_TO_A_RELEASE_OR_A_BIT.test(t)) ||
    (intent === 'restart' && TURNED_BACK_ON.test(t)) ||
    (intent === 'restart' && ONE_POD_ONLY.test(t)) ||
    REPAIRED_INTO_NOTHING.test(t) ||
    refusedWithNoOther(t, names);
  return asked ? { kind: 'ask' } : undefined;
}
/**
 * "remove the old images of api-server", "api-server 로그 지워", "batch-job이 남긴 임시 파일들을 없애", "clear out worker's
 * cache": a thing of the app deleted, not the app (the last two since round 208).
 */
const THING_OF_THE_APP =
  /(?<![a-z])(?:images?|tags?|logs?|caches?|pvcs?|volumes?|files?|rows?|records?|users?|accounts?|backups?|snapshots?|replica-?sets?|replica\s+sets?|pods?|(?<=\d\s)(?:release|version))\s+(?:of|for|from|in)\s|(?:로그|캐시|이미지|태그|데이터|파일|계정|기록|백업|스냅샷|배너|팝업|공지|티켓|덤프|메시지|알림)들?(?:을|를|만|도|은|는)?\s?(?:좀\s?|다\s?|싹\s?|모두\s?|전부\s?)?(?:지워|지우|삭제|날려|없애|정리|내려|치워|치우|비워)|(?<![a-z])not\s+the\s+(?:running\s+)?app(?![a-z])|(?<![a-z])(?:delete|remove|clear(?:\s+out)?|clean\s+up|get\s+rid\s+of|purge|wipe|bin)\s+(?:(?:the|its|all|some|old|stale|[a-z0-9-]+'s)\s+){0,3}(?:[a-z]+\s+)?(?:files?|data|caches?|images?|banners?|tickets?|records?|accounts?|backups?|dumps?|messages?|tmp|temp)(?![a-z])/;
/**
 * "다시 켜 주세요": after being stopped — scaled back up, or restarted? Asked (blind rounds 186 and 187 differ); "껐다가
 * 다시 켜" is the restart.
 */
const TURNED_BACK_ON = /^(?!.*(?:재시작|재기동|리스타트|restart|껐|끄고|꺼\s?(?:두|뒀|놓|놨))).*다시\s?켜/;
/** "in what I assume is production", "운영이었던 것 같은데": the place is the writer's guess, asked. */
const GUESSED_PLACE =
  /(?<![a-z])what\s+i\s+(?:assume|think|guess|believe|suppose)\s+is(?![a-z])|(?:운영|프로덕션|스테이징|개발)(?:이었던|였던|인|이던)\s?(?:것|거)\s?같/;
/** "… 10개로 늘려 두는 게 좋겠어요", "it would be better to restart …": what would be good, suggested, not ordered. */
const SUGGESTED =
  /(?:는|두는|놓는)\s?(?:게|것이|편이)\s?(?:좋겠|낫겠|(?:좋을|나을)\s?(?:것|거)\s?같)|(?<![a-z])(?:it\s+(?:would|might)\s+be\s+(?:good|better|wise|best)\s+to|(?:might|may)\s+be\s+worth|(?:could|might)\s+do\s+with)(?![a-z])|^\s*(?:perhaps|maybe)\s(?![^.]*(?<![a-z])but(?![a-z]))/;
/** "배포 관련 변경요청서", "롤백 관련 문의": a document or a question about the operation. */
const ABOUT_THE_OPERATION =
  /(?:배포|재배포|재시작|롤백|삭제|스케일|증설|축소)\s?관련\s?(?:\S+\s?)?(?:서|문서|자료|문의|건|공문)(?:를|을|은|는|이|가|에)?\s/;
/** "#releases 채널에 web-app 5.2.2 배포 공지 올려 주세요": a notice of a release posted, no release. */
const RELEASE_NOTE_POSTED =
  /(?:배포|릴리[스즈]|release)\s?(?:공지|안내|알림|노트|notes?|소식|메일)(?:문)?(?:을|를)?\s?(?:좀\s?)?(?:올려|올리|게시|공유|보내|써|작성)/;

/**
 * "네, 지워 주세요. 그런데 지우면 스테이징 것도 같이 지워지나요?", "응 올려 근데 이거 롤백 되나": an order (or a yes), then a
 * question about what it will do — answered first, nothing runs yet (blind round 191c).
 */
const QUESTION_AFTER_THE_ORDER =
  /(?:그런데|근데|혹시|(?<![a-z])(?:but|though)(?![a-z]))[^?]*?(?:[?？]|(?:되나|되나요|되니|되냐|되는지|나요|까요|을까|ㄹ까|는지|인가요?|건가요?)[.~…]*)\s*$/;
export const questionAfterTheOrder = (t: string): boolean => QUESTION_AFTER_THE_ORDER.test(t);
/**
 * "Scale worker on live tae five sorry": a dictated repair (no punctuation) with nothing after it — which value was
 * meant is asked. "Staging, sorry. Typo." apologises; "장난 아니다" is no repair.
 */
const REPAIRED_INTO_NOTHING = /^[^,.;!?]*\s(?:sorry|no\s+wait|아니|아냐|잘못\s?말했(?:다|어|네))\s*$/;
/**
 * "운영 payment-svc 아니 아니 그거 말고 재시작해": the app just named refused, no other named after it — which app is
 * asked ("아니 그거 말고 worker" names it).
 */
const refusedWithNoOther = (t: string, names: ReadonlySet<string>): boolean => {
  const refused = NAMED_THEN_REFUSED.exec(t);
  const after = refused ? t.slice(refused.index + refused[0].length) : '';
  return refused !== null && ![...names].some((name) => after.includes(name));
};
const NAMED_THEN_REFUSED =
  /(?:아니(?:다|요)?\s?,?\s?){1,3}(?:그거|그건|그게|그)\s?말고|(?<![a-z])no,?\s+not\s+that\s+one/;
/** "리비전 21로 내려", "2.3.1로 내려": taken down to a release, a rollback; "조금 내려": fewer pods — asked, never a delete. */
const LOWERED_TO_A_RELEASE_OR_A_BIT =
  /(?:(?:리비전|revision|rev)\s?\d+|v?\d+\.\d+(?:\.\d+)*)\s?(?:으로|로)\s?(?:좀\s?)?내려|(?:조금|살짝|약간|좀\s?더|한\s?단계)\s?(?:만\s?)?내려/;
