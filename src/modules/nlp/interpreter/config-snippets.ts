import { askedBack } from './confidence.js';
import { CHANGE_INTENTS } from './intents.js';
import type { Reading } from './types.js';

/*
 * A message that is only configuration — Helm values, YAML, key=value lines ("frontend:\n  image:\n    tag: 5.13.0",
 * "order-api\nreplicas: 9\nenv: production") — with no words of the writer's around it (blind round 227): what the
 * values would change is asked back, never applied; words that adopt it ("take these values …:") make it an order.
 */
const SNIPPET_LINE =
  /^\s*(?:-\s+)?(?:[a-z][\w.-]*\s*[:=]\s*(?:["']?[\w./:@-]+["']?)?|[a-z][\w-]*\s*:?|[{}[\],]+|"[\w.-]+"\s*:\s*(?:"[^"]*"|[\w.]+)\s*,?)\s*$/i;

function isConfigSnippetOnly(typed: string): boolean {
  const lines = typed.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 1 && lines.every((l) => SNIPPET_LINE.test(l)) && lines.some((l) => /[:=]/.test(l));
}

/** The change a configuration alone would make, only guessed: asked back with its values. */
export function withConfigSnippetAsked(typed: string, reading: Reading): Reading {
  if (!CHANGE_INTENTS.has(reading.intent) || !isConfigSnippetOnly(typed)) return reading;
  return askedBack(reading);
}
