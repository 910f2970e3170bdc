import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The safety fixes of blind rounds 102–107 and 102c–107c (2026-12-05): apps and places left out ("all apps except
 * X", "운영 빼고"), a bare number a rollback cannot tell apart from a tag, later times said as a date, a clock hour,
 * noon or the weekend, a message's own label ("[17:50] …", "(3차) …"), and remarks that name a place or an app
 * while the service waits for an answer.
 */
const KNOWN_APPS = ['dock-api', 'kiosk-web', 'batch-job', 'worker'];
const { said, isClearChange, turns } = roundReaders(KNOWN_APPS);

describe('what is left out is no target', () => {
  it.each([
    ['Kindly scale all apps except dock-api on staging to 2.', undefined],
    ['restart everything on staging except worker', undefined],
  ])('"%s" names no app to change', (command) => {
    const r = said(command);
    expect(r.entities.app).toBeUndefined();
    expect(isClearChange(command)).toBe(false);
  });

  it.each([
    'kiosk-web 3.2.1을 운영 빼고 나머지 환경에 다 올려 주세요.',
    'deploy kiosk-web 2.1.0 everywhere but prod',
    'restart worker except on prod',
  ])('"%s" never changes production, and asks which place', (command) => {
    const r = said(command);
    expect(r.entities.environment).toBeUndefined();
    expect(r.ambiguous).toBe(true);
  });

  it('"on staging instead" chooses staging', () => {
    expect(said('restart worker on staging instead').entities.environment).toBe('staging');
  });
});

describe('a rollback target said as a bare number, a date or a step back', () => {
  it.each([
    'roll back dock-api on development to 7',
    '개발 worker 7로 롤백해 주세요.',
    'dev dock-api 5로 돌려놔',
    '스테이징 dock-api를 전전 버전으로 롤백하게.',
    'Please restore the one before last for kiosk-web in production.',
    'prod dock-api 롤백한 거 다시 되돌려',
    'prod kiosk-web 리비전 두 개 전으로',
  ])('"%s" asks which revision', (command) => {
    const r = said(command);
    expect(r.entities.revision).toBeUndefined();
    expect(isClearChange(command)).toBe(false);
  });

  it('"revision 7", "7번" say which', () => {
    expect(said('rollback worker to revision 7').entities.revision).toBe(7);
    expect(said('worker 7번으로 롤백').entities.revision).toBe(7);
  });
});

describe('orders for a later time', () => {
  it.each([
    'deploy batch-job 0.6.0 to prod on 4/19',
    'scale kiosk-web stg to 4 at 6',
    'restart dock-api on prod at 6 thx',
    'Please scale dock-api on production to 6 at noon sharp.',
    'Please restart worker on staging at a quarter to six.',
    'delete batch-job from dev on the 29th pls',
    'Please scale kiosk-web on production back to 3 once traffic drops.',
    '18일 새벽에 prod worker 재시작',
    '운영 kiosk-web를 정오에 8개로 늘려 주세요.',
    '주말에 운영 kiosk-web 10개로 늘려 주세요.',
    '[17:50] 오늘 밤에 prod dock-api 2개로 줄여',
    'dock-api 스테이징 스케일은 다음 분기에 하죠, 10월에 12개로',
  ])('"%s" runs nothing now', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it("a time that is the reason, not the order's time, does not hold it", () => {
    expect(isClearChange('Scale dock-api on prod to 10, launch email goes out at noon.')).toBe(true);
    expect(isClearChange('dock-api prod is at 6 — make it 12.')).toBe(true);
  });
});

describe('numbers that are no counts', () => {
  it('"(1차)", a batch\'s number, and "30%" are no replica count', () => {
    const r = said('(1차) dev dock-api 30% 줄여');
    expect(r.entities.replicas).toBeUndefined();
    expect(r.ambiguous).toBe(true);
  });

  it('"로그 3시부터" is a time, not thirty lines', () => {
    expect(said('dev dock-api 로그 3시부터').entities.lines).toBeUndefined();
  });

  it('"할 필요는 없어요" refuses the rollback', () => {
    expect(isClearChange('스테이징 worker를 리비전 7로 롤백할 필요는 없어요.')).toBe(false);
  });
});

describe('remarks that name a place or an app', () => {
  it.each([
    ['운영은 맨날 불이야, 고구마 드럼통처럼.'],
    ['운영은 늘 긴장돼요, 등기 분실처럼요.'],
    ['스테이징은 원래 말썽이 없었어, 군밤처럼 얌전해.'],
    ['dock-api는 오늘 노 젓듯 잘 굴러갔어요.'],
    ["Prod's where the real cider gets poured, eh."],
  ])('"%s" answers no question and repeats nothing', (remark) => {
    const read = turns(['deploy worker 3.1.0 to dev and staging', remark]);
    expect(read[1].intent).toBe('unknown');
  });

  it('an answer beside its reason still answers: "스테이징이요, 뱃길 익숙한 쪽이요."', () => {
    const read = turns(['deploy worker 3.1.0 to dev and staging', '스테이징이요, 뱃길 익숙한 쪽이요.']);
    expect(read[1]).toMatchObject({ intent: 'deploy', entities: { environment: 'staging', tag: '3.1.0' } });
  });

  it('"Same for kiosk-web" after a status read of another app repeats the read', () => {
    const read = turns(['restart worker in prod', 'dock-api status in prod', 'Same for kiosk-web']);
    expect(read[2]).toMatchObject({ intent: 'status', entities: { app: 'kiosk-web' } });
    // a count said the same still ties it to the scale
    const counted = turns(['scale worker to 3 on dev', 'dock-api status on dev', 'same count for kiosk-web']);
    expect(counted[2]).toMatchObject({ intent: 'scale', entities: { app: 'kiosk-web', replicas: 3 } });
  });
});
