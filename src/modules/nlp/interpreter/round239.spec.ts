import { isClearReading, roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 239–244 and 239c–244c (2026-12-08): a kubectl table pasted with its spaces squeezed is
 * output, not the writer's words; the writer's own past act or a note to self ("I made a rollback of …", "내가 …
 * 줄여버렸음", "todo(me): …", "rollback triggered: …") orders nothing; numbered steps naming more than one thing to
 * do ("1. … 상태 확인 2. … 재시작") are asked, never one step run alone; the service's own words pasted back
 * ("klepaas: ✅ 승인 완료 …") confirm no plan; "No, leave prod for now." and "yes, after the call" run nothing.
 * Sentences written here, not taken from the rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, isClearChange, turns, answersTo } = roundReaders(KNOWN_APPS);

describe('pasted output and reports (rounds 239, 240)', () => {
  it('a squeezed kubectl table before the order leaves the order', () => {
    const r = said(
      'Look at this:\nNAME  READY  STATUS  RESTARTS  AGE\nkiosk-web-7d9f-abc12  0/1  CrashLoopBackOff  12  20m\nrestart kiosk-web on staging please',
    );
    expect(r).toMatchObject({ intent: 'restart', entities: { app: 'kiosk-web', environment: 'staging' } });
  });

  it.each([
    'Earlier I made a restart of kiosk-web on staging.',
    '미안 내가 worker 3개로 늘려버렸음 ㅋㅋ',
    'todo(me): roll back ledger-api on dev after lunch',
    'rollback triggered: ledger-api production revision 12 -> 11',
  ])('%j runs nothing', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('a report, then an order in its own sentence, is still the order', () => {
    expect(isClearChange('내가 아까 worker 늘렸어. 스테이징 worker 2개로 줄여줘')).toBe(true);
  });
});

describe('numbered steps (round 244)', () => {
  it.each([
    '1. 운영 kiosk-web 상태 확인 2. 운영 kiosk-web 재시작',
    '1) deploy ledger-api 3.2.0 to staging 2) scale it to 6',
  ])('%j is asked, not one step run', (command) => {
    expect(isClearChange(command)).toBe(false);
  });

  it('a numbered notice with one order and a fact is the order', () => {
    expect(
      isClearChange(
        '1. 스테이징 결제 화면이 느린 것이 확인되었습니다. 2. 스테이징 cart-api를 재시작해 주십시오.',
      ),
    ).toBe(true);
  });
});

describe('answers to a waiting plan (rounds 172c, 204c, 236c)', () => {
  it('the service’s own words pasted back confirm nothing', () => {
    const [, pasted] = turns(['운영 worker 재시작해 주세요', 'klepaas: ✅ 승인 완료 — 운영 worker 재시작']);
    expect(pasted.intent).not.toBe('confirm');
  });

  it.each([['No, leave prod for now.', 'cancel']])('%j is a %s', (answer, reply) => {
    expect(answersTo('restart kiosk-web on prod', [answer])[0][1]).toBe(reply);
  });

  it('"yes, after the call" confirms nothing yet', () => {
    const [, later] = turns(['restart kiosk-web on prod', 'Yes, after the vendor join the call.']);
    expect(isClearReading(later)).toBe(false);
    expect(later.intent).not.toBe('confirm');
  });
});
