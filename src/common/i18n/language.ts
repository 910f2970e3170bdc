/** The languages answers are written in: the language of the command (Korean or English). */
export type Language = 'ko' | 'en';

const HANGUL = /[\uac00-\ud7a3\u3131-\u318e]/;

/** Korean as soon as a command has Hangul in it; English otherwise. */
export const languageOf = (text: string): Language => (HANGUL.test(text) ? 'ko' : 'en');

/**
 * The language an `Accept-Language` header prefers among ours (`ko-KR,ko;q=0.9,en;q=0.8` → ko), or
 * undefined when it names neither.
 */
export function preferredLanguage(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  let best: { lang: Language; q: number } | undefined;
  for (const part of header.split(',')) {
    const [tag = '', ...attrs] = part.trim().toLowerCase().split(';');
    const lang = tag.split('-')[0];
    if (lang !== 'ko' && lang !== 'en') continue;
    const q = Number(
      attrs
        .find((a) => a.trim().startsWith('q='))
        ?.trim()
        .slice(2) ?? 1,
    );
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang;
}
