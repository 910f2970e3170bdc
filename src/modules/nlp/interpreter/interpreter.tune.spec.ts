import { interpret } from './interpreter.js';

/** Classes of phrasing found on the train splits of the blind rounds; every sentence here is new. */
const knownApps = ['web-app', 'api', 'payment-svc', 'checkout'];
const read = (command: string) => interpret(command, { knownApps });

describe('interpreter: what follows an order without undoing it', () => {
  it.each([
    // the tag told after the order, in its own words (커밋 …, 태그 … 임, branch)
    ['checkout 스테이징에 배포해줘. 이미지 태그 1.8.2 임', 'deploy', { tag: '1.8.2' }],
    ['web-app 개발 배포요 커밋 9f3e2d1 태그로', 'deploy', { tag: '9f3e2d1' }],
    // politeness and an aside closing an English order
    ['ship checkout v2.4.0 to dev when you get a minute', 'deploy', { tag: 'v2.4.0' }],
    ['restart payment-svc on staging while I check the dashboards', 'restart', {}],
    // a bare 고 (go) and 요청함 closing a terse Korean order
    ['checkout 개발 배포 고', 'deploy', {}],
    ['개발 web-app 재시작 요청함', 'restart', {}],
    // a Korean sentence closed by an English operation verb
    ['web-app 개발에 hotfix-77 태그로 deploy', 'deploy', { tag: 'hotfix-77' }],
    ['payment-svc 개발 멈춤임 restart', 'restart', {}],
  ])('%s → %s', (command, intent, entities) => {
    const r = read(command);
    expect(r).toMatchObject({ intent, ambiguous: false });
    expect(r.entities).toMatchObject(entities);
  });

  it('an English verb after "to" or "the" in a Korean sentence is no order', () => {
    expect(read('혹시 web-app 이라는 script to deploy').ambiguous).toBe(true);
    expect(read('오늘 회의 주제는 web-app deploy').ambiguous).toBe(true);
  });
});
