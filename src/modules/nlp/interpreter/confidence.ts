/**
 * The interpreter's confidence scale, in one place. The numbers are ranks, not probabilities: what matters is
 * their order against LOW_CONFIDENCE (below it a reading is asked about, not acted on) and the classifier's
 * thresholds. Changing one changes which commands are asked about; the corpus and blind specs measure that.
 */

/** A strong intent word was found: the reader's default. */
export const CLEAR_READING = 0.9;
/** A user-taught rule matched: above any reading of the rules alone, since a person confirmed it. */
export const LEARNED_RULE = 0.92;
/** An intent word with a typo (deplyo, restrat): recognisable, but not as sure as the word itself. */
export const INTENT_TYPO = 0.75;
/** An ellipsis ("prod too", "5개로") that repeats the previous operation: acted on, still above asking. */
export const REPEATED_OPERATION = 0.75;
/** No verb; the intent follows from the entities ("web-app 3개로"), a Korean jamo typo or keyboard mode. */
export const INFERRED_INTENT = 0.7;
/** A guess the user must confirm ("batch-job 돌려줘", "check" with nothing to check): below LOW_CONFIDENCE. */
export const GUESS = 0.5;
/** The reading as a guess, so that finalize asks it back instead of running it. */
export const askedBack = <R extends { confidence: number }>(reading: R): R => ({
  ...reading,
  confidence: Math.min(reading.confidence, GUESS),
});
/** Nothing was understood. */
export const UNKNOWN_INTENT = 0.2;
/** Below this, a reading with an intent is asked about ("did you mean …?") instead of acted on. */
export const LOW_CONFIDENCE = 0.6;

/** The app came from the conversation after "it"/"그거": the user pointed back, so only a little doubt. */
export const APP_FROM_REFERENCE_PENALTY = 0.02;
/** The app came from the conversation with no word pointing back: more doubt than a reference. */
export const APP_FROM_CONTEXT_PENALTY = 0.05;
/** The environment is the default, not said: a little doubt, never enough on its own to ask. */
export const DEFAULT_ENVIRONMENT_PENALTY = 0.03;

/** A follow-up that answers the service's own question (or corrects the last command): what was asked for. */
export const ANSWER_TO_QUESTION = 0.85;
/** A follow-up completed from an earlier turn ("api-server는?", "now 6", "잘 떴어?"): a read of the conversation. */
export const FROM_CONVERSATION = 0.8;
/** A weak status cue ("이제 괜찮아?") while the conversation names the app it asks about: sure enough to read. */
export const STATUS_OF_CONTEXT_APP = 0.75;
