import fc from 'fast-check';
import { readReply } from './replies.js';

describe('answers to "shall I go ahead?" (readReply)', () => {
  it.each([
    '응 진행해',
    '네',
    '넵!',
    'ㅇㅇ',
    '응',
    '네 진행해 주세요',
    '그래 해줘',
    '확인했어요, 진행하세요',
    'yes, go ahead',
    'go ahead',
    'proceed',
    'yes',
    'ok do it',
    'go ahead with the deletion',
    'Yes please.',
    'sure, run it',
    '응 삭제 진행해',
    '네 삭제하세요',
    'sounds good, proceed',
    'fine, carry on',
    'keep going',
  ])('%s → confirm', (c) => expect(readReply(c)).toBe('confirm'));

  it.each([
    '아니',
    '아니요',
    'cancel',
    'no',
    '취소',
    '취소해줘',
    '아니 하지 마',
    "no, don't",
    "don't do it",
    'never mind',
    'nope, cancel it',
    '안 해',
    'ㄴㄴ',
    'hold on, stop',
    '아니 잠깐',
    'nevermind',
    '아 아니다 취소',
    '음 취소할래',
    '아뇨 중단할래요',
  ])('%s → cancel', (c) => expect(readReply(c)).toBe('cancel'));

  it.each([
    '아니다 5개로',
    'actually, 6 instead',
    '아니 cart-api 얘기한 거야',
    'no, staging',
    '스테이징 말고 dev로',
    'yes no',
    'web-app 재시작해줘',
    '네 개로 늘려줘',
    '삭제해',
    'deploy web-app to prod',
    'was the rollback successful?',
    '네?',
    '됐어?',
    'yes?',
    '',
  ])('%s → not a bare reply', (c) => expect(readReply(c)).toBeUndefined());
});

describe('a yes followed by a question, a wait or a later time is no go', () => {
  it('"네 이거 뭐야", "yes but why is it slow", "네 근데 내일 해", "tak, ale poczekaj" never confirm', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('네', '응', 'ㅇㅇ', '야야', '기래', '그려유', 'yes', 'ok', 'da', 'tak', 'evet'),
        fc.constantFrom('', ' 근데', ' but', ','),
        fc.constantFrom(
          '이거 뭐야',
          '왜 이렇게 느려',
          '어떻게 된 거야',
          '언제 끝나',
          'what is this',
          'why is it slow',
          'how long will it take',
          // a wait or a later time after the yes, in the words of this session's rounds
          '내일 해',
          'tomorrow morning',
          'poczekaj',
          'aspetta',
          'wacht even',
        ),
        (yes, join, question) => {
          const text = `${yes}${join} ${question}`;
          expect({ text, reply: readReply(text) }).toEqual({ text, reply: undefined });
        },
      ),
    );
  });
});
