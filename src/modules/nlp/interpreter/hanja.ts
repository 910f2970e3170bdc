/**
 * Korean written with Hanja for its Sino-Korean words (국한문 혼용: "web-app 再起動 要請", "運營 環境에 配布 바람"): each
 * word read as a Korean reader reads it, so 運營 is 운영 (production) and never dropped. Words that only look like
 * production (運用 = 운용, 實環境, Japanese 本番) become the look-alikes they are, asked about.
 */
const HANJA_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['運營', '운영'],
  ['運用', '운용'],
  ['開發', '개발'],
  ['檢證', '검증'],
  ['環境', '환경'],
  ['配布', '배포'],
  ['再起動', '재기동'],
  ['再始作', '재시작'],
  ['再開', '재개'],
  ['原復', '원복'],
  ['復舊', '복구'],
  ['復元', '복원'],
  ['削除', '삭제'],
  ['刪除', '삭제'],
  ['擴張', '확장'],
  ['增設', '증설'],
  ['增員', '증원'],
  ['縮小', '축소'],
  ['減縮', '감축'],
  ['狀態', '상태'],
  ['現況', '현황'],
  ['記錄', '기록'],
  ['履歷', '이력'],
  ['目錄', '목록'],
  ['照會', '조회'],
  ['報告', '보고'],
  ['確認', '확인'],
  ['要請', '요청'],
  ['要望', '요망'],
  ['進行', '진행'],
  ['實施', '실시'],
  ['施行', '시행'],
  ['中止', '중지'],
  ['中斷', '중단'],
  ['承認', '승인'],
  ['取消', '취소'],
  ['不可', '불가'],
  ['暫時', '잠시'],
  ['待機', '대기'],
  ['同一', '동일'],
  ['該當', '해당'],
  ['全體', '전체'],
  ['今日', '오늘'],
  ['明日', '내일'],
  ['昨日', '어제'],
  ['以後', '이후'],
  ['競技', '경기'],
  ['試合', '경기'],
  ['終了', '종료'],
  ['開始', '시작'],
  ['後', '후'],
  ['前', '전'],
  ['以前', '이전'],
  ['直前', '직전'],
  ['版', '버전'],
  ['個', '개'],
  ['臺', '대'],
  ['實環境', '실환경'],
  ['本番', 'honban'],
];
const LONGEST_FIRST = [...HANJA_WORDS].sort(([a], [b]) => b.length - a.length);
const HANJA_WORD = new RegExp(LONGEST_FIRST.map(([w]) => w).join('|'), 'g');
const READING = new Map(HANJA_WORDS);
const HAS_HANJA = /[\u4e00-\u9fff]/;

/** The command with its Hanja words in Hangul (a Hanja word the table does not know stays as it is). */
export function inHangul(text: string): string {
  return HAS_HANJA.test(text) ? text.replace(HANJA_WORD, (w) => READING.get(w) ?? w) : text;
}
