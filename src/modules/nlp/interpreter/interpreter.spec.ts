import { interpret } from './interpreter.js';
import { read } from './reader.js';
import { koreanNumber, withJosa } from './korean.js';

const knownApps = ['web-app', 'api', 'payment-svc'];

describe('interpreter: defaults, destructiveness, language', () => {
  it('fills the environment from the configured default, never production', () => {
    const r = interpret('web-app 재시작해줘', { defaultEnvironment: 'development' });
    expect(r.entities.environment).toBe('development');
    expect(r.defaults).toEqual(['environment']);
    expect(interpret('restart web-app').entities.environment).toBe('staging');
  });

  it('flags delete, rollback, scale to 0 and anything in production as destructive', () => {
    expect(interpret('delete web-app').destructive).toBe(true);
    expect(interpret('web-app 롤백해줘').requiresConfirmation).toBe(true);
    expect(interpret('web-app 0개로 줄여줘').destructive).toBe(true);
    expect(interpret('운영 web-app 재시작').destructive).toBe(true);
    expect(interpret('web-app 3개로 늘려줘').destructive).toBe(false);
    expect(interpret('운영 web-app 상태').destructive).toBe(false);
  });

  it('asks in the language of the command', () => {
    expect(interpret('배포해줘').clarification).toMatch(/어떤 앱/);
    expect(interpret('deploy').clarification).toMatch(/Which app/);
    expect(interpret('배포해줘', { knownApps }).suggestions[0]).toBe('web-app을 staging에 배포해줘');
  });

  it('suggests the right name for a near miss instead of acting on it', () => {
    for (const cmd of ['webapp 재시작해줘', 'restart web-ap']) {
      const r = interpret(cmd, { knownApps });
      expect(r.ambiguous).toBe(true);
      expect(r.clarification).toContain("'web-app'");
      expect(r.suggestions.some((s) => s.includes('web-app'))).toBe(true);
    }
  });

  it('does not take a typo for production', () => {
    const r = interpret('deploy web-app to prodution', { knownApps });
    expect(r.ambiguous).toBe(true);
    expect(r.suggestions).toContain('deploy web-app to production');
  });
});

describe('interpreter: conversation context', () => {
  const context = { intent: 'deploy' as const, app: 'web-app', environment: 'staging' as const };
  it.each([
    ['5개로 늘려줘', 'scale', { app: 'web-app', environment: 'staging', replicas: 5 }],
    ['now scale it to 4', 'scale', { app: 'web-app', environment: 'staging', replicas: 4 }],
    ['그거 재시작해줘', 'restart', { app: 'web-app', environment: 'staging' }],
    ['방금 거 로그 보여줘', 'logs', { app: 'web-app', environment: 'staging' }],
    ['its logs', 'logs', { app: 'web-app', environment: 'staging' }],
    ['운영에도 배포해줘', 'deploy', { app: 'web-app', environment: 'production' }],
    ['prod too', 'deploy', { app: 'web-app', environment: 'production' }],
  ])('%s', (command, intent, entities) => {
    const r = interpret(command, { knownApps, context });
    expect(r.intent).toBe(intent);
    expect(r.entities).toEqual(entities);
    expect(r.ambiguous).toBe(false);
  });
});

describe('interpreter: learned rules', () => {
  it('reads a learned phrase and a close variant, only for the rules passed', () => {
    expect(interpret('web-app 깨워줘').intent).toBe('unknown');
    const rules = [{ key: read('web-app 깨워줘').key, intent: 'restart' as const, entities: {} }];
    expect(interpret('web-app 깨워줘', { rules }).intent).toBe('restart');
    const variant = interpret('api 좀 깨워 주세요', { rules });
    expect(variant.intent).toBe('restart');
    expect(variant.entities.app).toBe('api');
  });
});

describe('Korean helpers', () => {
  it('reads native Korean numbers', () => {
    expect([
      koreanNumber('세'),
      koreanNumber('열두'),
      koreanNumber('스무'),
      koreanNumber('스물하나'),
    ]).toEqual([3, 12, 20, 21]);
  });
  it('picks particles for Hangul and Latin names', () => {
    expect(withJosa('web-app', '을/를')).toBe('web-app을');
    expect(withJosa('api', '을/를')).toBe('api를');
    expect(withJosa('스테이징', '으로/로')).toBe('스테이징으로');
  });
});

