import { EN_NUMBERS } from './english-numbers.js';

/**
 * English as rounds 54–55's voices write it, in the standard forms the rules read: air-traffic radio ("request
 * restart of X", "you are cleared to deploy X", "negative on redeploy", "scale X to niner", "one fife" = 15, "unable to
 * roll back" — a reason, no order), Texan ("git rid of X", "y'all", "fixin' to"), a pirate ("belay that" = cancel,
 * "avast" = stop, "hoist X 2.0 to staging" = deploy, "scuttle X" = delete, "matey") and Geordie ("why aye" = yes,
 * "nee" = no, "howay", "pet", "hinny", "gan" = go, "divvent" = don't).
 */

export const MAY_HAVE_RADIO_OR_RANGE =
  /(?<![a-z'])(?:request|cleared|nothin'?|fret|active\s+runway|flight\s+line|big\s+pasture|flagship|open\s+sea|toon|negative|affirmative|wilco|unable|cleared|naw|'er|farin'|partner|over|niner|fife|tree|fower|git|y'all|fixin'|darlin'|howdy|reckon|lay\s+of\s+the\s+land|belay|avast|be|she|shipshape|captain's|landlubber|canny|noo|movin'|hoist|scuttle|arr+|matey|hearties|why\s+(?:aye|yes)|nee|howay|pet|hinny|gan|divvent|bother|gannin'|yem|aal|gis|o'|an'|wi')(?![a-z'])/i;

