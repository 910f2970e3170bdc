import { NEGATION } from './safety-words.js';
import { mask, RELATIVE_REVISION, REVISION_LOOSE, REVISION_WORD } from './reader-patterns.js';
import type { ReadState } from './reader-state.js';

const CORRECTED_REVISION =
  /(?:아니|아니다|아니요|아뇨|(?<![a-z])(?:no|sorry|i\s+mean|make\s+(?:it|that)|rather))[,.!]?\s+(?:리비전\s?|revision\s+|rev\s+)?(\d+)\s?(?:번|으로|로|(?![\d.]))/;

/**
 * "restore yesterday's version", "back to last night's version", "to whatever was running on Tuesday", "to the deploy
 * from yesterday": a revision named by a day — which one ran then is the history's to say, asked (blind rounds 107,
 * 122c; "어제 오후에 올린 걸로", a time of day). "어제 버전으로 롤백" is read as the one before, as most rounds label it; a day in a reason ("broke after
 * yesterday's deploy") names no target. "to the build from 14:30" (a clock time) and "back to #27" (a pull request, left
 * out of the words read: "back to" alone is left) name one the service cannot tell either (round 210).
 */
const REVISION_OF_A_DAY =
  /(?:어제|그제|그저께|지난\s?주)\s?(?:오전|오후|아침|저녁|밤|새벽|\d{1,2}\s?시)\s?(?:에|쯤)?\s?(?:(?:올린|배포한|배포된|나간|돌던)\s?(?:거|걸|것|버전|판)|(?:의\s?)?(?:버전|판|빌드))|(?:\d{1,2}\s?월\s?\d{1,2}\s?일|(?:(?:지난|이번|저번)\s?(?:주\s?)?)?[월화수목금토일]요일|(?:오늘|어제|그제)\s?(?:오전|오후|아침|저녁|밤|새벽)?\s?\d{1,2}\s?시(?:\s?\d{1,2}\s?분|\s?반)?)\s?(?:에\s?)?(?:(?:올린|배포한|배포된|나간|돌던)\s?)?(?:거|걸|것|버전|판|빌드|배포분|배포\s?(?:전|이전))(?:으로|로)|(?<![a-z])to\s+(?:whatever|what)\s+(?:was\s+)?(?:running|ran|live|deployed|up|out|there)\s+(?:before|on|at|from|until|yesterday|last)(?![a-z])|(?<![a-z])to\s+before\s+the\s|(?<![a-z])(?:from|on)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d.])|(?<![a-z])(?:restore|(?:back\s+)?to)\s+(?:yesterday|last\s+night|last\s+week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)'s\s+(?:version|release|build|image|revision)|(?<![a-z])to\s+(?:the\s+)?(?:version|release|build|deploy(?:ment)?|image|revision|whatever|what)\s+(?:(?:that\s+)?(?:was\s+)?(?:running|live|deployed|up|out)\s+)?(?:from|on)\s+(?:yesterday|last\s+(?:night|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![a-z])|(?<![a-z])to\s+(?:the\s+)?(?:version|release|build|deploy(?:ment)?|image)\s+from\s+(?:\d{1,2}:\d{2}|\d{1,2}\s?(?:am|pm)|noon|midnight)(?![\w:])|(?<![a-z])back\s+to\s*(?:$|[,.;!])/;

/** "두 번째로 나온 버전으로", "the one before the broken one": a release by its place in what was shown — which one, asked. */
const PLACE_IN_A_LIST =
  /(?:첫|두|세|네|다섯)\s?번째(?:로)?\s?(?:나온|있던|보인|뜬)?\s?(?:버전|거|것|리비전|릴리스)|(?<![a-z])the\s+one\s+before\s+the\s+(?:broken|bad|faulty|buggy|failed|failing)\s+one(?![a-z])/;

const REVISION_RANGE =
  /(?:리비전|리비젼|revision|rev)\s?#?\d+\s?(?:번)?\s?(?:이나|나|또는|아니면|or|~|–)\s?#?\d+(?![\d.])/;

const ROLLBACK_WORD = /롤백|되돌|원복|(?<![a-z])(?:roll\s?back|revert)(?![a-z])/;

/** A rollback's revision said loosely ("3번", "to 4"), or not said at all ("두 버전 전으로"). */
/** "helm rollback api-server 3 -n prod": helm's revision after the release's name. */
const HELM_REVISION = /(?<![a-z])helm\s+rollback\s+[a-z][\w-]*\s+(\d{1,4})(?![\w.])/;

export function readRollbackTarget(s: ReadState): void {
  const { entities } = s;
  const helm = s.intent === 'rollback' && entities.revision === undefined ? HELM_REVISION.exec(s.text) : null;
  // revision 0 is helm's "the one before": the previous release, no revision of ours
  if (helm && Number(helm[1]) > 0) entities.revision = Number(helm[1]);
  // "리비전 9나 10으로", "revision 9 or 10": one of two — asked
  if (s.intent === 'rollback' && REVISION_RANGE.test(s.text)) {
    delete entities.revision;
    s.unclear.push('revision');
  }
  if (s.intent === 'rollback' && entities.revision === undefined && entities.tag === undefined) {
    for (const m of s.rest.matchAll(REVISION_LOOSE)) {
      // "to 7", "7로": a revision or a tag named 7 — asked, never guessed; "7번", "revision 7" say which
      // "1번으로 돌아가", "3번은 원래대로": a number with no rollback word may be a step or an item — asked
      if ((m[1] === undefined || !ROLLBACK_WORD.test(s.text)) && !REVISION_WORD.test(s.text))
        s.unclear.push('revision');
      else entities.revision ??= Number(m[1] ?? m[2] ?? m[3]);
      s.rest = mask(s.rest, { start: m.index, end: m.index + m[0].length });
    }
  }
  // "리비전 31로 롤백해 주십시오. 아니, 30으로 하십시오.": the revision corrected in the same message
  if (s.intent === 'rollback' && entities.revision !== undefined) {
    const said = String(entities.revision);
    const at = s.text.indexOf(said);
    const corrected = at >= 0 ? CORRECTED_REVISION.exec(s.text.slice(at + said.length)) : null;
    if (corrected) entities.revision = Number(corrected[1]);
  }
  // "롤백 스케일 다운" scales; "롤백하라! 스케일은 건드리지 말라", "…, 스케일은 그대로요", "Rollback X. No scale change
  // needed." say something else about the scale in a clause of their own, and roll back
  const scaleWord = /스케일|(?<![a-z])scale(?![a-z])/.exec(s.rest);
  const ownClause = scaleWord
    ? (s.rest
        .slice(0, scaleWord.index)
        .split(/[.,!?;]/)
        .pop() ?? '') + s.rest.slice(scaleWord.index).split(/[.,!?;]/)[0]
    : '';
  if (
    s.intent === 'rollback' &&
    scaleWord &&
    /롤백|rollback|roll\s?back|revert|undo|되돌|원복|무르/.test(ownClause) &&
    !NEGATION.test(ownClause)
  )
    s.intent = 'scale';
  // "두 버전 전으로", "go back two versions", "리비전으로 롤백": which revision is not said
  if (
    s.intent === 'rollback' &&
    entities.revision === undefined &&
    entities.tag === undefined &&
    (RELATIVE_REVISION.test(s.rest) ||
      REVISION_WORD.test(s.rest) ||
      REVISION_OF_A_DAY.test(s.text) ||
      PLACE_IN_A_LIST.test(s.text))
  )
    s.unclear.push('revision');
}