describe('interpreter: robustness', () => {
  it('never throws, whatever the input', () => {
    const samples = [
      '',
      ' ',
      '???',
      'ㅋㅋㅋ',
      'ㄱㄱ',
      '😀 deploy',
      'a'.repeat(2000),
      '가'.repeat(500),
      'hozw ghotw kkk',
      'x:y:z',
      '#1 #2',
      '..1.2.3..',
    ];
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-:.# 가나다배포롤백재시작개로에서를ㄱㅋ';
    for (let i = 0; i < 300; i++) {
      let s = '';
      const n = Math.floor(rnd() * 30);
      for (let j = 0; j < n; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      samples.push(s);
    }
    for (const s of samples) {
      const r = interpret(s, { knownApps, rules: [{ key: '살려', intent: 'restart', entities: {} }] });
      expect(typeof r.intent).toBe('string');
    }
  });

  it('reads Korean typed with the keyboard in English mode', () => {
    expect(interpret('web-app qovhgownj', { knownApps })).toMatchObject({
      intent: 'deploy',
      entities: { app: 'web-app' },
    });
    expect(interpret('hello').intent).toBe('unknown');
  });
});

describe('issue 12: reads, ambiguity, phrasing', () => {
  const apps = ['web-app', 'api-server', 'billing-api', 'worker'];
  const read = (command: string) => interpret(command, { knownApps: apps });

  it.each([
    ['web-app 배포 이력 보여줘', 'history', { app: 'web-app' }],
    ['web-app 배포 기록 보여줘', 'history', { app: 'web-app' }],
    ['release history of api-server', 'history', { app: 'api-server' }],
    ['show deployment history of web-app', 'history', { app: 'web-app' }],
    ['what was deployed last week', 'history', {}],
    ['web-app 배포됐어?', 'status', { app: 'web-app', environment: 'staging' }],
    ['how many pods of worker are running?', 'status', { app: 'worker', environment: 'staging' }],
    ['show me everything deployed in prod', 'list', { environment: 'production' }],
    ['배포된 앱 리스트', 'list', {}],
  ])('%s → %s', (command, intent, entities) => {
    const r = read(command);
    expect({ intent: r.intent, entities: r.entities, ambiguous: r.ambiguous }).toEqual({
      intent,
      entities,
      ambiguous: false,
    });
    expect(r.destructive).toBe(false);
  });

  it.each([
    ['web-app을 dev랑 staging에 배포해줘', ['development', 'staging']],
    ['deploy web-app to dev and staging', ['development', 'staging']],
  ])('two environments in one operation are asked about, naming them: %s', (command, named) => {
    const r = read(command);
    expect(r).toMatchObject({ intent: 'deploy', ambiguous: true });
    expect(r.entities.environment).toBeUndefined();
    for (const e of named) expect(r.clarification).toContain(e);
  });

  it('two apps in one operation are asked about, naming them', () => {
    const r = read('web-app이랑 worker 재시작해줘');
    expect(r).toMatchObject({ intent: 'restart', ambiguous: true });
    expect(r.clarification).toContain('web-app');
    expect(r.clarification).toContain('worker');
  });

  it.each([
    ['deploy web-app to prdo', 'Did you mean production?'],
    ['deploy web-app to prodd', 'Did you mean production?'],
    ['web-app을 운엉에 배포해줘', '운영(production)을 말씀하신 건가요?'],
    ['web-app 운영ㅇ에 배포', '운영(production)을 말씀하신 건가요?'],
    ['web-app 프로덕숀에 배포해줘', '운영(production)을 말씀하신 건가요?'],
    // production as an American says it: two vowels from 프로덕션, still meant as it
    ['order-api 프러닥션 재시작해줘', '운영(production)을 말씀하신 건가요?'],
    ['web-app 프로닥션에 배포해줘', '운영(production)을 말씀하신 건가요?'],
  ])('a production look-alike is asked about, never taken: %s', (command, question) => {
    const r = read(command);
    expect(r.ambiguous).toBe(true);
    expect(r.entities.environment).toBeUndefined();
    expect(r.defaults).not.toContain('environment');
    expect(r.clarification).toContain(question);
  });

  it.each([
    [
      'api-server 운영에서 2개로 내려줘',
      'scale',
      { app: 'api-server', environment: 'production', replicas: 2 },
    ],
    [
      '운영 web-app 리비전 2로 롤백해줘',
      'rollback',
      { app: 'web-app', environment: 'production', revision: 2 },
    ],
    [
      '운영에서 billing-api 3개에서 5개로 늘려줘',
      'scale',
      { app: 'billing-api', environment: 'production', replicas: 5 },
    ],
  ])('a named production is never lost to a number word inside 운영: %s', (command, intent, entities) => {
    expect(read(command)).toMatchObject({ intent, entities, ambiguous: false, destructive: true });
  });

  it.each([
    ['deploy ghcr.io/acme/billing-api:3.1.0 to staging', { app: 'billing-api', tag: '3.1.0' }],
    ['billing-api 3.1.0 배포해줘', { app: 'billing-api', tag: '3.1.0' }],
    ['deploy billing-api sha-4f2a9c1 to dev', { app: 'billing-api', tag: 'sha-4f2a9c1' }],
  ])('image references and tags: %s', (command, entities) => {
    expect(read(command)).toMatchObject({ intent: 'deploy', entities, ambiguous: false });
  });

  it.each([
    ['web-app 3개로 맞춰줘', 3],
    ['운영 web-app 개수를 4로 맞춰줘', 4],
    ['set worker to 5', 5],
    ['api-server 3개에서 6개로 늘려줘', 6],
  ])('set-to phrasing scales to the number said, never 0: %s', (command, replicas) => {
    expect(read(command)).toMatchObject({ intent: 'scale', entities: { replicas }, ambiguous: false });
  });

  it.each([
    ['방금 배포 무르고 전 버전으로 가자', 'rollback'],
    ['put web-app on staging', 'deploy'],
    ['get api-server out to live', 'deploy'],
    ['web-app 깔아줘', 'deploy'],
    ['web-app 디플로이', 'deploy'],
  ])('compound and casual verbs: %s → %s', (command, intent) => {
    expect(read(command).intent).toBe(intent);
  });

  it.each(['go ahead and delete it', 'was the rollback successful?', 'show me everything'])(
    'ordinary English words are never apps: %s',
    (command) => {
      expect(read(command).entities.app).toBeUndefined();
    },
  );

  it.each(['what does rollback mean?', '배포가 뭐야?', 'restart my laptop', '배포 자동화 너무 좋다'])(
    'talk about an operation word is not an operation: %s',
    (command) => {
      expect(read(command).intent).toBe('unknown');
    },
  );
});

describe('interpreter: refused environments, terse questions, reports, split words', () => {
  const said = (cmd: string) => {
    const r = interpret(cmd, { knownApps });
    const entities = { ...r.entities };
    for (const d of r.defaults) delete entities[d];
    return { intent: r.intent, ambiguous: r.ambiguous, entities };
  };

  it('keeps the environment before "not" and drops the one after it', () => {
    for (const cmd of ['deploy web-app to staging, not production', 'web-app v2.1.0 to stage but NOT live']) {
      const r = said(cmd);
      expect(r).toMatchObject({ intent: 'deploy', ambiguous: false });
      expect(r.entities.environment).toBe('staging');
    }
    expect(said('web-app production 말고 dev에 deploy')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { app: 'web-app', environment: 'development' },
    });
    // two environments with no refusal are still asked about
    expect(said('deploy web-app to staging and production').ambiguous).toBe(true);
  });

  it('reads a registered app asked about with nothing else as its status', () => {
    expect(said('web-app stage?')).toEqual({
      intent: 'status',
      ambiguous: false,
      entities: { app: 'web-app', environment: 'staging' },
    });
    expect(said('payment-svc up?').intent).toBe('status');
    // not a registered app: nothing to ask about
    expect(said('groceries?').intent).not.toBe('status');
    expect(said('운영 web-app 지금 무슨 태그야?').intent).toBe('status');
    expect(said('web-app 전에 무슨 태그였지?').intent).toBe('history');
  });

  it('answers a report or a plan of a change as unknown, never as the change', () => {
    for (const cmd of [
      'we rolled back payment-svc last night',
      'I just restarted web-app on staging',
      'web-app 재시작 예정이야',
      'web-app deploy는 QA 끝나고 할 예정',
    ]) {
      const r = interpret(cmd, { knownApps });
      expect(r.intent).toBe('unknown');
      expect(r.requiresConfirmation).toBe(false);
    }
    // an order that mentions the past is still an order
    expect(said('web-app 스테이징에 배포해줘, 어제 실패했어').intent).toBe('deploy');
  });

  it('reads staging typed one letter off or split by a space, but not a two-syllable look-alike', () => {
    expect(said('web-app 스태이징 배포해줘').entities.environment).toBe('staging');
    expect(said('web-app 스테 이징 롤백해줘').entities.environment).toBe('staging');
    expect(said('web-app 개별 상태').entities.environment).toBeUndefined();
  });
});