export const RADIO_AND_RANGE: ReadonlyArray<readonly [RegExp, string]> = [
  // the active runway, the flight line, the big pasture, the flagship, the toon: production said another way — a look-alike
  [
    /(?<=(?:in|on|to|at|into|for|from|onto)\s+)the\s+(?:active\s+runway|flight\s+line|big\s+pasture|flagship|open\s+sea|toon)/gi,
    'prodakshn',
  ],
  // "Request restart of web-app", "request deploy of X 2.0": the order; "you are cleared to deploy X": the order
  [/(?<=^\s*|[.!;,]\s*)request\s+(?=\S)/gi, ''],
  [/(deploy|restart|rollback|roll\s+back|scale|delete|redeploy)\s+of(?=\s)/gi, '$1'],
  [
    /(?:you\s+are\s+|you're\s+)?cleared\s+(?:to|for)(?=\s+(?:deploy|restart|roll|scale|delete|redeploy)(?![a-z]))/gi,
    '',
  ],
  // "X on staging, you are cleared for restart": the operation named last is the order
  [
    /,?\s*(?:you\s+are\s+|you're\s+)?cleared\s+for\s+(restart|deploy|rollback|redeploy)(?=\s*[.!]?\s*$)/gi,
    ' $1',
  ],
  // "Negative on redeploy", "unable to roll back": no order of that operation — a refusal, a reason
  [/negative\s+on(?=\s)/gi, 'no'],
  [/cleared\s+to\s+proceed/gi, 'proceed'],
  [/unable\s+to\s+(deploy|restart|roll\s*back|scale|delete|redeploy)(?![a-z])/gi, 'no $1 possible'],
  [/(?<=^\s*)negative(?=\s*[,.!]|\s*$)/gi, 'no'],
  [/(?<=^\s*)(?:affirmative|wilco)(?=\s*[,.!]|\s*$)/gi, 'yes'],
  [/(?<=[,.]\s*)over(?:\s+and\s+out)?(?=\s*[.!]?\s*$)/gi, ''],
  // Texan: "Ain't nobody restartin' nothin' after, so don't fret" refuses the restart, comforts, and orders nothing else
  [/nothin'?/gi, 'anything'],
  [/,?\s*(?:so\s+)?(?:don't|do\s+not)\s+(?:fret|worry)/gi, ''],
  [/git\s+rid\s+of/gi, 'get rid of'],
  [/(?<=^\s*)naw(?=\s*[,.!]|\s*$)/gi, 'no'],
  [/'er(?=\s+be)/gi, 'it'],
  [/farin'/gi, 'doing'],
  [/,?\s*partner(?=\s*[,.!?]|\s*$)/gi, ''],
  [/,?\s*(?:y'all|darlin')(?=[\s,.!?]|$)/gi, ''],
  [/fixin'\s+to/gi, 'going to'],
  [/howdy,?/gi, ''],
  [/what's\s+the\s+lay\s+of\s+the\s+land\s+(?:with|on|for)/gi, 'how is'],
  // a pirate
  [/belay\s+that(?:\s+order)?/gi, 'cancel'],
  [/avast/gi, 'stop'],
  [/hoist(?=\s+[a-z0-9-]+\s+(?:v?\d|to\s|on\s|onto\s))/gi, 'deploy'],
  [/scuttle/gi, 'delete'],
  [/arr+,?|,?\s*(?:me\s+)?(?:matey|hearties)/gi, ''],
  [
    /(?<=^\s*(?:the\s+)?[a-z0-9-]+\s+)be(?=\s+(?:our|the|production|prod|staging|dev|development|live))/gi,
    'is',
  ],
  [/(?<=^\s*)be\s+(she|it)(?=\s)/gi, 'is it'],
  [/(?<=(?:did|is|was|has)\s+)she(?=\s)/gi, 'it'],
  [/shipshape/gi, 'ok'],
  [/(?:the\s+)?captain's\s+log\s+(?:of|o')/gi, 'the history of'],
  [/,?\s*ye\s+landlubber/gi, ''],
  // Geordie
  [/why\s+(?:aye|yes)(?:,?\s+man)?/gi, 'yes'],
  [/(?<=^\s*)nee(?=\s*[,.!]|\s*$)/gi, 'no'],
  [/howay,?/gi, ''],
  [/,?\s*(?:pet|hinny)(?=\s*[,.!?]|\s*$)/gi, ''],
  [/gan/gi, 'go'],
  [/canny(?=\s*(?:noo|now|\?|$))/gi, 'ok'],
  [/noo/gi, 'now'],
  [/movin'/gi, 'moving'],
  [/divvent/gi, "don't"],
  [/(?<=don't\s+)bother(?=\s+[a-z]+(?:ing|in')(?![a-z]))/gi, ''],
  [/(?<=don't\s+)(restart|deploy|redeploy)in'/gi, '$1'],
  [/(?<=don't\s+)(delet|scal|remov)in'/gi, '$1e'],
  [/gannin'/gi, 'going'],
  [/(?<=after\s+we\s+go\s+)yem/gi, 'home'],
  [/aal/gi, 'all'],
  [/gis/gi, 'give us'],
  [/o'/gi, 'of'],
  [/wi'/gi, 'with'],
  [/an'/gi, 'and'],
];

const DIGIT: Record<string, string> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  tree: '3',
  four: '4',
  fower: '4',
  five: '5',
  fife: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  niner: '9',
};
const DIGIT_WORD = Object.keys(DIGIT).join('|');
const SPOKEN_DIGITS = new RegExp(
  `(?<![a-z'-])((?:${DIGIT_WORD})(?:[\\s-]+(?:${DIGIT_WORD}))*)(?:[\\s-]+(hundred|thousand))?(?![a-z'-])`,
  'gi',
);
/** "eighteen-hundred", "twenty hundred hours": a time of day on the radio. */
const HOURS =
  /(?<![a-z'-])(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[\s-]hundred(?![a-z'-])/gi;
/** A word only radio uses for a digit: "niner", "fife", "tree", "fower". */
const RADIO_DIGIT = /^(?:niner|fife|tree|fower)$/i;

/** "twenty-five", "thirty two": one number, not its last word ("five") alone. */
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** "a dozen replicas" = 12, "half a dozen" = 6, "two dozen" = 24. */
const DOZEN = /(?<![a-z-])(?:(half)\s+a|a|one|(two|three|four))\s+dozen(?![a-z-])/gi;
const DOZENS: Readonly<Record<string, number>> = { two: 24, three: 36, four: 48 };
const COMPOUND_NUMBER =
  /(?<![a-z-])(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](one|two|three|four|five|six|seven|eight|nine)(?![a-z-])/gi;

/**
 * Numbers read out digit by digit, as on the radio: "one fife" = 15, "tree hundred" = 300, "four four" = 44,
 * "zero-niner-hundred" = 0900. Two digit words or more in a row, or a digit word only radio uses; one ordinary
 * digit word stays a word ("scale to five").
 */
export function radioNumbers(text: string): string {
  return text
    .replace(DOZEN, (_m, half?: string, many?: string) =>
      half ? '6' : many ? String(DOZENS[many.toLowerCase()]) : '12',
    )
    .replace(COMPOUND_NUMBER, (_m, tens: string, unit: string) =>
      String(TENS[tens.toLowerCase()] + (EN_NUMBERS[unit.toLowerCase()] ?? 0)),
    )
    .replace(HOURS, (_m, hour: string) => `${EN_NUMBERS[hour.toLowerCase()]}00`)
    .replace(SPOKEN_DIGITS, (m, digits: string, scale?: string) => {
      const words = digits.split(/[\s-]+/);
      if (words.length < 2 && !RADIO_DIGIT.test(words[0])) return m;
      const number = words.map((w) => DIGIT[w.toLowerCase()]).join('');
      return `${number}${scale ? (scale.toLowerCase() === 'hundred' ? '00' : '000') : ''}`;
    });
}
