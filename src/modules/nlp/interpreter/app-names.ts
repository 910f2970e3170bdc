import { isEnglishWord } from './english.js';
import { nearestApps } from './interpreter.js';
import type { Reading } from './types.js';

export { isEnglishWord } from './english.js';

/**
 * Whether a word in app position can name an app: a registered app, a near miss of one (the interpreter
 * asks about it), or a token no English word explains (`ghost-app`, `billing2`). "ahead" in "go ahead
 * with the deletion" or "successful" in "was the rollback successful?" is an ordinary word, never an app.
 */
export function canNameApp(name: string, knownApps: readonly string[]): boolean {
  if (knownApps.includes(name)) return true;
  if (knownApps.length > 0 && nearestApps(name, knownApps).length > 0) return true;
  return /[-_.\d]/.test(name) || !isEnglishWord(name);
}

/** The reading without app names that are ordinary words (see canNameApp). */
export function withPlausibleApps(reading: Reading, knownApps: readonly string[]): Reading {
  const alternatives = reading.appAlternatives.filter((a) => canNameApp(a, knownApps));
  const app = reading.entities.app;
  if (alternatives.length === reading.appAlternatives.length && (!app || canNameApp(app, knownApps)))
    return reading;
  const entities = { ...reading.entities };
  if (app && !canNameApp(app, knownApps)) delete entities.app;
  if (!entities.app && alternatives.length === 1) entities.app = alternatives[0];
  return {
    ...reading,
    entities,
    appAlternatives: alternatives.length > 1 ? alternatives : [],
    said: reading.said.filter((k) => k !== 'app' || entities.app !== undefined),
  };
}