describe('interpreter: what happened then, how to use it, casual verbs', () => {
  it('reads a question about a change at a past time as history, a remark with a past time as nothing', () => {
    expect(interpret('did web-app get rolled back yesterday?', { knownApps }).intent).toBe('history');
    expect(interpret('has payment-svc ever been restarted?', { knownApps }).intent).toBe('history');
    // the same without a time is a question about the state now
    expect(interpret('did web-app get deployed to prod?', { knownApps }).intent).toBe('status');
    expect(interpret('어제 배포 때문에 야근했어', { knownApps }).intent).toBe('unknown');
  });

  it('reads how-to questions as help and casual restart/delete/log words as theirs', () => {
    expect(interpret('로그는 어떻게 보는 거야?').intent).toBe('help');
    expect(interpret('what am I allowed to ask you').intent).toBe('help');
    expect(interpret('power-cycle web-app', { knownApps }).intent).toBe('restart');
    expect(interpret('pull web-app off staging', { knownApps }).intent).toBe('delete');
    expect(interpret('stderr of web-app on staging pls', { knownApps }).intent).toBe('logs');
  });
});

describe('interpreter: the unsafe readings blind rounds 5a/5b found', () => {
  it('never reads a relative revision as a replica count, nor "drop X by N" as a delete', () => {
    const revision = interpret('운영 web-app 세 개 전 리비전으로', { knownApps });
    expect(revision.intent).not.toBe('scale');
    expect(revision.entities.replicas).toBeUndefined();
    const drop = interpret('drop web-app by two replicas', { knownApps });
    expect(drop.intent).toBe('scale');
    expect(drop.ambiguous).toBe(true);
  });

  it('asks about 우녕 (운영 as pronounced) and about all of an app, and never lists what it was told to delete', () => {
    const lookalike = interpret('우녕 web-app 재시작', { knownApps });
    expect(lookalike.ambiguous).toBe(true);
    expect(lookalike.clarification).toMatch(/운영\(production\)/);
    const all = interpret('web-app 전부 delete 해', { knownApps });
    expect(all).toMatchObject({ intent: 'delete', ambiguous: true });
    expect(interpret('스테이징에 올라가 있는 거 싹 다 지워', { knownApps }).intent).not.toBe('list');
    expect(interpret('프로덕션에 올라간 서비스 전부', { knownApps }).intent).toBe('list');
  });

  it('reads named build tags, "cancel … and revert", and a told report', () => {
    expect(interpret('deploy web-app release-2024-12', { knownApps }).entities.tag).toBe('release-2024-12');
    expect(interpret('cancel the web-app deploy on staging and revert', { knownApps }).intent).toBe(
      'rollback',
    );
    expect(interpret('cancel the web-app deploy', { knownApps }).intent).toBe('unknown');
    expect(interpret('방금 web-app restart 했어요 FYI', { knownApps }).intent).toBe('unknown');
  });
});

