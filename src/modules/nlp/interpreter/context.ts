import { CHANGE_INTENTS } from './intents.js';
import type { ConversationContext, Entities, EntityName, Intent, NlpEnvironment } from './types.js';

export interface Turn {
  intent: Intent;
  entities: Entities;
  ambiguous: boolean;
  /** The turn was a destructive plan: a bare "네"/"yes" next answers it. */
  requiresConfirmation?: boolean;
  /** Entities filled in by defaults (not said). */
  defaults?: EntityName[];
  /** What the service suggested when it asked (one suggestion = a yes/no question). */
  suggestions?: string[];
  /** The apps the turn named, when it named several (a later "그거" cannot pick one). */
  apps?: string[];
  /** The environments the turn named, when it named several. */
  environments?: NlpEnvironment[];
  /** Entities the turn only guessed (production from a look-alike): never carried into an answer. */
  doubted?: EntityName[];
  /** The command a bare "응"/"yes" stands for, when the turn asked a yes/no question ("Did you mean …?"). */
  yesMeans?: string;
  /** The turn corrected the one before ("아니 cart-api"): what it replaced is no referent any more. */
  corrects?: boolean;
  /**
   * The turn refused something ("actually no, cancel that", "하지 마"): a plan waiting before it no longer waits,
   * even when the words were not a bare reply.
   */
  refused?: boolean;
  /** What an order put off until later named ("deploy frontend 5.3.0 after the match"): a release said later takes it. */
  putOff?: Entities;
  /** A correction of a count or version that was not understood ("Oh, I meant 6 — …"): what came before is in doubt. */
  unreadCorrection?: boolean;
  /** The word the turn put before an app's name ("전광판 frontend", "결제 payment-svc"): what later turns call it. */
  aliases?: Record<string, string>;
}

/** Intents that act on one app in one environment (the operations a later "it" can refer back to). */
export const OPERATION_INTENTS: ReadonlySet<Intent> = new Set<Intent>([...CHANGE_INTENTS, 'status', 'logs']);

/**
 * The conversation so far (newest turn first) → what "it", "그거", "방금 거" and ellipsis refer to: the last
 * operation, and the app (with its environment and tag) of the last clear turn that named one.
 * Ambiguous turns (e.g. a near-miss name) never become context.
 */
export function contextFrom(turns: readonly Turn[]): ConversationContext | undefined {
  const ctx: ConversationContext = {};
  // "Oh, I meant 6 — the doc says six" not understood: the operation it corrected, with its tag, is in doubt
  let corrected = false;
  for (const t of turns) {
    const { environment } = t.entities;
    if (t.unreadCorrection) corrected = true;
    if (!ctx.app && !ctx.namedTogether && (t.apps?.length ?? 0) > 1 && environment)
      ctx.namedTogether = { apps: t.apps!, environment };
    if (t.ambiguous) {
      // asked back ("could you restart worker?"), the app it named is still the one being talked about
      if (!ctx.app && t.entities.app && OPERATION_INTENTS.has(t.intent)) {
        ctx.app = t.entities.app;
        ctx.environment = t.doubted?.includes('environment') ? undefined : t.entities.environment;
        if (t.doubted?.includes('environment')) ctx.productionInDoubt = true;
        if (!ctx.environment && (t.environments?.length ?? 0) > 1) ctx.placesInDoubt = t.environments;
        ctx.tag = t.entities.tag;
      }
      continue;
    }
    if (!ctx.intent && OPERATION_INTENTS.has(t.intent) && !corrected) ctx.intent = t.intent;
    if (!ctx.app && t.entities.app) {
      ctx.app = t.entities.app;
      ctx.environment = t.entities.environment;
      if (!corrected) ctx.tag = t.entities.tag;
    }
    if ((ctx.intent || corrected) && ctx.app) break;
  }
  const placeOf = placesOfApps(turns);
  if (placeOf) ctx.placeOf = placeOf;
  return ctx.intent || ctx.app || ctx.namedTogether ? ctx : undefined;
}

/** The place each app was last named in (said, not a default, nor a look-alike in doubt), over the recent turns. */
function placesOfApps(turns: readonly Turn[]): Record<string, NlpEnvironment> | undefined {
  let places: Record<string, NlpEnvironment> | undefined;
  for (const t of turns.slice(0, 8)) {
    const { app, environment } = t.entities;
    if (!app || !environment || t.defaults?.includes('environment') || t.doubted?.includes('environment'))
      continue;
    places ??= {};
    places[app] ??= environment;
  }
  return places;
}

/**
 * The environment the conversation gives `app`: its last turn's, or that of a turn that named it among others; with
 * no app named ("restart it, the broken one" after two apps' logs on prod), that turn's environment; `whereNamed`: or
 * where the app was last named (for an operation on it, not for its history).
 */
export function environmentFor(
  ctx: ConversationContext | undefined,
  app: string | undefined,
  whereNamed = true,
): NlpEnvironment | undefined {
  if (app && ctx?.app === app) return ctx.environment;
  const together = ctx?.namedTogether;
  if (together && (!app || together.apps.includes(app))) return together.environment;
  // "다시 billing-api. 걔 재시작해" after other apps: where billing-api was talked about
  return app && whereNamed ? ctx?.placeOf?.[app] : undefined;
}
