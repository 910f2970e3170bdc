/** How stored turns, model answers and feedback corrections become the interpreter's turns and readings. */
import type { Turn } from './interpreter/context.js';
import { withPlausibleApps } from './interpreter/app-names.js';
import type {
  EntityName,
  Entities,
  Intent,
  Interpretation,
  NlpEnvironment,
  Reading,
} from './interpreter/types.js';
import type { Combined } from './llm/combine.js';
import { validateAnswer } from './llm/llm-schema.js';
import { InvalidCorrectionError } from './nlp.errors.js';
import type { InteractionRow } from './nlp.repository.js';

export const pick = <T extends object, K extends keyof T>(o: T, keys: K[]): Partial<Pick<T, K>> =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Partial<Pick<T, K>>;

/** What a turn leaves for the next ones beyond its interpretation, stored with it (turnFromRow reads it back). */
export const REMEMBERED_TURN_FIELDS = [
  'apps',
  'environments',
  'doubted',
  'yesMeans',
  'corrects',
  'refused',
  'putOff',
  'unreadCorrection',
  'aliases',
] as const satisfies readonly (keyof Turn)[];

/** What a stored turn's JSON columns say, parsed once per row object (a cached row is read by every command). */
interface StoredTurn {
  /** The column texts it was parsed from: a row object whose columns changed is parsed anew. */
  interpretationText: string;
  entitiesText: string;
  entities: Entities;
  stored: Partial<Interpretation> & {
    apps?: string[];
    environments?: NlpEnvironment[];
    doubted?: EntityName[];
    yesMeans?: string;
    answered?: string;
    corrects?: boolean;
    refused?: boolean;
    putOff?: Entities;
    unreadCorrection?: boolean;
    aliases?: Record<string, string>;
  };
}
const parsedRows = new WeakMap<InteractionRow, StoredTurn>();

function parsedRow(row: InteractionRow): StoredTurn {
  let parsed = parsedRows.get(row);
  if (!parsed || parsed.interpretationText !== row.interpretation || parsed.entitiesText !== row.entities) {
    parsed = {
      interpretationText: row.interpretation,
      entitiesText: row.entities,
      entities: JSON.parse(row.entities) as Entities,
      stored: JSON.parse(row.interpretation) as StoredTurn['stored'],
    };
    parsedRows.set(row, parsed);
  }
  return parsed;
}

/**
 * A stored turn as conversation context (what was asked, suggested, defaulted, planned). A new object
 * every time, its entities and lists copies: the reader may change what it is given.
 */
export function turnFromRow(row: InteractionRow): Turn {
  const { entities, stored } = parsedRow(row);
  return {
    intent: row.intent as Intent,
    entities: { ...entities },
    ambiguous: row.ambiguous === 1,
    // an answered plan ("네" / "아니") no longer waits for an answer
    requiresConfirmation: stored.answered ? false : (stored.requiresConfirmation ?? false),
    defaults: stored.defaults ? [...stored.defaults] : [],
    suggestions: stored.suggestions ? [...stored.suggestions] : [],
    ...(stored.apps ? { apps: [...stored.apps] } : {}),
    ...(stored.environments ? { environments: [...stored.environments] } : {}),
    ...(stored.doubted ? { doubted: [...stored.doubted] } : {}),
    ...(stored.yesMeans ? { yesMeans: stored.yesMeans } : {}),
    ...(stored.corrects ? { corrects: true } : {}),
    ...(stored.refused ? { refused: true } : {}),
    ...(stored.putOff ? { putOff: { ...stored.putOff } } : {}),
    ...(stored.unreadCorrection ? { unreadCorrection: true } : {}),
    ...(stored.aliases ? { aliases: { ...stored.aliases } } : {}),
  };
}

/** The models' combined answer as a reading, checked against what the rules read in the same command. */
export function llmReading(rulesReading: Reading, c: Combined, knownApps: readonly string[]): Reading {
  return withPlausibleApps(
    {
      ...rulesReading,
      intent: rulesReading.negated ? 'unknown' : c.intent,
      entities: c.entities,
      confidence: c.confidence,
      appAlternatives: [],
      environmentAlternatives: [],
      // an LLM that says production where the command does not is not taken at its word
      fuzzy:
        c.entities.environment === 'production' && rulesReading.entities.environment !== 'production'
          ? ['environment']
          : [],
      said: Object.keys(c.entities) as EntityName[],
      // the conversation's evidence holds only for what the model read the same way
      followUp: rulesReading.followUp === true && c.intent === rulesReading.intent,
      environmentFromContext:
        rulesReading.environmentFromContext === true &&
        c.entities.environment === rulesReading.entities.environment,
    },
    knownApps,
  );
}

/** The correction of a feedback, checked like a model's answer (400 when it is no valid reading). */
export function validCorrection(
  corrected: { intent: string; entities?: Record<string, unknown> } | undefined,
): { intent: Intent; entities: Entities } | undefined {
  if (!corrected) return undefined;
  const valid = validateAnswer({ intent: corrected.intent, entities: corrected.entities ?? {} });
  if (!valid) throw new InvalidCorrectionError();
  return { intent: valid.intent, entities: valid.entities };
}
