import fc from 'fast-check';
import type { Turn } from '../interpreter/context.js';
import { interpretInConversation } from '../interpreter/conversation.js';
import { CHANGE_INTENTS } from '../interpreter/intents.js';
import { INTENTS, type Intent } from '../interpreter/types.js';
import type { Classification } from './intent-classifier.js';
import { interpretTurn, type Classify } from './turn.js';

/**
 * The service's path through a conversation: the rules in the conversation, weighed by the classifier. The
 * classifier is given as the readings it would make, so each rule of the weighing is shown on its own.
 */
const knownApps = ['web-app', 'worker', 'billing-api'];
const says =
  (byText: Record<string, [Intent, number]>): Classify =>
  (text) => {
    const [intent, score] = byText[text] ?? ['unknown', 0];
    return { intent, score, runnerUp: null, scores: { [intent]: score } } as Classification;
  };

/** Replays the commands through interpretTurn: [intent (or the reply), entities, ambiguous] per turn. */
function replay(commands: string[], classify: Classify) {
  const history: Turn[] = [];
  return commands.map((command) => {
    const r = interpretTurn(
      command,
      { knownApps, defaultEnvironment: 'staging', history: [...history].reverse() },
      classify,
    );
    history.push(r.turn);
    const reply = r.conversation.plan && r.conversation.reply;
    return [
      reply || r.interpretation.intent,
      r.interpretation.entities,
      !reply && r.interpretation.ambiguous,
    ];
  });
}

describe('interpretTurn: a command in its conversation, as the service reads it', () => {
  it('an order whose app the conversation gives stands against a classifier that sees no operation in one turn', () => {
    const again = 'Please perform the same restart once more.';
    const [, unsure] = replay(['restart worker on staging', again], says({ [again]: ['unknown', 0.95] }));
    expect(unsure).toEqual(['restart', { app: 'worker', environment: 'staging' }, false]);
    // the classifier reading another change still asks
    const [, other] = replay(['restart worker on staging', again], says({ [again]: ['deploy', 0.95] }));
    expect(other[0]).toBe('restart');
    expect(other[2]).toBe(true);
  });

  it("in a conversation about an app, a question the classifier reads as a list is that app's status; its help or history of everything is no answer", () => {
    const question = 'Is it behaving now?';
    const [, status] = replay(['restart worker on staging', question], says({ [question]: ['list', 0.99] }));
    expect(status).toEqual(['status', { app: 'worker', environment: 'staging' }, false]);
    const remark = 'rough morning, honestly';
    for (const intent of ['help', 'history', 'list'] as const) {
      const [, read] = replay(['restart worker on staging', remark], says({ [remark]: [intent, 0.99] }));
      expect([intent, read[0]]).toEqual([intent, 'unknown']);
    }
    // with no conversation, the classifier's confident read of a command the rules cannot read is taken
    expect(replay([question], says({ [question]: ['list', 0.99] }))[0][0]).toBe('list');
  });

  it('a change the words never name, other than the one the conversation is doing, is not offered — so no answer can run it', () => {
    const same = '실사이트에도 똑같이 해 주세요';
    const turns = replay(
      ['스테이징 billing-api 재시작해 주세요', same, '운영 말한 거예요'],
      says({ [same]: ['deploy', 0.99] }),
    );
    // (실사이트, "the real site", is asked about as production: the restart repeated there is a question, no deploy)
    expect(turns[1][0]).not.toBe('deploy');
    expect(turns[1][2]).toBe(true);
    expect(turns[2][0]).not.toBe('deploy');
    // the conversation's own operation guessed for it is asked about, never executed
    const [, asked] = replay(
      ['스테이징 billing-api 재시작해 주세요', same],
      says({ [same]: ['restart', 0.99] }),
    );
    expect([asked[0], asked[2]]).toEqual(['restart', true]);
  });

  it('while a change is asked about, another change the classifier guesses is not put — so no answer runs it', () => {
    const both = 'Both, ideally. Same bad forecast on each.';
    const turns = replay(
      ['Roll billing-api back on staging and prod', both, 'Fine, staging first while the thermals are weak.'],
      says({ [both]: ['restart', 0.99] }),
    );
    expect(turns[1][0]).not.toBe('restart');
    expect(turns[2][0]).not.toBe('restart');
  });

  it('an operation the classifier doubts is never turned into the one the conversation did last', () => {
    // "그거" between two deployed apps, a rollback the classifier sees no operation in: asked, never the last deploy
    const doubted = '좌석 hold 꼬임 그거 rollback';
    const turns = replay(
      ['dev에 worker v8.1.0 deploy', 'billing-api v3.8.0도 dev 배포', doubted, 'billing-api 말한거'],
      says({ [doubted]: ['unknown', 0.99], 'billing-api 말한거': ['deploy', 0.84] }),
    );
    expect(turns[2][0]).toBe('unknown');
    expect(turns[3]).not.toEqual(['deploy', expect.anything(), false]);
    // the same operation as the conversation's is still offered: "could you push that to prod as well?"
    const asked = 'could you push that to prod as well?';
    const [, again] = replay(
      ['deploy worker v6.0.0 to staging', asked],
      says({ [asked]: ['unknown', 0.99] }),
    );
    expect(again).toEqual(['deploy', { app: 'worker', environment: 'production', tag: 'v6.0.0' }, true]);
  });

  it('a bare yes answers the waiting plan whatever the classifier makes of it', () => {
    const [, yes] = replay(['delete worker from dev', 'yes'], says({ yes: ['deploy', 1] }));
    expect(yes).toEqual(['confirm', { app: 'worker', environment: 'development' }, false]);
  });

  it('property: in a conversation too, the classifier never makes a change happen that the rules alone would not', () => {
    const openings = [
      'restart worker on staging',
      '운영 billing-api 상태 보여줘',
      'show logs of web-app and worker on prod',
    ];
    const followUps = [
      'Please perform the same restart once more.',
      '운영에도 똑같이 해줘',
      'Is it behaving now?',
      'prod too',
      '6개로',
      'rough morning',
      'yes',
      'worker',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...openings),
        fc.constantFrom(...followUps),
        fc.constantFrom(...INTENTS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (opening, followUp, intent, score) => {
          const first = interpretInConversation(opening, {
            knownApps,
            defaultEnvironment: 'staging',
            history: [],
          });
          const options = { knownApps, defaultEnvironment: 'staging' as const, history: [first.turn] };
          const r = interpretTurn(followUp, options, says({ [followUp]: [intent, score] }));
          const i = r.interpretation;
          if (CHANGE_INTENTS.has(i.intent) && !i.ambiguous)
            expect(i).toEqual(interpretInConversation(followUp, options).interpretation);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
