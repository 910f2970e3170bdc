/**
 * A read of something that is no deployment (blind rounds' out-of-domain family): "the history of the printing
 * press", "list the courses that still have open seats", "show logs of the blood fridge temp", "강남 라이더 목록
 * 보여주세요", "독감 백신 재고 목록을 보고하여 주십시오". The read noun names what is read; when that is no word of
 * ours (an app, a service, a deployment, what runs, an environment) and no app is named, the read is not ours.
 */
import { DEPLOYMENT_WORDS } from './reader-patterns.js';
import type { Intent } from './types.js';

/** English: the read noun, then "of/for/from the …" or "list the …" — the thing read follows. */
const READ_OF_EN =
  /(?<![a-z])(?:(?:history|list|logs?)\s+(?:of|for|from)\s|list\s+(?:the|all\s+the)\s(?!(?:last|latest|recent|previous)\b))/;
/** Korean: a noun right before a list ("라이더 목록", "재고 목록을", "항공편 목록"); logs are read of an app. */
const NOUN_BEFORE_READ_KO = /([가-힣]{2,})(?:의)?\s?(?:목록|리스트)/g;
/** Korean nouns (and word starts) that are ours: what is deployed, where, and how it runs. */
const OURS_KO =
  /^(?:앱|어플|애플리케이션|어플리케이션|서비스|배포|디플로이|파드|포드|컨테이너|환경|운영|스테이징|개발|프로덕션|버전|이미지|태그|리비전|전체|모든|등록|현재|지금|최근|오늘|어제|실행|동작|가동|돌아가|떠|올라|올린|띄운|재시작|롤백|삭제|스케일|변경|작업|에러|오류|장애|서버|시스템|클러스터|네임스페이스|레플리카|인스턴스|노드|리소스|워크로드|릴리즈|릴리스|명령|기능|사용|이력|기록|상태|전부|다른|우리|제|내|저희|거기|여기|저기|그거|이거|저거|그것|이것|해당|방금|아까)/;

export function readsForeignThing(t: string, intent: Intent): boolean {
  if (intent !== 'history' && intent !== 'list' && intent !== 'logs') return false;
  if (DEPLOYMENT_WORDS.test(t)) return false;
  if (READ_OF_EN.test(t)) return true;
  const nouns = [...t.matchAll(NOUN_BEFORE_READ_KO)].map((m) => m[1]);
  return nouns.length > 0 && nouns.every((n) => !OURS_KO.test(n));
}
