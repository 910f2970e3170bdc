import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/** The safety fixes of blind round 81 (a hospital's night shift, deletes and rollbacks in production, 2026-12-05). */
const KNOWN_APPS = ['ward-api', 'pharmacy', 'chart-web'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};

describe('a delete or rollback in production taken back, conditional or on a copy runs nothing', () => {
  it.each([
    'roll back ward-api on prod — actually no, scrap that, all quiet now',
    'delete chart-web prod... wait, no, doctors are logged in, ignore me',
    '재고 정리가 끝났다면 pharmacy 운영 삭제해 주십시오',
    '실처방 나가는 서버 ward-api 롤백해 주십시오',
    '운영 복제계 pharmacy 삭제 바랍니다',
    '교육용 운영계 chart-web 삭제해 주세요',
  ])('%s', (command) => {
    expect(clearChange(command)).toBe(false);
  });
  it('"운영 복제본" is production\'s replicas, not a copy of it', () => {
    expect(said('pharmacy 운영 복제본 두 배로 증설 바랍니다.').entities.environment).toBe('production');
  });
});
