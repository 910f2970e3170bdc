import { roundReaders } from '../../../../test/support/nlp-round-readers.js';

/**
 * The fixes of blind rounds 147–149 and 147c–149c (2026-12-06): the version an app runs asked in few words, examples of
 * commands asked for; and in conversation: a number after reads of counted log lines is lines, never a scale; "방금 것은
 * 없던 일로" calls off the plan waiting; "five now" after a scale; "proceed with the production release" is the yes; a
 * regret ("괜히 늘렸나") orders nothing; a bare "응, 내려." with nothing taken down before asks which app.
 * Sentences written here, not taken from the blind rounds.
 */
const KNOWN_APPS = ['ledger-api', 'kiosk-web', 'worker', 'batch-job', 'cart-api'];
const { said, turns } = roundReaders(KNOWN_APPS);

describe('reads and help in few words (rounds 148–149)', () => {
  it('"ledger-api version on prod" asks which version runs', () => {
    expect(said('ledger-api version on prod')).toMatchObject({
      intent: 'status',
      entities: { app: 'ledger-api', environment: 'production' },
    });
  });

  it.each(['Could you give me an example of a restart command?', 'show me examples of scale commands'])(
    '%j asks for help',
    (command) => {
      expect(said(command).intent).toBe('help');
    },
  );
});

describe('in conversation (rounds 147c–149c)', () => {
  it('"Make it 300 for worker." after reads of counted log lines reads 300 lines, never scales to 300', () => {
    const [, , more] = turns([
      'show me 100 lines of kiosk-web logs on staging',
      "now worker's logs there",
      'Make it 300 for worker.',
    ]);
    expect(more).toMatchObject({ intent: 'logs', entities: { app: 'worker', lines: 300 } });
  });

  it('"bump it to 6" after a logs read is still the scale it says', () => {
    const [, bump] = turns(['show me 50 lines of worker logs on staging', 'bump it to 6']);
    expect(bump.intent).toBe('scale');
  });

  it('"방금 것은 없던 일로 하십시오." while a delete waits calls it off', () => {
    const [, off] = turns([
      '스테이징 batch-job을 삭제해 주십시오.',
      '방금 것은 없던 일로 하십시오. 마감이 남았습니다.',
    ]);
    expect(off).toMatchObject({ intent: 'cancel' });
  });

  it('"five now" after a scale to 3 scales to 5, and "same count on production" takes the 5', () => {
    const [, five, same] = turns([
      'set ledger-api on staging to three replicas',
      'five now',
      'Same count on production, please.',
    ]);
    expect(five).toMatchObject({ intent: 'scale', entities: { replicas: 5 } });
    expect(same).toMatchObject({ intent: 'scale', entities: { replicas: 5, environment: 'production' } });
  });

  it('"Kindly proceed with the production release." is the yes to the production deploy waiting', () => {
    const [, yes] = turns([
      'deploy kiosk-web 2.3.0 to production',
      'We confirm. Kindly proceed with the production release.',
    ]);
    expect(yes).toMatchObject({ intent: 'confirm', entities: { tag: '2.3.0', environment: 'production' } });
  });

  it('"아 잠깐, worker는 괜히 늘렸나." orders nothing', () => {
    const [, , regret] = turns([
      '개발 batch-job 2개로 늘려.',
      'worker도 같이 2개로.',
      '아 잠깐, worker는 괜히 늘렸나.',
    ]);
    expect(regret.intent).toBe('unknown');
  });

  it('"응, 내려." with no app said and nothing taken down before asks which app — never a delete on a guess', () => {
    const [, down] = turns(['운영 worker 로그 40줄 보여 줘', '응, 내려. 문자는 손으로 보낼게.']);
    expect(down.intent === 'delete' && !down.ambiguous).toBe(false);
  });

  it('"이제 펌프실 내려간다" (going down to the pump room) deletes nothing', () => {
    const [, going] = turns(['스테이징 worker 상태 보자.', '좋아. 이제 펌프실 내려간다.']);
    expect(going.intent === 'delete' && !going.ambiguous).toBe(false);
  });
});
