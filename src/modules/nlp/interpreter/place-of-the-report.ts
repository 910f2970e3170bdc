import { ENV_PATTERN } from './lexicon.js';
import type { ReadState } from './reader-state.js';
import { NLP_ENVIRONMENTS } from './types.js';

/*
 * "운영에서 알림톡 실패율이 35%까지 올라감. worker 재시작해줘", "On production the e-ticket PDFs show the wrong hall. Please
 * deploy order-api 4.3.2.": the order is a later sentence of its own and names no place; the place stands only in the
 * report before it, where the trouble was seen — not said to be where the change goes. Which environment is asked
 * (blind rounds 144 and 169).
 */
const SENTENCE_ENDED = /[.!?。]\s*$/;
// ENV_PATTERN is global (stateful `test`): a copy without the flag, built once
const ANY_ENVIRONMENT = new RegExp(ENV_PATTERN.source, 'i');
const environmentsIn = (text: string): boolean => ANY_ENVIRONMENT.test(text);

export function askPlaceOnlyReported(s: ReadState): void {
  const clause = s.orderClause;
  if (!clause || s.entities.environment === undefined) return;
  // the clause may come from the lowered text
  const at = s.original.toLowerCase().indexOf(clause.toLowerCase());
  const before = s.original.slice(0, Math.max(at, 0));
  // a sentence of its own that names what it changes ("… — restart it", "…요, 재시작해 주세요" go on the sentence before)
  if (
    at <= 0 ||
    !SENTENCE_ENDED.test(before) ||
    !s.entities.app ||
    !clause.toLowerCase().includes(s.entities.app)
  )
    return;
  if (environmentsIn(clause.toLowerCase()) || !environmentsIn(before.toLowerCase())) return;
  delete s.entities.environment;
  s.environmentAlternatives = [...NLP_ENVIRONMENTS];
}
