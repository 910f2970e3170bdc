import type { Language } from './language.js';

/**
 * What a template parameter is, so a test can fill every template with values ending in a consonant and
 * in a vowel (the Korean particle after them must follow): `word` (a name: app, environment, tag), `number`,
 * `words` (a list), `intent` (an intent or operation, spoken as its Korean name), `text` (free text that is
 * not followed by a particle, e.g. a reason). `?` = may be absent.
 */
export type ParamKind = 'word' | 'number' | 'words' | 'intent' | 'text';
export type Spec = Record<string, ParamKind | `${ParamKind}?`>;
type ValueOf<K extends string> = K extends 'number' ? number : K extends 'words' ? readonly string[] : string;
type Required<S extends Spec> = { [k in keyof S as S[k] extends `${string}?` ? never : k]: ValueOf<S[k]> };
type Optional<S extends Spec> = {
  [
    k in keyof S as S[k] extends `${infer K}?` ? (K extends string ? k : never) : never
  ]?: S[k] extends `${infer K}?` ? ValueOf<K> : never;
};
export type TemplateArgs<S extends Spec> = Required<S> & Optional<S>;

/** One message in both languages, with the parameters it takes. */
export interface Template<S extends Spec = Spec> {
  readonly params: S;
  readonly ko: (args: TemplateArgs<S>) => string;
  readonly en: (args: TemplateArgs<S>) => string;
}

/** Any template, whatever its parameters (for catalogues: `satisfies Record<string, AnyTemplate>`). */
export interface AnyTemplate {
  readonly params: Spec;
  readonly ko: (args: never) => string;
  readonly en: (args: never) => string;
}

export const template = <S extends Spec>(
  params: S,
  ko: (args: TemplateArgs<S>) => string,
  en: (args: TemplateArgs<S>) => string,
): Template<S> => ({ params, ko, en });

export const render = <S extends Spec>(t: Template<S>, args: TemplateArgs<S>, lang: Language): string =>
  t[lang](args);
