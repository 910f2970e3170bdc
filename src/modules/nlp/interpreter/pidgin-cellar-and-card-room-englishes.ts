/**
 * English as rounds 60–61's voices write it, in the standard forms the rules read: Hawaiian Pidgin ("I wen scale …" =
 * I scaled, "bumbye" = later, "no do dat" = don't, "pau" = done, "da", "dat", "den", "fo'"), a bingo caller ("Eyes
 * down" = go ahead, "Balls back in the bag" = no; "legs eleven" is a call, no count), a sommelier ("Uncork it" = yes,
 * "It's corked" = no, "is it breathing" = is it up), a card room ("all in", "gg"), a cabin crew's PA ("cabin crew",
 * "doors to manual"), a Cornish fisherman ("my 'ansum"; "the proper one" = the main one) and "a copy of production".
 */
/** Pidgin only when a word no other English has says so ("da" alone may be Italian or Portuguese). */
export const MAY_HAVE_PIDGIN =
  /(?<![a-z'])(?:wen|bumbye|pau|fo'|aftah|mo'|wikiwiki|garans|choke|auntie|da\s+kine|no\s+do)(?![a-z'])/i;
export const MAY_HAVE_CELLAR_OR_CARD_ROOM =
  /(?<![a-z'])(?:eyes\s+down|balls\s+back|legs\s+eleven|kelly's\s+eye|uncork|corked|breathing|all\s+in|gg|cabin\s+crew|doors\s+to\s+manual|'ansum|proper\s+one|proper\s+job|giss\s+on|(?:copy|clone|mirror|double)\s+of)(?![a-z'])/i;

export const PIDGIN: ReadonlyArray<readonly [RegExp, string]> = [
  // Hawaiian Pidgin: the past ("I wen scale" = I scaled), later, a refusal, and the function words
  [/(?<=(?:i|we|dey|they|he|she|auntie|uncle|somebody)\s+)wen(?=\s+[a-z])/gi, 'already'],
  [/(?<=(?:the|da)\s+[a-z-]+\s+)wen(?=\s+[a-z])/gi, 'did'],
  [/bumbye|aftah\s+da\s+holiday/gi, 'later'],
  [/no\s+do\s+(?:dat|um|it)/gi, "don't do that"],
  [/no\s+need\s+(?:um|one)/gi, 'no need for'],
  [/(?<=,\s*|\.\s*)pau(?=\s*[.!]|\s*$)|auntie\s+say|garans|(?<=,\s*)k\s+den|(?<=\s)ho(?=\s*[.!]?$)/gi, ''],
  [/wikiwiki/gi, 'quickly'],
  [/(?<=^|[.,]\s*)try(?=\s+(?:restart|deploy|scale|roll|delete|redeploy)\b)/gi, ''],
  [/da\s+kine,?/gi, ''],
  [/neva/gi, "didn't"],
  [/choke(?=\s+[a-z])/gi, 'heavy'],
  [/mo'/gi, 'more'],
  [/fo'/gi, 'for'],
  [/dat/gi, 'that'],
  [/dis/gi, 'this'],
  [/dere/gi, 'there'],
  [/den/gi, 'then'],
  [/da/gi, 'the'],
  [/(?<=[a-z]\s+)um(?=[\s.,!]|$)/gi, 'it'],
];

export const CELLAR_AND_CARD_ROOM: ReadonlyArray<readonly [RegExp, string]> = [
  // the bingo caller: "Eyes down" starts the game (yes), "balls back (in the bag)" stops it (no); calls are colour
  [/eyes\s+down(?:\s*,?\s*go\s+on(?:\s+then)?)?/gi, 'go ahead'],
  [/balls\s+back(?:\s+in\s+the\s+bag|(?:\s*,\s*balls\s+back)+)?/gi, 'cancel'],
  [/kelly's\s+eye(?:\s*,?\s*number\s+one)?\s*[—-]?|legs\s+eleven\s*[—-]?(?=\s*eleven)/gi, ''],
  // the sommelier
  [/uncork(?:\s+it)?(?:\s*,\s*uncork(?:\s+it)?)*/gi, 'go ahead'],
  [/it's\s+corked(?:\s*[—-]+\s*pour\s+it\s+out)?/gi, 'cancel'],
  [/is\s+it\s+breathing(?:\s+yet)?/gi, 'is it up'],
  // the card room and the cabin: colour
  [/(?<=\s)all\s+in\s+gg|(?<=\s)gg(?=\s*$)|,?\s*cabin\s+crew,?|,?\s*doors\s+to\s+manual/gi, ''],
  // the Cornish fisherman
  [/,?\s*my\s+'ansum/gi, ''],
  [/proper\s+job(?:\s*,\s*(?:my\s+lover|scat\s+'n))?/gi, 'go ahead'],
  [/giss\s+on(?:\s*,\s*leave\s+'n)?/gi, 'cancel'],
  [/(?<=(?:on|to|in)\s+)the\s+proper\s+one/gi, 'the main server'],
  // "prod-cellar is only the tasting copy of production, down in development": the copy is where it is
  [/(?:copy|clone|mirror|double)\s+of\s+(?:the\s+)?(?:prod|production)(?:'s)?/gi, 'copy'],
];