describe('interpreter: what blind rounds 6a/6b found', () => {
  it('asks about two changes joined by a verb ending ("늘리고 재시작해줘") instead of doing the last one', () => {
    const r = interpret('운영 web-app 5개로 늘리고 재시작해줘', { knownApps });
    expect(r.ambiguous).toBe(true);
    expect(r.intent).not.toBe('unknown');
  });

  it('"a few more" and "N more" are relative counts: asked, never a target nor a status question', () => {
    for (const command of [
      '운영 web-app 몇 개 더 필요해 늘려',
      'staging web-app pod 두 개 more',
      'web-app staging pod 2개 more',
    ]) {
      const r = interpret(command, { knownApps });
      expect(r).toMatchObject({ intent: 'scale', ambiguous: true });
      expect(r.entities.replicas).toBeUndefined();
    }
  });

  it('two reads asked together are ambiguous, the first named asked, the clarification offering both', () => {
    const r = interpret('web-app 상태랑 배포 이력 같이 보여줘', { knownApps });
    expect(r).toMatchObject({ intent: 'status', ambiguous: true });
    expect(interpret('web-app 배포 이력이랑 로그 보여줘', { knownApps })).toMatchObject({
      intent: 'history',
      ambiguous: true,
    });
    expect(r.clarification).toMatch(/상태/);
    expect(r.clarification).toMatch(/이력/);
    expect(interpret('web-app 배포 히스토리 상태', { knownApps })).toMatchObject({
      intent: 'status',
      ambiguous: false,
    });
  });

  it('reads set-to and target counts said casually', () => {
    const cases: [string, number][] = [
      ['web-app down to 2', 2],
      ['bump web-app to 5', 5],
      ['take web-app in dev from 4 down to 2', 2],
      ['web-app stage pod count 4', 4],
      ['web-app dev 0으로 내려', 0],
    ];
    for (const [command, replicas] of cases)
      expect(interpret(command, { knownApps })).toMatchObject({ intent: 'scale', entities: { replicas } });
    expect(interpret('bump web-app to 3.2.1', { knownApps })).toMatchObject({
      intent: 'deploy',
      entities: { tag: '3.2.1' },
    });
  });

  it('"싹 다 밀어" wipes (asked about: which app), "밀어 넣어" pushes; "down and back up" restarts', () => {
    expect(interpret('스테이징에 깔린 거 싹 다 밀어', { knownApps })).toMatchObject({
      intent: 'delete',
      ambiguous: true,
    });
    expect(interpret('web-app 이미지 밀어 넣어줘', { knownApps }).intent).toBe('deploy');
    expect(interpret('take web-app down and bring it right back up', { knownApps }).intent).toBe('restart');
  });

  it('going back to a version or a revision is a rollback; a read noun typed a letter off is the read', () => {
    expect(interpret('web-app prod back to 3.0.9', { knownApps })).toMatchObject({
      intent: 'rollback',
      entities: { tag: '3.0.9' },
    });
    expect(interpret('put web-app back on revision 2', { knownApps })).toMatchObject({
      intent: 'rollback',
      entities: { revision: 2 },
    });
    expect(interpret('web-app deploy histroy', { knownApps }).intent).toBe('history');
    expect(interpret('web-app change log please', { knownApps }).intent).toBe('history');
  });

  it('formal Korean requests are orders, not remarks; a slang ending (롤백쳐) and Konglish objects keep the order', () => {
    expect(interpret('프로덕션 web-app 레플리카 6개로 부탁드립니다', { knownApps })).toMatchObject({
      intent: 'scale',
      ambiguous: false,
      entities: { replicas: 6 },
    });
    expect(interpret('운영 web-app 롤백쳐', { knownApps })).toMatchObject({
      intent: 'rollback',
      ambiguous: false,
    });
    expect(interpret('web-app dev에 새로 build한 거 deploy', { knownApps })).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
    expect(interpret('web-app 배포 너무 느리다', { knownApps }).intent).toBe('unknown');
  });

  it('what changed or happened before is history; 리로드 restarts; small talk stays unknown', () => {
    expect(interpret('web-app 최근에 뭐 바뀌었어?', { knownApps }).intent).toBe('history');
    expect(interpret('web-app 어제 롤백했었나?', { knownApps }).intent).toBe('history');
    expect(interpret('web-app 리로드 좀', { knownApps }).intent).toBe('restart');
    expect(interpret("how's your day going", { knownApps }).intent).toBe('unknown');
  });

  it('casual English verbs and frames: land, kill … for good, refresh pods, put 해줘, "if that\'s alright"', () => {
    expect(interpret('land web-app on staging', { knownApps })).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
    expect(interpret('kill the web-app deployment in dev for good', { knownApps }).intent).toBe('delete');
    expect(interpret('refresh the web-app pods', { knownApps }).intent).toBe('restart');
    expect(interpret('web-app staging에 put 해줘', { knownApps }).intent).toBe('deploy');
    expect(
      interpret("Please roll web-app on staging back to revision 12 if that's alright", { knownApps }),
    ).toMatchObject({ intent: 'rollback', ambiguous: false, entities: { revision: 12 } });
  });

  it('"not deleting …" refuses; a what-if or a concept is settled unknown (no read filled in for it)', () => {
    expect(interpret('not deleting web-app, just so you know', { knownApps }).intent).toBe('unknown');
    for (const command of ['is it risky to restart web-app during peak?', "what's a semantic version"]) {
      const reading = read(command, { knownApps: new Set(knownApps) });
      expect(reading).toMatchObject({ intent: 'unknown', settled: true });
    }
  });

  it('questions about what shipped and how an app is doing are reads; pin/fresh restart/stop … bring back are orders', () => {
    expect(interpret('which tag did web-app ship with last time?', { knownApps }).intent).toBe('history');
    expect(interpret('when did ghcr.io/acme/web-app:v4.0.0 go to prod?', { knownApps })).toMatchObject({
      intent: 'history',
      entities: { tag: 'v4.0.0', environment: 'production' },
    });
    for (const command of [
      'are the web-app pods restarting a lot?',
      'web-app 지금 죽어있는 거 아니야?',
      'staging web-app 아직 rolling 중이야?',
    ])
      expect(interpret(command, { knownApps }).intent).toBe('status');
    expect(interpret('log me in', { knownApps }).intent).toBe('unknown');
    expect(interpret('pin web-app to v4.4.1', { knownApps })).toMatchObject({
      intent: 'deploy',
      entities: { tag: 'v4.4.1' },
    });
    expect(interpret('give web-app a fresh restart', { knownApps })).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    expect(interpret('stop web-app in dev, then bring it back up', { knownApps }).intent).toBe('restart');
    expect(interpret('delete web-app fromdev', { knownApps }).entities.environment).toBe('development');
  });

  it('Konglish verbs and chatty endings keep an order; "몇 건 나갔어" and "did anyone …" ask history', () => {
    expect(interpret('web-app 데브에 푸시해줘', { knownApps })).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
    expect(interpret('web-app v3.0.0 으로 밀어줘', { knownApps })).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
    expect(interpret('web-app 리스타트 쫌요', { knownApps })).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    expect(interpret('web-app 재시작해졍', { knownApps })).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    expect(interpret('운영에 오늘 배포 몇 건 나갔어?', { knownApps }).intent).toBe('history');
    expect(interpret('did anyone roll back web-app today?', { knownApps }).intent).toBe('history');
    expect(interpret('readiness probe가 뭐예요', { knownApps }).intent).toBe('unknown');
  });

  it('"stop … and start it again" restarts; "deploy 어떻게 해?" asks how; a note "fyi" or "define …" is settled', () => {
    expect(interpret('stop web-app in prod and start it again', { knownApps }).intent).toBe('restart');
    expect(interpret('이 bot으로 deploy 어떻게 해?', { knownApps }).intent).toBe('help');
    for (const command of ['we deployed web-app on tuesday, fyi', 'define staging environment'])
      expect(read(command, { knownApps: new Set(knownApps) })).toMatchObject({
        intent: 'unknown',
        settled: true,
      });
  });

  it('a change put off to later is not done now; "restart policy" is a concept; failed and past releases are history', () => {
    // answered like a refusal: nothing done now (the service does not schedule)
    expect(interpret('web-app 롤백은 내일 하자', { knownApps })).toMatchObject({
      intent: 'unknown',
      clarification: expect.stringMatching(/예약해 두지는 않습니다/),
    });
    expect(interpret('deploy web-app to prod tomorrow', { knownApps }).clarification).toMatch(
      /do not schedule/,
    );
    for (const command of ['deploy web-app to prod tomorrow', 'web-app 내일 운영 배포해줘'])
      expect(interpret(command, { knownApps }).intent).toBe('unknown');
    expect(interpret('web-app 배포해줘', { knownApps })).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
    expect(interpret('the restart policy of web-app is Always', { knownApps }).intent).toBe('unknown');
    expect(interpret('최근 deploy failed 된 거 있어?', { knownApps }).intent).toBe('history');
    expect(interpret('stg web-app 지난 release 목록', { knownApps })).toMatchObject({
      intent: 'history',
      entities: { app: 'web-app' },
    });
    expect(interpret('what went to production yesterday?', { knownApps }).intent).toBe('history');
    expect(interpret('너 뭐 하는 봇이야', { knownApps }).intent).toBe('help');
  });

  it('a change joined to a read by a glued 고 ("올리고 logs 보여줘") asks about the change; "pleas" is please', () => {
    expect(interpret('web-app v3.1.1 dev에 올리고 logs 보여줘', { knownApps })).toMatchObject({
      intent: 'deploy',
      ambiguous: true,
    });
    expect(interpret('web-app 5개로 늘리고 재시작해줘', { knownApps })).toMatchObject({
      intent: 'scale',
      ambiguous: true,
    });
    expect(interpret('web-app prod restart pleas', { knownApps })).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
  });

  it('죽이고 다시 살려 / 흔들어 깨워 restart, 직전 버전으로 복구 rolls back, "올려야 되는데" only thinks aloud', () => {
    expect(interpret('운영 web-app 파드 죽이고 다시 살려', { knownApps }).intent).toBe('restart');
    expect(interpret('web-app staging 한 번 흔들어 깨워줘', { knownApps }).intent).toBe('restart');
    expect(interpret('web-app 개발계 직전 버전으로 복구', { knownApps })).toMatchObject({
      intent: 'rollback',
      ambiguous: false,
    });
    expect(interpret('web-app 운영에 올려야 되는데…', { knownApps }).intent).toBe('unknown');
  });

  it('politeness around an order keeps it an order ("when you get the chance", "시간 되시면")', () => {
    expect(
      interpret('When you get the chance, kindly remove web-app from the development environment', {
        knownApps,
      }),
    ).toMatchObject({ intent: 'delete', ambiguous: false });
    expect(
      interpret('혹시 시간 되시면 web-app staging restart 부탁드려도 될까요 감사합니다', { knownApps }),
    ).toMatchObject({ intent: 'restart', ambiguous: false });
  });
});

