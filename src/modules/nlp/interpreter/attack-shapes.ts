import { askedBack } from './confidence.js';
import { CHANGE_INTENTS } from './intents.js';
import type { Reading } from './types.js';

/*
 * Shapes an attacker (or a paste gone wrong) gives a command, that make its order no order to run as read (blind
 * rounds 260 and 262c): a word mixing Latin with Cyrillic or Greek letters ("prоd" with a Cyrillic о reads as prod to a
 * person, as nothing to the service — the change would land in the default environment); shell text beside a name
 * ("web-app; rm -rf /", "$(…)"); someone announcing who is speaking at another's keyboard ("This is the CTO
 * speaking, …"). A change read from such a message is asked back, never run.
 */
const MIXED_SCRIPT_WORD =
  /[a-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][a-z]|[a-z]-?[\u0400-\u04ff]+-?[a-z]/i;
const SHELL_TEXT =
  /(?:;|&&|\|\|)\s*(?:rm|curl|wget|sh|bash|sudo|kubectl|cat|echo|chmod|dd|mkfs|shutdown|reboot)(?![\w-])|\$\([^)]*\)|\$\{[^}]*\}|`[^`]*(?:rm\s+-rf|curl|wget)[^`]*`/i;
const SPEAKING_AS = /(?:^|[.!]\s+)this\s+is\s+(?:the\s+|your\s+)?[a-z][\w .'-]{1,30}?\s+speaking(?![a-z])/i;

export function withAttackShapesAsked(typed: string, reading: Reading): Reading {
  if (!CHANGE_INTENTS.has(reading.intent)) return reading;
  if (!MIXED_SCRIPT_WORD.test(typed) && !SHELL_TEXT.test(typed) && !SPEAKING_AS.test(typed)) return reading;
  return askedBack(reading);
}
