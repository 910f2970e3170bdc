import { replayConversation } from '../../../../test/support/nlp-conversation-replay.js';
import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on blind round 51's train split (an e-sports league's world finals) — Gen-Z internet
 * English and a lawyer's English — and a read asked before another operation is refused; new sentences.
 */
const KNOWN_APPS = ['vod-api', 'chat-web', 'clip-worker'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('round 51: Gen-Z and a lawyer’s English', () => {
  it('"no cap", "fr fr", "lowkey", "deadass" and a closing "bet" are emphasis, not words that make an order unclear', () => {
    for (const command of [
      'lowkey restart clip-worker on staging',
      'deploy chat-web 1.4.0 to dev fr fr',
      'restart vod-api in prod no cap',
      'deadass scale clip-worker on staging to 3',
      'chat-web 2.0.1 to staging, deploy it bet',
    ])
      expect([command, said(command).ambiguous]).toEqual([command, false]);
    expect(said('vod-api on prod alive or nah')).toMatchObject({
      intent: 'status',
      entities: { app: 'vod-api', environment: 'production' },
    });
  });

  it('an order in the passive ("shall be restarted", "that X be deleted") is the order; "under no circumstances" refuses it', () => {
    expect(said('It is hereby requested that clip-worker in staging be restarted.')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'clip-worker', environment: 'staging' },
    });
    expect(said('The aforementioned chat-web in development shall be deleted.')).toMatchObject({
      intent: 'delete',
      entities: { app: 'chat-web', environment: 'development' },
    });
    for (const refusal of [
      'Under no circumstances shall vod-api be deleted from production.',
      'In no event should clip-worker be rolled back on production.',
      'chat-web shall not be restarted in production.',
    ]) {
      const r = said(refusal);
      expect([refusal, r.intent === 'unknown' || r.ambiguous]).toEqual([refusal, true]);
    }
  });

  it('"without prejudice to …" reserves rights and puts nothing off; "furnish" and "produce" ask to be shown', () => {
    expect(said('Redeploy chat-web to staging, without prejudice to any later release.')).toMatchObject({
      intent: 'deploy',
      ambiguous: false,
    });
    expect(said('Produce the deployment history of vod-api in production.')).toMatchObject({
      intent: 'history',
      entities: { app: 'vod-api', environment: 'production' },
    });
  });
});

describe('round 51: a read asked, then another operation refused or put off', () => {
  it('is the read, whatever the refused operation is', () => {
    for (const [command, intent] of [
      ['clip-worker 운영 로그 줘 재시작 하지말구', 'logs'],
      ['vod-api 운영 상태 보여줘 롤백은 내일 하자', 'status'],
      [
        'Furnish the logs of vod-api in production; the rollback is reserved for later determination.',
        'logs',
      ],
    ] as const)
      expect([command, said(command)]).toEqual([
        command,
        expect.objectContaining({ intent, ambiguous: false }),
      ]);
  });

  it('an order refused after a read stays refused: nothing changes', () => {
    const r = said('clip-worker 로그 줘, 재시작해 줘');
    expect(r.intent === 'restart' && !r.ambiguous).toBe(false);
  });
});

describe('round 51c: a lawyer in a conversation', () => {
  const replay = (commands: string[]) =>
    replayConversation(
      commands.map((c) => [c, '', {}] as const),
      KNOWN_APPS,
    );

  it('"Pursuant to my previous instruction, production as well." repeats the order there', () => {
    const [, again] = replay([
      'Deploy chat-web v3.1.0 to staging forthwith.',
      'Pursuant to my previous instruction, production as well.',
    ]);
    expect([again[1], again[2]]).toEqual([
      'deploy',
      { app: 'chat-web', environment: 'production', tag: 'v3.1.0' },
    ]);
  });

  it('"So ordered, counsel." and "Understood. So ordered, then." confirm the plan waiting; an acknowledgement alone does not', () => {
    for (const yes of ['So ordered, counsel.', 'Understood. So ordered, then.'])
      expect([yes, replay(['Restart vod-api in production.', yes])[1][1]]).toEqual([yes, 'confirm']);
    expect(replay(['Restart vod-api in production.', 'Understood.'])[1][1]).not.toBe('confirm');
  });
});
