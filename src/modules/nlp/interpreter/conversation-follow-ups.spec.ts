import type { Turn } from './context.js';
import { interpretInConversation } from './conversation.js';
import type { Entities } from './types.js';

/**
 * Follow-ups a person would recognise, one class per block: each conversation is replayed through the service's
 * conversation path; a turn expects `[command, intent (or the reply confirm/cancel), entities, ambiguous?]`.
 */
type Expected = readonly [command: string, intent: string, entities: Entities, ambiguous?: boolean];

const KNOWN_APPS = ['shop-ui', 'ledger', 'mailer', 'search-api', 'queue-worker', 'report-job'];

function replay(turns: readonly Expected[]) {
  const history: Turn[] = [];
  const got: Expected[] = [];
  for (const [command] of turns) {
    const r = interpretInConversation(command, {
      knownApps: KNOWN_APPS,
      defaultEnvironment: 'staging',
      history: [...history].reverse(),
    });
    const i = r.interpretation;
    got.push([command, r.reply ?? i.intent, i.entities, r.reply ? false : i.ambiguous]);
    history.push(r.turn);
  }
  return got;
}

const expectConversation = (turns: readonly Expected[]) =>
  expect(replay(turns)).toEqual(turns.map(([c, intent, e, amb]) => [c, intent, e, amb ?? false]));

describe('a yes with the waiting plan’s own operation confirms it (never a second plan)', () => {
  it.each<[string, Expected[]]>([
    [
      'Korean yes + bare verb',
      [
        ['운영 mailer 삭제해줘', 'delete', { app: 'mailer', environment: 'production' }],
        ['ㅇㅇ 삭제해', 'confirm', { app: 'mailer', environment: 'production' }],
      ],
    ],
    [
      'English yes + verb + pronoun',
      [
        ['restart ledger in prod', 'restart', { app: 'ledger', environment: 'production' }],
        ['yep, restart it', 'confirm', { app: 'ledger', environment: 'production' }],
      ],
    ],
    [
      'the plan’s own app said again',
      [
        ['roll back search-api on production', 'rollback', { app: 'search-api', environment: 'production' }],
        ['ok roll back search-api', 'confirm', { app: 'search-api', environment: 'production' }],
      ],
    ],
    [
      'an English confirm phrase',
      [
        ['remove report-job from dev', 'delete', { app: 'report-job', environment: 'development' }],
        ['fine, carry on', 'confirm', { app: 'report-job', environment: 'development' }],
      ],
    ],
    [
      'a refusal with 할래',
      [
        ['queue-worker 운영에서 지워줘', 'delete', { app: 'queue-worker', environment: 'production' }],
        ['음 아니 취소할래', 'cancel', { app: 'queue-worker', environment: 'production' }],
      ],
    ],
  ])('%s', (_name, turns) => expectConversation(turns));

  it('a yes with another app is that app’s own command, not a confirmation of the plan', () => {
    const [, second] = replay([
      ['restart ledger in prod', 'restart', {}],
      ['yes, restart mailer', 'restart', {}],
    ]);
    expect(second[1]).toBe('restart');
    expect(second[2]).toEqual({ app: 'mailer', environment: 'staging' });
  });

  it('a yes with the operation asked as a question confirms nothing', () => {
    const [, second] = replay([
      ['delete mailer in prod', 'delete', {}],
      ['yes delete it?', 'unknown', {}],
    ]);
    expect(second[1]).not.toBe('confirm');
  });
});
