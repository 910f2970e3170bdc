import { languageOf, preferredLanguage } from './language.js';

describe('language', () => {
  it('a command with Hangul is Korean, otherwise English', () => {
    expect(languageOf('web-app 배포해줘')).toBe('ko');
    expect(languageOf('ㄱㄱ')).toBe('ko');
    expect(languageOf('deploy web-app')).toBe('en');
  });

  it('Accept-Language: the preferred of ko and en by q, or nothing', () => {
    expect(preferredLanguage('ko-KR,ko;q=0.9,en;q=0.8')).toBe('ko');
    expect(preferredLanguage('en-US,ko;q=0.5')).toBe('en');
    expect(preferredLanguage('fr, ko;q=0.3')).toBe('ko');
    expect(preferredLanguage('ko;q=0, en;q=0.1')).toBe('en');
    expect(preferredLanguage('fr-FR')).toBeUndefined();
    expect(preferredLanguage(undefined)).toBeUndefined();
  });
});
