import {
  expectClearReadings,
  expectConversation,
  expectEachRead,
  type ExpectedTurn,
} from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind rounds 28 and 28c (a hospital's booking and telemedicine platform over Chuseok,
 * 2026-12-03) — a nurse-manager's Gyeongsang dialect, a Singaporean engineer's Singlish, an intern's text-speak, an
 * Indian engineer's English — with the safety fix of the one unsafe dev reading that came with tuning; new sentences.
 */
const KNOWN_APPS = ['clinic-web', 'booking-api', 'reminder', 'patient-auth', 'claims', 'vouchers'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 28: orders put off, refused or only reported stay undone', () => {
  it('"…끝나믄" (Gyeongsang 면), a go-word before "지금은 freeze임", "just telling you" do nothing now', () => {
    expectEachRead(
      said,
      [
        '진료 끝나믄 booking-api 운영 6개로 늘려주이소',
        'claims prod deploy 명절끝나고 ㄱㄱ 지금은 배포금지 기간임',
        'we restarted reminder on prod already lah, just telling you',
      ],
      { intent: 'unknown', ambiguous: true },
    );
  });

  it('two reads joined by a spaced "하고" are both offered, not one picked', () =>
    expect(said('patient-auth 운영 log 하고 상태 같이 보여주이소')).toMatchObject({
      intent: 'logs',
      ambiguous: true,
    }));

  it('hospital chatter with operation words is no operation ("간호사 … 배포", "환자분 상태", "patient\'s … status")', () => {
    expectEachRead(
      said,
      [
        '야간 간호사 두 명 3병동으로 배포해 주이소',
        '501호 환자분 상태 우떻노?',
        'Kindly share the patient status of bed 12, the ward is asking.',
      ],
      { intent: 'unknown' },
    );
  });
});

describe('round 28: the train split', () => {
  it('Gyeongsang dialect: 주이소 after a space, 단디/퍼뜩 beside the order, "올리라 마", a failure after the order', () => {
    expectClearReadings(said, [
      ['vouchers 운영계 배포 단디 해주이소', 'deploy', { app: 'vouchers', environment: 'production' }],
      [
        'patient-auth 운영 껐다 켜 주이소 퍼뜩, 예약 화면이 안 된다 카네',
        'restart',
        { app: 'patient-auth', environment: 'production' },
      ],
      [
        'clinic-web 스테이징에 v2.1.0 올리라 마, 달력이 이상하다 카이',
        'deploy',
        { app: 'clinic-web', environment: 'staging', tag: 'v2.1.0' },
      ],
      [
        'claims 스테이징 원복하이소, 결제 test 가 하나도 안 된다',
        'rollback',
        { app: 'claims', environment: 'staging' },
      ],
    ]);
  });

  it('text-speak: "…주셈", "ㅈㅅ" (sorry) before a remark; a remark starting with "double charge" is no count', () => {
    expectClearReadings(said, [
      [
        'patient-auth 개발에 2.4.0 올려주셈 ㅈㅅ 로그인 팝업 고친거임',
        'deploy',
        { app: 'patient-auth', environment: 'development', tag: '2.4.0' },
      ],
      [
        'roll out claims v1.8.2 to staging, the double charge fix is in',
        'deploy',
        { app: 'claims', environment: 'staging', tag: 'v1.8.2' },
      ],
      ['reminder 운영 롤백 된거맞음?', 'status', { app: 'reminder', environment: 'production' }],
    ]);
  });

  it('Singlish and Indian English: "… lah, don\'t have anybody using", "do the needful and …", "what all"', () => {
    expectClearReadings(said, [
      [
        "delete vouchers from dev lah, don't have anybody using already",
        'delete',
        { app: 'vouchers', environment: 'development' },
      ],
      [
        'Do the needful and remove clinic-web from staging, same is not required.',
        'delete',
        { app: 'clinic-web', environment: 'staging' },
      ],
      [
        "kindly restart reminder in production, SMS for tomorrow's slots are not going",
        'restart',
        { app: 'reminder', environment: 'production' },
      ],
    ]);
    expect(said('which all apps are registered? please revert')).toMatchObject({
      intent: 'list',
      ambiguous: false,
    });
  });
});

const CONVERSATION_APPS = ['web-app', 'api-server', 'cart-api', 'order-api', 'billing-api'];

describe('round 28c: answers in these voices', () => {
  it('"can can", "하모, 해라", "ㅇㅋㅇㅋ 진행시켜주세요", "kindly proceed with the same" confirm the plan waiting', () => {
    const plan = { app: 'order-api', environment: 'production' } as const;
    for (const yes of [
      'can can',
      '하모, 해라 해라',
      'ㅇㅋㅇㅋ 진행시켜주세요',
      'kindly proceed with the same',
    ])
      expectConversation(
        [
          ['restart order-api on prod', 'restart', plan],
          [yes, 'confirm', plan],
        ],
        CONVERSATION_APPS,
      );
  });

  it('"알았다. 그래 지워라 마" (Gyeongsang: "all right, delete it") confirms the delete waiting, not a second one', () => {
    const plan = { app: 'cart-api', environment: 'development' } as const;
    const turns: ExpectedTurn[] = [
      ['개발에 cart-api 지워주이소', 'delete', plan],
      ['알았다. 그래 지워라 마', 'confirm', plan],
    ];
    expectConversation(turns, CONVERSATION_APPS);
  });

  it('"done liao? working now?" and "can login or not" ask how the last operation went', () => {
    const app = { app: 'api-server', environment: 'staging' } as const;
    expectConversation(
      [
        ['restart api-server on staging', 'restart', app],
        ['done liao? working now?', 'status', app],
        ['ok can login or not', 'status', app],
      ],
      CONVERSATION_APPS,
    );
  });
});