describe('interpreter: what blind round 7 found', () => {
  const read = (command: string) => interpret(command, { knownApps });

  it('a span of time is no count: "최근 1시간 로그", "since 10 minutes ago" read logs without lines', () => {
    expect(read('web-app 운영 최근 2시간 로그')).toMatchObject({
      intent: 'logs',
      entities: { app: 'web-app' },
    });
    expect(read('web-app 운영 최근 2시간 로그').entities.lines).toBeUndefined();
    expect(read('payment-svc logs since 15 minutes ago').entities.lines).toBeUndefined();
    expect(read('web-app last 3h logs').entities.lines).toBeUndefined();
    expect(read('web-app 로그 80줄').entities.lines).toBe(80);
  });

  it('a change said for later ("10분 뒤에", "in 5 minutes") is not done now', () => {
    expect(read('web-app 10분 뒤에 재시작해줘')).toMatchObject({ intent: 'unknown', ambiguous: true });
    expect(read('restart payment-svc in 5 minutes')).toMatchObject({ intent: 'unknown', ambiguous: true });
  });

  it('production said as it sounds (프로듀션) is asked about, even in a read', () => {
    const status = read('web-app 프로듀션 상태 알려줘');
    expect(status.ambiguous).toBe(true);
    expect(status.entities.environment).not.toBe('production');
    expect(read('web-app 프로듀션에 배포해줘')).toMatchObject({ intent: 'deploy', ambiguous: true });
  });

  it('"take X down … and bring it back up" restarts; 바운스 restarts; "명령어 알려줘" is help', () => {
    expect(read('take payment-svc down on staging and bring it back up')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    expect(read('web-app 스테이징 바운스 부탁해요').intent).toBe('restart');
    expect(read('scale 하는 명령어 알려줘').intent).toBe('help');
  });

  it('"list X deployments" and "X 배포 목록" are its history; "… 한 적 있어?" asks history', () => {
    expect(read('list payment-svc releases')).toMatchObject({
      intent: 'history',
      entities: { app: 'payment-svc' },
    });
    expect(read('web-app 배포 목록 보여줘').intent).toBe('history');
    expect(read('배포 목록 보여줘').intent).toBe('list');
    expect(read('payment-svc 이번 달에 롤백한 적 있어?').intent).toBe('history');
  });

  it('a registered app and a version with nothing else is a deploy of it; asked as a question it is not', () => {
    expect(read('payment-svc 2.4.1')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { app: 'payment-svc', tag: '2.4.1' },
    });
    expect(read('web-app v1.8.0 ship it')).toMatchObject({ intent: 'deploy', ambiguous: false });
    expect(read('payment-svc git-9f8e7d6 to dev')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
      entities: { tag: 'git-9f8e7d6', environment: 'development' },
    });
    expect(read('payment-svc 2.4.1?').intent).not.toBe('deploy');
    expect(read('unregistered-thing 2.4.1').intent).toBe('unknown');
  });

  it('"운영은 건드리지 말고 개발만 …" does the change where it is asked; "what tag was X on" is history; "N개 유지해줘" scales', () => {
    expect(read('web-app 운영은 건드리지 말고 개발만 재시작해줘')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'web-app', environment: 'development' },
    });
    expect(read('leave prod alone and restart payment-svc in staging')).toMatchObject({
      intent: 'restart',
      entities: { environment: 'staging' },
    });
    // nothing named after it: still refused
    expect(read('운영은 건드리지 말고 재시작해줘').intent).toBe('unknown');
    expect(read('what version was payment-svc on last friday?').intent).toBe('history');
    expect(read('web-app 4개 유지해줘')).toMatchObject({ intent: 'scale', entities: { replicas: 4 } });
    expect(read('web-app 4개 유지 중이야?').intent).not.toBe('scale');
  });

  it('words typed with spaces inside ("s ta tus", "삭 제") or run into the app ("web-applogs") are read', () => {
    expect(read('web-app s ta tus')).toMatchObject({ intent: 'status', entities: { app: 'web-app' } });
    expect(read('개 발 web-app 삭 제')).toMatchObject({
      intent: 'delete',
      entities: { app: 'web-app', environment: 'development' },
    });
    expect(read('web-applogs')).toMatchObject({ intent: 'logs', entities: { app: 'web-app' } });
    // "roll back" is two words of its own, not a spaced "rollback"
    expect(read('did anyone roll back web-app today?').intent).toBe('history');
  });
});

