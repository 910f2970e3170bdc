import { interpret } from './interpreter.js';

/**
 * Classes of phrasing found on the train split of blind round 18 (a university's registration and learning platform
 * in the first week of a semester, 2026-12-02), and the safety fix of its one unsafe dev reading; new sentences.
 */
const KNOWN_APPS = ['shop-ui', 'ledger', 'mailer', 'search-api', 'queue-worker'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });

describe('an order for a later clock time or a finished event is put off', () => {
  it.each([
    'Bounce mailer prod at 23:30.',
    'Once the payroll export has finished, please scale ledger in production to 3 replicas.',
    'when the nightly import is done, restart queue-worker on staging',
    '이따가 ledger 스테이징 지워줘',
  ])('%s', (command) => {
    expect(said(command)).toMatchObject({ intent: 'unknown', ambiguous: true });
  });

  it('a clock time in a report of what happened leaves the order for now', () => {
    expect(said('restart mailer prod, it hung at 02:10')).toMatchObject({
      intent: 'restart',
      ambiguous: false,
      entities: { app: 'mailer', environment: 'production' },
    });
  });
});

describe('a version and a count', () => {
  it('"ledger prod v3.1.0 replicas 4. Go." deploys that version with 4 replicas (no scale that drops it)', () => {
    expect(said('ledger prod v3.1.0 replicas 4. Go.')).toMatchObject({
      intent: 'deploy',
      entities: { app: 'ledger', environment: 'production', tag: 'v3.1.0', replicas: 4 },
    });
    expect(said('ledger prod replicas 4')).toMatchObject({
      intent: 'scale',
      entities: { replicas: 4 },
    });
  });
});

describe('counts of an operation are a status read', () => {
  it('"restart 횟수", "deploy 횟수" beside English words ask, they restart nothing', () => {
    expect(said('queue-worker 운영 restart 횟수 좀 알려줘')).toMatchObject({
      intent: 'status',
      ambiguous: false,
    });
  });
});
