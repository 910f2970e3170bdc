/**
 * English as rounds 56–57's voices write it, in the standard forms the rules read: a surfer ("totally", "brah",
 * "cowabunga", "gnarly"), Spanglish ("oye, reinicia el worker en prod, porfa", "borra X de dev", "sube X a doce
 * réplicas", "¿cuándo fue el último deploy de X?"), telegraphese ("DEPLOY X PROD REQD STOP", "immed", "tmrw") and a
 * zoomer ("ngl", "fr", "no cap", "periodt", "yeet X off dev" = delete, "bet" = ok).
 */

export const MAY_HAVE_SURF_OR_WIRE =
  /(?<![a-z'])(?:totally|totaly|brah|bro|dude|chill|cowabunga|gnarly|stoked|like|bet|aw+|lord|lordy|reqd|immed|tmrw|rgds|ngl|bestie|fr|no\s+cap|periodt|yeet|lowkey|highkey|slay|it's\s+giving|play\s+on|green\s+light|sure\s+'nuff|hush\s+now|10-4|ten-four|10-22|disregard|registered\s+units|get|describe)(?![a-z'])/i;

export const SURF_AND_WIRE: ReadonlyArray<readonly [RegExp, string]> = [
  // the surfer's and the zoomer's colour: no part of the order
  [/totally|totaly|brah|bro|dude|cowabunga|ngl|bestie|fr|no\s+cap|periodt|lowkey|highkey|slay/gi, ''],
  [/(?<=^\s*)(?:like|chill|bet|aw+|lord|lordy)(?=\s*[,!])/gi, ''],
  // "yeet X off dev": throw it out — a delete; "it's giving unused": a reason
  [/yeet(?=\s+[a-z0-9-]+\s+(?:off|out\s+of)(?![a-z]))/gi, 'remove'],
  [/it's\s+giving/gi, 'it is'],
  // the commentator's and the Southerner's yes ("play on", "green light", "sure 'nuff, go on ahead"), dispatch's
  // "10-4" (heard: no yes by itself) and "10-22, disregard" (no), "Lord, no. Hush now." (no)
  [/(?:(?:and\s+)?the\s+ref\s+waves\s+)?play\s+on/gi, 'go ahead'],
  [/green\s+light/gi, 'go ahead'],
  [/sure\s+'nuff/gi, 'yes'],
  [/go\s+on\s+ahead/gi, 'go ahead'],
  // "10-4, proceed": the yes is the proceed; "10-4" alone only acknowledges
  [/(?:10-4|ten-four)[\s,.!]*(?=proceed|go\s+ahead)/gi, ''],
  [/10-4|ten-four/gi, 'noted'],
  [/registered\s+units/gi, 'registered apps'],
  // kubectl's reads: "get deploy frontend -n stg", "get pods batch-job -n prod", "describe deploy X" — a status, no deploy
  [
    /(?:kubectl\s+)?(?:get|describe)\s+(?:deploy(?:ments?)?|pods?|po|rs|replicasets?)(?=\s+[a-z0-9])/gi,
    'status of',
  ],
  [/10-22/g, ''],
  [/disregard/gi, 'cancel'],
  [/hush\s+now/gi, 'no'],
  // telegraphese
  [/reqd/gi, 'required'],
  [/immed/gi, 'now'],
  [/tmrw/gi, 'tomorrow'],
  [/rgds/gi, ''],
];

export const MAY_HAVE_SPANGLISH =
  /(?<![a-z'])(?:oye|mira|pues|ándale|andale|órale|orale|nomás|nomas|en\s+(?:dev|staging|stg|prod|production)|reinicia|reinica|reinicien|reiniciar|borra|borren|borrar|borramos|elimina|sube|pon|checa|chequea|revisa|réplicas?|revisión|cuándo|hicimos|hagas|puedes|qué|cómo|hoy|ayer|anoche|dame|hasta|pero|principal|todos)(?![a-z'])/i;

export const SPANGLISH: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /(?<=^\s*)(?:oye|mira|pues|ándale|andale|órale|orale)(?:\s+(?:mija|mijo|compa|güey|wey|amigo|amiga))?(?=\s*[,!]|\s)/gi,
    '',
  ],
  [/nomás|nomas/gi, ''],
  [/reinicia|reinica|reinicien|reiniciar/gi, 'restart'],
  [/borra|borren|borrar|elimina/gi, 'delete'],
  [/borramos/gi, 'we delete'],
  [/sube(?=(?:\s+\S+){0,4}\s+a\s+\d)/gi, 'scale'],
  [/sube/gi, 'bump'],
  [/pon/gi, 'set'],
  [/checa|chequea|revisa/gi, 'check'],
  [/no\s+(?:le\s+)?hagas/gi, "don't"],
  // "los candados no abren": what is broken, no refusal
  [/no\s+(?:abren|abre|funciona|funcionan|entran|jala|carga|cargan)/gi, 'are stuck'],
  [/pero/gi, 'but'],
  [/lunes/gi, 'monday'],
  [/martes/gi, 'tuesday'],
  [/miércoles/gi, 'wednesday'],
  [/jueves/gi, 'thursday'],
  [/viernes/gi, 'friday'],
  [/sábado/gi, 'saturday'],
  [/domingo/gi, 'sunday'],
  [/(?:¿\s*)?puedes\s+hacer/gi, 'can you'],
  [/(?:¿\s*)?alguna\s+vez\s+hicimos/gi, 'did we ever'],
  [/(?:¿\s*)?qué\s+pasa\s+si/gi, 'what happens if'],
  [/(?:¿\s*)?qué\s+se\s+deploy[oó]/gi, 'what got deployed'],
  [/(?:¿\s*)?qué\s+puedo\s+pedirte/gi, 'what can i ask'],
  [/(?:¿\s*)?cuándo\s+fue/gi, 'when was'],
  [/(?:¿\s*)?cómo\s+va/gi, 'how is'],
  [/dame\s+las\s+opciones/gi, 'show me the options'],
  [/hasta\s+el/gi, 'on'],
  [/hoy/gi, 'today'],
  [/anoche/gi, 'last night'],
  [/ayer/gi, 'yesterday'],
  [/(?:en\s+)?el\s+server\s+principal/gi, 'in the main server'],
  [/todos\s+los\s+environments/gi, 'all environments'],
  [/último/gi, 'last'],
  [/réplicas?/gi, 'replicas'],
  [/revisión/gi, 'revision'],
  [/dos\s+versiones/gi, 'two versions'],
  [/tres\s+versiones/gi, 'three versions'],
  [/a\s+(?=\d)/gi, 'to '],
  [/a\s+la/gi, 'to'],
  [/en(?=\s+(?:dev|staging|stg|prod|production|el|la))/gi, 'on'],
  [/del?(?=\s+(?:dev|staging|stg|prod|production))/gi, 'from'],
  [/en/gi, 'in'],
  [/del|de\s+la|de|al|el|la|los/gi, ''],
  [/(?<=\s)que(?=\s)/gi, ', as'],
];