describe('interpreter: what blind round 8 found (on-call, junior, lead and assistant-style users)', () => {
  const read = (command: string) => interpret(command, { knownApps });

  it('unsafe before: "lve" is a production look-alike; "… 주세요, 지금은 말고요" is for later; "bump … to N replicas" scales', () => {
    const lve = read('payment-svc v3.1.0 lve 배포');
    expect(lve.ambiguous).toBe(true);
    expect(lve.entities.environment).toBeUndefined();
    expect(read('모레 오후에 운영 web-app 롤백해 주세요, 지금은 말고요')).toMatchObject({
      intent: 'unknown',
      ambiguous: true,
    });
    expect(read('please bump the payment-svc deployment in dev up to three replicas')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 3 },
    });
    expect(read('web-app 스테이징 pod 몇 개 더 붙여줘')).toMatchObject({ intent: 'scale', ambiguous: true });
    expect(read('no deploys on web-app this afternoon')).toMatchObject({ intent: 'unknown' });
    expect(read('to save money, scale payment-svc in dev down to a single pod')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 1 },
    });
    expect(read('When the migration is finished, restart payment-svc in staging').intent).toBe('unknown');
  });

  it('a reason before an order ("사용하지 않으므로", "필요 없으니") or a hedge ("잘 모르겠는데요,") keeps the order', () => {
    expect(read('이제 사용하지 않으므로 개발의 web-app을 삭제해 주세요')).toMatchObject({
      intent: 'delete',
      entities: { app: 'web-app', environment: 'development' },
    });
    expect(read('트래픽이 없으니 staging의 payment-svc를 1개로 줄여 주세요').intent).toBe('scale');
    expect(read('잘 모르겠는데요, payment-svc 개발에 배포 부탁드려요').intent).toBe('deploy');
    expect(read('Hello, I am new here. Can you please restart web-app in staging?').intent).toBe('restart');
    expect(read('배포해야 할지 모르겠어').intent).toBe('unknown');
    // a report before the order ("…확인되었습니다.", "문제 있어서") is why, not a read asked for
    expect(
      read('운영 web-app 새 릴리즈에서 에러가 확인되었습니다. 이전 버전으로 롤백해 주세요.'),
    ).toMatchObject({
      intent: 'rollback',
      entities: { app: 'web-app', environment: 'production' },
    });
    expect(read('payment-svc 배포에 문제 있어서 이전 버전으로 롤백해 주세요').intent).toBe('rollback');
    expect(read('web-app 상태 확인하고 재시작해줘')).toMatchObject({ intent: 'restart', ambiguous: true });
  });

  it('team-lead questions about the past are history', () => {
    expect(read('web-app 마지막 배포가 언제였지').intent).toBe('history');
    expect(read('운영 payment-svc 롤백 누가 했는지 알려줘').intent).toBe('history');
    expect(read('how often did we restart web-app this week').intent).toBe('history');
    expect(read('이번 주 failed 배포 있었나?').intent).toBe('history');
    // told, not asked
    expect(read('어제 web-app 재시작했었어').intent).not.toBe('history');
  });
});

