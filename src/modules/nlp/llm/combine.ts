import type { NlpStrategy, LlmProviderName } from '../nlp.config.js';
import type { Entities, Intent } from '../interpreter/types.js';
import type { ValidAnswer } from './llm-schema.js';

export interface ProviderAnswer extends ValidAnswer {
  provider: LlmProviderName;
}

export interface Combined {
  intent: Intent;
  entities: Entities;
  confidence: number;
  source: LlmProviderName | 'ensemble';
  /** Providers that agreed with the result. */
  agreed: LlmProviderName[];
  /** Set when the answers disagree and the strategy does not settle it. */
  alternatives?: { intent: Intent; entities: Entities; providers: LlmProviderName[] }[];
}

const KEY_ENTITIES = ['app', 'environment', 'replicas', 'tag', 'revision'] as const;
/** Answers agree when intent and every key entity match. */
export const signature = (a: { intent: Intent; entities: Entities }) =>
  JSON.stringify([a.intent, ...KEY_ENTITIES.map((k) => a.entities[k] ?? null)]);

/**
 * Several validated answers → one. Agreement raises confidence. Disagreement: `vote` takes a strict
 * majority, `priority` the highest-priority provider, `first` the first answer (answers arrive in order);
 * otherwise the result carries the alternatives (→ ambiguous, clarification naming them).
 */
export function combine(
  answers: ProviderAnswer[],
  strategy: NlpStrategy,
  priority: LlmProviderName[],
): Combined | null {
  if (answers.length === 0) return null;
  if (answers.length === 1) {
    const a = answers[0];
    return {
      intent: a.intent,
      entities: a.entities,
      confidence: a.confidence,
      source: a.provider,
      agreed: [a.provider],
    };
  }
  const groups = new Map<string, ProviderAnswer[]>();
  for (const a of answers) groups.set(signature(a), [...(groups.get(signature(a)) ?? []), a]);
  const sorted = [...groups.values()].sort((x, y) => y.length - x.length);
  const merge = (group: ProviderAnswer[]): Entities =>
    Object.assign({}, ...group.map((g) => g.entities).reverse());
  if (sorted.length === 1) {
    const group = sorted[0];
    const best = Math.max(...group.map((g) => g.confidence));
    return {
      intent: group[0].intent,
      entities: merge(group),
      confidence: Math.min(0.99, best + 0.05 * (group.length - 1)),
      source: 'ensemble',
      agreed: group.map((g) => g.provider),
    };
  }
  let winner: ProviderAnswer[] | undefined;
  if (strategy === 'vote' && sorted[0].length > sorted[1].length) winner = sorted[0];
  if (strategy === 'priority') {
    const rank = (p: LlmProviderName) => (priority.indexOf(p) === -1 ? 99 : priority.indexOf(p));
    const top = [...answers].sort((a, b) => rank(a.provider) - rank(b.provider))[0];
    winner = groups.get(signature(top));
  }
  if (strategy === 'first') winner = groups.get(signature(answers[0]));
  if (winner) {
    return {
      intent: winner[0].intent,
      entities: merge(winner),
      confidence: Math.max(0.5, Math.max(...winner.map((w) => w.confidence)) - 0.1),
      source: winner.length > 1 ? 'ensemble' : winner[0].provider,
      agreed: winner.map((w) => w.provider),
    };
  }
  return {
    intent: sorted[0][0].intent,
    entities: merge(sorted[0]),
    confidence: 0.5,
    source: 'ensemble',
    agreed: [],
    alternatives: sorted.map((g) => ({
      intent: g[0].intent,
      entities: merge(g),
      providers: g.map((x) => x.provider),
    })),
  };
}