const SPANISH_NUMBER: Readonly<Record<string, string>> = {
  uno: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
  diez: '10',
  once: '11',
  doce: '12',
  trece: '13',
  catorce: '14',
  quince: '15',
  dieciséis: '16',
  veinte: '20',
};
/** "a doce réplicas", "a seis": a Spanish count, only where Spanish counts ("once" alone is English). */
const SPANISH_COUNT = new RegExp(
  `(?<=(?:^|\\s)a\\s+)(${Object.keys(SPANISH_NUMBER).join('|')})(?![\\p{L}])|(${Object.keys(SPANISH_NUMBER).join('|')})(?=\\s+réplicas?)`,
  'giu',
);

/**
 * "… PROD REQD STOP SCALE-UP NOT REQD STOP": a telegram's STOP (in capitals, after words) ends a sentence; "a doce
 * réplicas": a Spanish count in digits.
 */
export function telegramStopsAndSpanishCounts(text: string): string {
  const t = text.includes('STOP') ? text.replace(/(?<=\S)\s+STOP(?=\s|$)/g, '.') : text;
  return t.replace(SPANISH_COUNT, (m) => SPANISH_NUMBER[m.toLowerCase()] ?? m);
}

/**
 * "on the main server", "on the patrol side", "sur le serveur principal", "en el server principal": an environment
 * described, not named — a production look-alike, asked about ("prodakshn" is one the rules know).
 */
