import { INTENT_ENTITIES } from './intents.js';
import { askMissing, renderCommand, unknownReply, type NothingDone } from './messages.js';
import type { EntityName, Intent, Interpretation } from './types.js';

// What the safety gate answers instead of a change it will not run: a read, nothing, or a question back.

/** The interpretation as a read (status/history/list/logs) with only what that read takes. */
export function asRead(i: Interpretation, intent: Intent): Interpretation {
  const spec = INTENT_ENTITIES[intent];
  const entities = { ...i.entities };
  for (const k of Object.keys(entities) as EntityName[]) if (!spec.allowed.includes(k)) delete entities[k];
  let defaults = i.defaults.filter((d) => spec.allowed.includes(d));
  // a list or a history reads every environment unless one is said
  if ((intent === 'history' || intent === 'list') && defaults.includes('environment')) {
    delete entities.environment;
    defaults = defaults.filter((d) => d !== 'environment');
  }
  const missing = spec.required.filter((k) => entities[k] === undefined);
  const ambiguous = missing.length > 0;
  return {
    ...i,
    intent,
    entities,
    defaults,
    missing,
    ambiguous,
    confidence: Math.min(i.confidence, 0.85),
    clarification: ambiguous ? askMissing(intent, missing, i.language) : null,
    suggestions: ambiguous ? [renderCommand(intent, { ...entities, app: 'web-app' }, i.language)] : [],
    destructive: false,
    requiresConfirmation: false,
  };
}

export function asUnknown(i: Interpretation, why: NothingDone): Interpretation {
  return {
    ...i,
    intent: 'unknown',
    entities: {},
    defaults: [],
    missing: [],
    ambiguous: true,
    confidence: 0.2,
    clarification: unknownReply(i.language, why),
    suggestions: [i.language === 'ko' ? '도움말' : 'help'],
    destructive: false,
    requiresConfirmation: false,
  };
}

/** The change kept but not executed: the user is asked to say it as an order. */
export function asQuestion(i: Interpretation, clarification: string): Interpretation {
  return {
    ...i,
    ambiguous: true,
    confidence: Math.min(i.confidence, 0.5),
    clarification,
    suggestions: [...new Set([renderCommand(i.intent, i.entities, i.language), ...i.suggestions])].slice(
      0,
      5,
    ),
  };
}
