/**
 * English as written by Scots and Spanish speakers in an ops channel (blind round 26: "bin web-app aff dev", "get
 * api-server oot tae staging", "gonnae no delete …", "dinnae touch prod", "… porfa", "… mañana"): the standard words
 * every rule knows. Word for word, never inside a word; run only when one of the words is there.
 */
const MAY_HAVE_DIALECT =
  /(?:tae|oot|aff|doon|ower|gie|mair|nae|whit|efter|morra|awright|yin|fae|ye|an'? aw|wee|aye|porfa|favor|mañana|manana|despu|listo|gracias|dale|ya|the night|the now|sittin|noo|ma|she|bueno|primero)(?![a-z])/i;

const WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  // refusals first: "gonnae no …" is "don't …", "gonnae …" alone asks ("will you …")
  [/gonnae\s+no/gi, "don't"],
  [/gonnae/gi, 'will you'],
  [/dinnae|dinna|divnae/gi, "don't"],
  [/cannae|canna/gi, "can't"],
  [/(did|is|was|would|should|has|have|could)nae/gi, "$1n't"],
  [/(?:wullnae|willnae)/gi, "won't"],
  [/tae/gi, 'to'],
  [/oot/gi, 'out'],
  [/aff/gi, 'off'],
  [/doon/gi, 'down'],
  [/ower/gi, 'over'],
  [/gie/gi, 'give'],
  [/mair/gi, 'more'],
  [/whit/gi, 'what'],
  [/efter/gi, 'after'],
  [/awright/gi, 'alright'],
  [/yin/gi, 'one'],
  [/fae/gi, 'from'],
  [/ye/gi, 'you'],
  [/sittin/gi, 'sitting'],
  [/an'?\s+aw/gi, 'too'],
  [/the\s+morra/gi, 'tomorrow'],
  [/the\s+night/gi, 'tonight'],
  [/the\s+now/gi, 'now'],
  // "a wee kick": how small says nothing of the order
  [/wee/gi, ''],
  [/aye/gi, 'yes'],
  [/noo/gi, 'now'],
  [/ma(?=\s+(?:mistake|bad|fault))/gi, 'my'],
  // "is she up noo?": the app, as Scots and Australians say it
  [/is\s+she/gi, 'is it'],
  [/she's/gi, "it's"],
  [/porfa(?:vor)?|por\s+favor/gi, 'please'],
  [/mañana|manana/gi, 'tomorrow'],
  [/despu[eé]s\s+del?/gi, 'after'],
  [/listo/gi, 'ok'],
  [/bueno/gi, 'ok'],
  [/primero/gi, 'first'],
  [/gracias/gi, 'thanks'],
  [/dale/gi, 'go ahead'],
  // Spanish "ya" (now, already) closing a clause: "same in staging ya"
  [/ya(?=\s*(?:[,.!?]|$))/gi, ''],
];
const COMPILED = WORDS.map(
  ([re, to]) => [new RegExp(`(?<![\\p{L}\\d'_-])(?:${re.source})(?![\\p{L}\\d_-])`, 'giu'), to] as const,
);

export function inStandardEnglish(text: string): string {
  if (!MAY_HAVE_DIALECT.test(text)) return text;
  let t = text;
  for (const [dialect, standard] of COMPILED) t = t.replace(dialect, standard);
  return t;
}