describe('interpreter: what blind round 9 found (a Korean team channel)', () => {
  const read = (command: string) => interpret(command, { knownApps });

  it('unsafe before: "N개 띄워" scales, "지금보다 2개 많게" is relative, "운ㅇ영" is a look-alike, two reads are asked', () => {
    expect(read('스테이징 payment-svc 3개 띄워 주세요')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 3 },
    });
    const relative = read('web-app 운영 지금보다 3개 많게');
    expect(relative).toMatchObject({ intent: 'scale', ambiguous: true });
    expect(relative.entities.replicas).toBeUndefined();
    expect(read('scale web-app to 2 more than now').entities.replicas).toBeUndefined();
    const lookalike = read('web-app 운ㅇ영 상태 알려줘');
    expect(lookalike.ambiguous).toBe(true);
    expect(lookalike.entities.environment).toBeUndefined();
    expect(read('web-app stg logs, and the release history too').ambiguous).toBe(true);
  });

  it('feelings after an order (ㅠㅠ, 급해요, an emoji) keep the order; 주세여 / 쥬세요 are 주세요', () => {
    expect(read('운영 web-app 재시작 ㅠㅠ 급해요')).toMatchObject({ intent: 'restart', ambiguous: false });
    expect(read('개발 payment-svc 재시작 🙏')).toMatchObject({ intent: 'restart', ambiguous: false });
    expect(read('web-app 스테이징 롤백해쥬세요')).toMatchObject({ intent: 'rollback', ambiguous: false });
    expect(read('web-app 재시작 했어 ㅋㅋ').intent).not.toBe('restart');
  });

  it('who did it, when it happened before, N 건: history', () => {
    expect(read('어제 운영 web-app 롤백한 사람 누구임').intent).toBe('history');
    expect(read('payment-svc 언제 배포 됐었죠?').intent).toBe('history');
    expect(read('web-app 최근 배포 세 건 보여줘').intent).toBe('history');
  });
});

