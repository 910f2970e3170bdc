import type { Intent } from './types.js';
import { CHANGE_PATTERNS } from './safety-words.js';
import { ANY_CHANGE } from './reader-patterns.js';

/**
 * The speaker saying they will make the change themselves — "let me restart worker", "I'll roll it back myself",
 * "재시작해 볼게요", "배포해 보겠습니다": an announcement, not an instruction to us. Typed into an ops chat it may still
 * mean "do it for me", so it is asked back, never run.
 */
/**
 * The speaker's change under way, reported: "we're pushing order-api 2.0.6 out to stg as we speak", "stg worker 6개로
 * 늘리는 중", "스테이징에 web-app 3.2.1 배포 중이에요" — told, not asked.
 */
const UNDER_WAY = new RegExp(
  [
    "(?<![a-z])(?:i'?m|i\\s+am|we'?re|we\\s+are|they'?re|they\\s+are)\\s+(?:now\\s+|just\\s+|currently\\s+|already\\s+)?" +
      '(?:pushing|shipping|releasing|bouncing|rolling\\s+out|re-?deploying|deploying|restarting|rebooting|rolling\\s+(?:\\S+\\s+){0,3}?back|scaling|deleting|removing)(?![a-z])',
    '(?:늘리|줄이|올리|내리|지우|돌리|띄우|배포하|재배포하|재시작하|재기동하|롤백하|삭제하|스케일하|반영하)는\\s?중(?![가-힣]*(?:지|단))',
    '(?:배포|재배포|재시작|재기동|롤백|삭제|스케일링|스케일|반영)\\s?중(?:이에요|이예요|입니다|이야|임|이다|이니까|이라)',
  ].join('|'),
);
/** How an announced change is answered: work under way is told (`unknown`), a change to come is asked back. */
export const announcedAs = (text: string): 'unknown' | 'ask' => (UNDER_WAY.test(text) ? 'unknown' : 'ask');

const ANNOUNCED = new RegExp(
  [
    UNDER_WAY.source,
    // Korean: a change verb, then 보다 of trying in the first person's will ("해 볼게요", "늘려 보겠습니다")
    '(?:배포|재배포|재시작|재기동|롤백|원복|삭제|스케일|반영|업데이트)\\s?(?:을|를)?\\s?해\\s?(?:볼게|볼께|보겠|보려고|봐야겠)',
    '(?:늘려|줄여|올려|내려|지워|돌려|띄워|맞춰|바꿔|껐다\\s?켜)\\s?(?:볼게|볼께|보겠|보려고|봐야겠)',
    // English: the speaker as the one who acts, right before the change verb
    "(?<![a-z])(?:let\\s+me|lemme|allow\\s+me\\s+to|i'?ll|i\\s+(?:will|shall)|i'?m\\s+about\\s+to|i\\s+am\\s+about\\s+to)\\s+" +
      '(?:just\\s+|quickly\\s+|go\\s+(?:and\\s+)?|(?:go\\s+)?ahead\\s+and\\s+|try\\s+(?:and\\s+|to\\s+)?)*' +
      '(?:re-?deploy|deploy|restart|reboot|bounce|roll\\s+(?:\\S+\\s+){0,3}?back|rollback|revert|scale|delete|remove|ship|push|release|kick|give\\s+(?:\\S+\\s+){1,5}?an?\\s+(?:(?:quick|little|fresh|good|proper)\\s+)?(?:restart|bounce|kick|redeploy|rollback|roll-?back|reboot))(?![a-z])',
    // "For your info, I am scaling api-server … now", "I roll back billing-api on staging now. Ja.": the speaker acting
    "(?<![a-z])(?:i'?m|i\\s+am|we'?re|we\\s+are)\\s+(?:now\\s+|just\\s+)?(?:re-?deploying|deploying|restarting|rebooting|rolling\\s+(?:\\S+\\s+){0,3}?back|scaling|deleting|removing)(?![a-z])",
    '^\\s*i\\s+(?:now\\s+|just\\s+)?(?:roll\\s+(?:\\S+\\s+){0,3}?back|restart|re-?deploy|deploy|scale|delete|remove|reboot|bounce)(?![a-z])',
    // "deploying web-app 4.13.0 to staging myself now": the speaker's own act, under way
    '(?<![a-z])(?:re-?deploying|deploying|restarting|rebooting|rolling\\s+(?:\\S+\\s+){0,3}?back|scaling|deleting|removing)(?![a-z])[^.!?]{0,60}?(?<![a-z])myself(?![a-z])',
    // the speaker as the one who will do it, the operation left to what was said before ("제가 직접 할게요", "I'll do it myself")
    '(?:제가|내가|저희가|우리가)\\s(?:\\S+\\s){0,5}?(?:\\S*?(?:할게|할께|하겠|해\\s?볼게|해\\s?보겠|[릴울출칠킬]\\s?(?:게|께)(?:요)?(?![가-힣]))|(?:함|한다|할\\s?거(?:야|예요|에요|임)?)(?![가-힣]))',
    "(?<![a-z])(?:let\\s+me|i'?ll|i\\s+will|i\\s+shall)\\s+(?:just\\s+)?(?:do|handle|take\\s+care\\s+of|sort)\\s+(?:it|that|this)(?:\\s+(?:out\\s+)?myself)?(?![a-z])",
  ].join('|'),
);
const CLAUSE_END = /[,.;!?]|\s[—–-]+\s/;

/** Whether the clause that announces a change the speaker will make is about `intent` (or names no change). */
export function announcesOwnChange(intent: Intent, text: string): boolean {
  const found = ANNOUNCED.exec(text);
  if (!found) return false;
  const before = text.slice(0, found.index).split(CLAUSE_END).at(-1) ?? '';
  const after = text.slice(found.index).split(CLAUSE_END)[0] ?? '';
  const clause = before + after;
  const own = CHANGE_PATTERNS.get(intent);
  // "deploying web-app … myself": the -ing form is no order word, the speaker acting is what it says
  if (own?.test(clause) || /(?<![a-z])myself(?![a-z])/.test(found[0])) return true;
  // a clause naming no change ("제가 직접 할게요") announces the operation meant — unless the text orders it elsewhere
  return !ANY_CHANGE.test(clause) && !(own?.test(text) ?? false);
}
