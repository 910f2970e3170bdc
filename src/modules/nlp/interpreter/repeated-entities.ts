/** What a follow-up repeats of the last operation (conversation.ts): its entities, less what it changes or doubts. */
import type { Turn } from './context.js';
import { correctedSinceLastOperation } from './conversation-history.js';
import { ALSO, SAME, countSaidTo } from './conversation-patterns.js';
import type { FollowUp } from './conversation-reads.js';
import { loneNumber, refusesApp } from './conversation-words.js';
import type { Entities, EntityName, Reading } from './types.js';

/** The entities the follow-up repeats: the last operation's, less what it names anew, refuses or leaves in doubt. */
export function repeatedEntities(
  f: FollowUp,
  reading: Reading,
  repeated: Turn,
  intent: Reading['intent'],
  { correction, another }: { correction: boolean; another: boolean },
): { base: Entities; unclear: EntityName[] } {
  const { text, lone } = f;
  const base = { ...repeated.entities };
  if (another) {
    // "web-app도 same으로", "same for cart-api": the same version and count; "api도 똑같이": the same count; "not
    // billing-api, cart-api": a correction replaces only the app
    if (!correction && !SAME.test(text) && !(ALSO.test(text) && intent === 'deploy')) delete base.tag;
    if (!correction && !SAME.test(text) && !ALSO.test(text)) delete base.replicas;
  }
  if (base.app !== undefined && refusesApp(text, base.app)) delete base.app; // "운영도, web-app은 제외"
  // a correction not understood since ("Oh, I meant 6 — …"): the count and version it may have changed are asked
  const doubted = correctedSinceLastOperation(f.history) ? (['replicas', 'tag'] as const) : [];
  for (const k of doubted) delete base[k];
  if (reading.environmentAlternatives.length) delete base.environment;
  if (reading.appAlternatives.length) delete base.app;
  if (lone !== undefined && intent === 'scale') base.replicas = lone;
  // "sorry mate, 13 not 14" after a rollback to revision 14: the revision corrected
  const revised = lone ?? reading.entities.replicas;
  if (revised !== undefined && intent === 'rollback' && base.revision !== undefined) base.revision = revised;
  // "and worker to 2 there as well", "prod too, 14": a count said in the follow-up is its own, never the one repeated;
  // after "same for cart-api" only a count said as one ("Changeover in two games" is no count)
  const ownCount =
    intent === 'scale' && reading.entities.replicas === undefined
      ? (countSaidTo(text) ?? (SAME.test(text) ? undefined : loneNumber(text)))
      : undefined;
  if (ownCount !== undefined) base.replicas = ownCount;
  // "운영에도 같은 수로 맞춰 주세요": the count set-to asks for is the one repeated
  const unclear = [
    ...((SAME.test(text) ? reading.unclear?.filter((e) => base[e] === undefined) : reading.unclear) ?? []),
    ...doubted.filter((k) => base[k] === undefined && reading.entities[k] === undefined),
  ];
  return { base, unclear };
}