describe('interpreter: what blind round 10 found (a global team channel)', () => {
  const read = (command: string) => interpret(command, { knownApps });

  it('unsafe before: "N revisions back" is relative (asked), never revision N', () => {
    const back = read('payment-svc prod rollback 2 revisions back');
    expect(back).toMatchObject({ intent: 'rollback', ambiguous: true });
    expect(back.entities.revision).toBeUndefined();
    expect(read('web-app 2 리비전 전으로 롤백').entities.revision).toBeUndefined();
    expect(read('roll back web-app to the 2nd revision').entities.revision).toBe(2);
  });

  it('"kindly", "I would like you to" frame an order; cluster states and "fine or not?" ask status; who/failed are history', () => {
    expect(read('web-app staging restart kindly')).toMatchObject({ intent: 'restart', ambiguous: false });
    expect(read('I would like you to restart payment-svc in dev')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
    });
    expect(read('payment-svc dev showing CrashLoopBackOff?').intent).toBe('status');
    expect(read('web-app running fine or not?').intent).toBe('status');
    expect(read('show failed releases').intent).toBe('history');
    expect(read('did anyone touch payment-svc this week').intent).toBe('history');
    expect(read('web-app prod 최근 배포 누가 했어요').intent).toBe('history');
    expect(read('web-app pr-77 dev에 preview deploy').entities.tag).toBe('pr-77');
    // a "branch" between the name and "태그" is not the tag
    expect(read('web-app feat-login branch 태그로 dev deploy').entities.tag).toBe('feat-login');
    expect(read('개발 web-app 지금 돌아가고 있나').intent).toBe('status');
    expect(read('payment-svc 운영은 괜찮은 거죠').intent).toBe('status');
    expect(read('not prod — restart web-app in dev only')).toMatchObject({
      intent: 'restart',
      entities: { environment: 'development' },
    });
    expect(read('how should I phrase a rollback request?').intent).toBe('help');
    expect(read('이번 달 운영에서 롤백된 거 있어?').intent).toBe('history');
  });
});