export const MAY_HAVE_DESCRIBED_SERVER =
  /(?<![a-z'])(?:side|one(?=\s+(?:that\s+|which\s+)?(?:the\s+|our\s+)?(?:[a-z]+s'?|public|people|everyone|everybody)\s)|servers|environment|main|primary|principal|server|box|deck|floor|porch|lot|yard|booth|hall|lane|estate|mill|shed|barn|cabin|pitch|service|cluster|stack|env)(?![a-z'])/i;
export const DESCRIBED_SERVER: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /(?<=(?:in|on|to|at|into|onto|from|en|sur)\s+)(?:the\s+|le\s+|el\s+)?(?:main|primary)\s+(?!(?:branch|page|menu|thread|repo|repository|image|tag|build|road|line|screen|course|dish|entrance|door|gate|event|app|site)(?![a-z]))[a-z]+/gi,
    'prodakshn',
  ],
  [/(?<=(?:in|on|to|at|into|onto|from|en|sur)\s+)(?:le\s+serveur|el\s+server)\s+principal/gi, 'prodakshn'],
  [
    /(?<=(?:in|on|to|at)\s+)the\s+(?!(?:dev|development|staging|stage|stg|prod|production|live|test|qa|uat|other|same|right|left|safe)\s)[a-z]+\s+side(?=\s*[.,!;]|\s*$)/gi,
    'prodakshn',
  ],
  // "--env=the-real-one", "on the cluster that pays our salaries": production described, in a flag or by what it earns
  [
    /(?<=--?env(?:ironment)?[= ])(?!(?:dev|devel|develop|development|stg|stage|staging|prod|production|prd|live)(?![a-z0-9-]))[a-z][a-z0-9-]*/gi,
    'prodakshn',
  ],
  [
    /(?<=(?:in|on|to|at|onto|into)\s+)the\s+(?:cluster|server|env(?:ironment)?|box|one|stack)\s+(?:that|which)\s+(?:pays|makes|earns|brings\s+in)\s+(?:[a-z']+\s+){0,2}[a-z']+/gi,
    'prodakshn',
  ],
  // "on the side where the real customers are": production described by who is there
  [
    /(?<=(?:in|on|to|at|into|onto|from)\s+)the\s+(?:side|one|box|cluster|env(?:ironment)?|servers?)\s+where\s+(?:the\s+|our\s+)?(?:(?:real|actual|paying|live)\s+)?(?:[a-z]+s|people|everyone)\s+(?:are|is|live|sit|shop|play|log\s+in)(?![a-z])/gi,
    'prodakshn',
  ],
  // "from the customer-facing side": production described by whom it faces
  [
    /(?<=(?:in|on|to|at|into|onto|from)\s+)the\s+(?:customer|user|player|public|patient|guest|client)[- ]facing\s+(?:side|one|cluster|env(?:ironment)?|servers?|stack|site|box)/gi,
    'prodakshn',
  ],
  // "on the side the passengers are using", "from the one ratepayers hit": production described by who uses it
  [
    /(?<=(?:in|on|to|at|onto|into|from)\s+)the\s+(?:side|one|box|servers?|cluster|env(?:ironment)?|stack|site)\s+(?:that\s+|which\s+)?(?:the\s+|our\s+|real\s+)?(?:(?:paying|actual|real|live)\s+)?(?:[a-z]+s'\s+)?(?:[a-z]+\s+)?(?:[a-z]+s|everyone|everybody|people|the\s+public)\s+(?:(?:are|is|actually|really|all)\s+)*(?:using|use|hit|hits|see|sees|visit|visits|rely\s+on|on|log\s+in(?:to|\s+to)?|patch\s+from|play\s+on|refresh(?:ing)?|watch(?:ing)?|check(?:ing)?|follow(?:ing)?|report\s+to|book\s+on|talk\s+to|[a-z]{3,}(?:\s+(?:to|on|into|at|from|with))?(?=\s*(?:[.,!;?]|$)))(?![a-z])/gi,
    'prodakshn',
  ],
  // "on the front lot server", "up to 14 on the show deck": a server or a place described by what it is to the writer
  [
    /(?<=(?:in|on|to|at|onto|into|from)\s+)the\s+(?!(?:dev|development|staging|stage|stg|prod|production|live|test|qa|uat|other|same|right|wrong|new|old|backup|canary|api|web|db|database|app|k8s|kubernetes)\s)(?:[a-z&]+\s+){0,3}[a-z&-]+\s+(?:server|box|deck|floor|porch|lot|yard|booth|hall|lane|estate|mill|shed|barn|cabin|pitch|sheet|rink|arena|court|field|tent|pavilion|service)(?=\s*[.,!;—–-]|\s+(?:to|at|with|for|please|pls|plz|asap|now|too|today|tonight|again|then|first|quick|quickly|thanks|thx)\b|\s*$)/gi,
    'prodakshn',
  ],
];
