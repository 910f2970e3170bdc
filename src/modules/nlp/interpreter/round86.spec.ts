import { CHANGE_INTENTS } from './intents.js';
import { interpret } from './interpreter.js';

/**
 * The safety fixes of blind rounds 86 (a ski resort's opening weekend: look-alikes, deletes of things that are no app),
 * 86c (a delivery startup's dinner rush) and 87 (a container terminal's typhoon night), 2026-12-05.
 */
const KNOWN_APPS = ['gate-api', 'ticket-web', 'rental-api'];
const said = (command: string) => interpret(command, { knownApps: KNOWN_APPS });
const clearChange = (command: string) => {
  const r = said(command);
  return CHANGE_INTENTS.has(r.intent) && !r.ambiguous;
};

describe('data deleted, a condition with 시, a production described run nothing', () => {
  it.each([
    'rental-api 운영 DB에서 테스트 예약 데이터 삭제하라.',
    'ticket-web 캐시 삭제해줘',
    'clear the ticket-web cache',
    '스캐너 응답 5초 초과 시 gate-api 운영 재기동하라.',
    '리프트 전광판 연동된 쪽 gate-api 재기동하라.',
    'Please restart ticket-web on the side where the real customers are.',
    // round 87
    'Kindly delete the old OCR images from last month in rental-api production.',
    'Kindly scale gate-api to 6 on the box the quay cranes report to.',
    'Kindly roll back rental-api in production after the 06:00 invoice run.',
    'I roll back rental-api on staging now. Ja.',
  ])('%s', (command) => {
    expect(clearChange(command)).toBe(false);
  });
  it('deleting the app itself is still a delete', () => {
    expect(said('delete rental-api from dev').intent).toBe('delete');
    expect(said('rental-api 스테이징에서 삭제해줘').intent).toBe('delete');
  });
});
