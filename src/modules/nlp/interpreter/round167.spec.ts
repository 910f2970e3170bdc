import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 167–169 and 167c–169c (2026-12-07): a count said relatively ("하나만 빼", "triple it") is
 * asked unless the result or a correction settles it; "X instead of Y" chooses X; a version refused anywhere is never
 * the tag, and a version in a sentence that orders nothing gives way to the one a later sentence orders; a timeline's
 * entry recorded as done, a colleague's line pasted after the writer's words, where a version is ("… is on staging
 * only"), a request someone else made ("the finance lead asked for …") and orders for after lunch or an hour before
 * an event run nothing; a version pointed at ("말씀하신 버전") is asked; a place said only in the report before an order
 * of its own is asked; "다시 확인해" is no restart; in a conversation a number of people is no count of replicas.
 * Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, turns, isClearChange } = roundReaders(KNOWN_APPS);

describe('relative counts and corrections (round 168)', () => {
  it.each([
    '운영 kiosk-web 지금 3개인데 하나만 빼 줘',
    'ledger-api on staging: triple it, the queue is long',
  ])('%j asks the count', (command) => {
    const r = said(command);
    expect(r.ambiguous).toBe(true);
    expect(r.entities.replicas).toBeUndefined();
  });

  it.each([
    ['스테이징 kiosk-web 두 배로, 3개에서 6개로 늘려', 6],
    ['스테이징 ledger-api를 절반인 2개로 줄여 주세요', 2],
    ['개발 cart-api 5개로 늘려. 아 아니 7개로', 7],
    ['운영 worker 4개로 해 줘, 아니다 6개로', 6],
  ])('%j scales to the count settled last', (command, replicas) => {
    expect(said(command)).toMatchObject({ intent: 'scale', ambiguous: false, entities: { replicas } });
  });

  it('"cpu on all 6 pods … scale worker to 9" asks which count', () => {
    const r = said('cpu pinned on all 6 pods. scale worker on staging to 9');
    expect(r.ambiguous).toBe(true);
  });
});

describe('exclusion and corrected versions (rounds 167 and 169)', () => {
  it('"roll back ledger-api in development instead of staging" rolls back development', () => {
    expect(said('roll back ledger-api in development instead of staging')).toMatchObject({
      intent: 'rollback',
      ambiguous: false,
      entities: { environment: 'development' },
    });
  });

  it.each([
    ['Please deploy kiosk-web 2.4.0 to staging. Correction: not 2.4.0, 2.4.1.', '2.4.1'],
    ['deploy cart-api 3.0.0 to dev — not 3.0.0-beta.2', '3.0.0'],
    [
      '어제 개발에 ledger-api 5.1.0 올림, 오늘 아침 5.1.1 나옴. 개발에 ledger-api 5.1.1 배포해 주세요.',
      '5.1.1',
    ],
  ])('%j deploys %s', (command, tag) => {
    expect(said(command)).toMatchObject({ intent: 'deploy', ambiguous: false, entities: { tag } });
  });
});

describe('long messages: records, pasted lines, places (round 169)', () => {
  it.each([
    '09:12 restart worker on prod (done by me), 09:20 queue drained',
    '14:05 scale cart-api on prod to 8 (ops asked), 14:06 done, 14:30 all quiet',
    '그대로 옮깁니다. [08:40] 민지: 운영 kiosk-web 롤백해 주세요',
    'ledger-api 2.2.0 is on staging only for now',
    'Handover: the finance lead asked for batch-job on prod at 2 replicas. Not done yet.',
    '점심 지나고 개발 batch-job 지워 주세요',
    '회의 들어가기 한 시간 전에 운영 worker 5개로 늘려 주세요',
    '스테이징 kiosk-web 다시 확인해 주세요',
  ])('%j runs nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('"말씀하신 버전" asks which version', () => {
    const r = said('스테이징 kiosk-web에 말씀하신 버전 올려 주세요');
    expect(r.ambiguous).toBe(true);
    expect(r.entities.tag).toBeUndefined();
  });

  it('a place said only in the report before the order is asked', () => {
    const r = said('운영에서 결제 오류가 20건 넘었어요. cart-api 재시작해 주세요.');
    expect(r.ambiguous).toBe(true);
    expect(r.entities.environment).toBeUndefined();
  });

  it.each([
    '운영 cart-api 재시작해 주세요. 결제 오류가 20건 넘었어요.',
    '안녕하세요, 고객지원팀입니다. 오전부터 결제 문의가 30건 넘게 들어왔습니다. 운영 cart-api 재시작 부탁드립니다. 감사합니다.',
  ])('%j restarts production (the place in the order)', (command) => {
    expect(said(command)).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'cart-api', environment: 'production' },
    });
  });
});

describe('conversations (round 167c)', () => {
  it('a number of people after a question about a count is no count of replicas', () => {
    const [, after] = turns(['운영 kiosk-web 늘려 주세요', '아니 손님이 300명이래, 대박']);
    expect(after.entities.replicas).toBeUndefined();
    expect(after.intent === 'scale' && after.ambiguous !== true).toBe(false);
  });
});
