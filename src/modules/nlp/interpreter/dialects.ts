import { HAN, withoutChineseWords } from './chinese.js';
import { MORE_ENGLISHES } from './more-englishes.js';
import { MAY_HAVE_YODA_OR_SHAKESPEARE, YODA_AND_SHAKESPEARE } from './stage-englishes.js';
import { KITCHEN_AND_BROOKLYN, MAY_HAVE_KITCHEN_OR_BROOKLYN } from './kitchen-and-city-englishes.js';
import { MAY_HAVE_RADIO_OR_RANGE, RADIO_AND_RANGE, radioNumbers } from './radio-and-range-englishes.js';
import { MAY_HAVE_DIALECT, SCOTS_AND_SPANISH } from './scots-and-spanish.js';
import {
  DESCRIBED_SERVER,
  MAY_HAVE_DESCRIBED_SERVER,
  MAY_HAVE_SPANGLISH,
  MAY_HAVE_SURF_OR_WIRE,
  SPANGLISH,
  SURF_AND_WIRE,
  telegramStopsAndSpanishCounts,
} from './surf-spanglish-and-wire-englishes.js';
/**
 * English as written by Scots, Spanish, French, Nigerian, Singaporean, Indian, German, Irish, Brazilian, Russian, Japanese, Arabic, Dutch, Italian, Indonesian, Polish, Turkish, Thai and Kenyan speakers in an ops channel (blind rounds 26–30: "bin
 * web-app aff dev", "gonnae no delete …", "… porfa", "oui, go", "abeg restart am"), and Korean written in Latin
 * letters ("web-app staging-e baepo haejwo"): the words every rule knows. Word for word, never inside a word; each
 * table runs only when one of its words is there.
 */
const MAY_HAVE_FRENCH_OR_PIDGIN =
  /(?<![a-z'])(?:oui|non|d'accord|c'est|dans|bien\s+sûr|ça\s+marche|passée|copie|merci|svp|s'il|attends|montre[sz]?-moi|déjà|voilà|vite|aussi|pareil|maintenant|après|demain|ce soir|encore|d'abord|allez|pardon|abeg|wahala|oya|sharp|e don|make una|no be|am|comot|dey|wetin|abi)(?![a-z])|(?<![a-z'])o\s*(?:[,.!?]|$)|^et\s/i;
const FRENCH_AND_PIDGIN: ReadonlyArray<readonly [RegExp, string]> = [
  [/oui/gi, 'yes'],
  [/non(?=\s+non|\s*[,.!]|$)/gi, 'no'],
  [/d'accord/gi, 'ok'],
  [/bien\s+sûr|ça\s+marche/gi, 'ok'],
  [/c'est\s+dans/gi, 'it is in'],
  [/passée/gi, 'passed'],
  [/copie/gi, 'copy'],
  [/merci(?:\s+beaucoup)?/gi, 'thanks'],
  [/svp|s'il\s+(?:te|vous)\s+pla[iî]t/gi, 'please'],
  [/attends/gi, 'wait'],
  [/déjà/gi, 'already'],
  [/voilà/gi, ''],
  [/vite/gi, 'quickly'],
  [/aussi/gi, 'too'],
  [/pareil/gi, 'same'],
  [/pas\s+maintenant/gi, 'not now'],
  [/allez-y/gi, 'go ahead'],
  [/montre[sz]?-moi/gi, 'show me'],
  [/maintenant/gi, 'now'],
  [/après/gi, 'after'],
  [/demain/gi, 'tomorrow'],
  [/ce\s+soir/gi, 'tonight'],
  [/encore/gi, 'again'],
  [/d'abord/gi, 'first'],
  [/allez/gi, 'go'],
  [/pardon/gi, 'sorry'],
  [/(?<=^|[.!]\s*)et(?=\s)/gi, 'and'],
  [/abeg/gi, 'please'],
  [/no\s+wahala/gi, 'no problem'],
  [/oya/gi, 'ok'],
  [/sharp\s+sharp/gi, 'now'],
  [/e\s+don(?=\s+[a-z]+\s*\?)/gi, 'did it'],
  [/e\s+don/gi, 'it has'],
  [/make\s+una\s+no/gi, "please don't"],
  [/make\s+una/gi, 'please'],
  [/no\s+be/gi, 'not'],
  [
    /(?<=(?:do|make|restart|deploy|delete|remove|scale|bounce|push|ship|comot|leave|check|kill|roll)\s)am/gi,
    'it',
  ],
  [/comot/gi, 'remove'],
  [/how\s+e\s+dey/gi, 'how is it'],
  [/dey/gi, 'is'],
  [/wetin/gi, 'what'],
  [/abi/gi, ''],
  // a closing "o" ("no touch prod o"): emphasis
  [/o(?=\s*(?:[,.!?]|$))/gi, ''],
];

/** Singlish and Indian English (blind round 28): "can can", "… liao", "help me … can?", "kindly revert on …" (reply). */
const MAY_HAVE_SINGLISH_OR_INDIAN =
  /(?<![a-z'])(?:alamak|aiyo|aiyah|walao|liao|lor|leh|sia|shiok|jialat|yah|can\s+can|can\s*\?|on\s*,|help\s+me|which\s+all|what\s+all|prepone|revert|aunt(?:y|ie|ies))(?![a-z])/i;
const SINGLISH_AND_INDIAN: ReadonlyArray<readonly [RegExp, string]> = [
  // exclamations and closing particles: how it feels, nothing asked
  [/alamak|aiyo(?:yo)?|aiyah|walao(?:\s+eh)?/gi, ''],
  [/sia|lor|leh/gi, ''],
  [/liao/gi, 'already'],
  [/shiok/gi, 'great'],
  [/jialat/gi, 'bad'],
  [/yah/gi, 'yes'],
  [/can\s+can/gi, 'yes'],
  // "help me restart X can?": a request asked as a question
  [/can(?=\s*\?)/gi, ''],
  [
    /help\s+me(?=\s+(?:restart|deploy|roll|scale|delete|remove|check|see|show|bounce|list|double|open))/gi,
    'please',
  ],
  // "ok on, go ahead": agreed
  [/(?<=^|ok\s)on(?=\s*,)/gi, 'ok'],
  [/which\s+all/gi, 'which'],
  [/what\s+all/gi, 'what'],
  [/prepone/gi, 'move'],
  // Indian English "revert" is "reply": "… please revert", "kindly revert on the status" (not "revert web-app")
  [/(?<=(?:please|kindly|pls)\s)revert(?:\s+back)?(?=\s*[.!]*$)/gi, 'reply'],
  [
    /revert(?:\s+back)?(?=\s+(?:on|with|about)\s+(?!prod|production|staging|stg|stage|dev|development|live)\S)/gi,
    'reply',
  ],
  [/aunt(?:y|ie|ies)/gi, 'people'],
];

/** German and Irish English (blind round 29c): "ja, bitte", "restart it jetzt", "nicht jetzt, morgen", "grand, go on so". */
const MAY_HAVE_GERMAN_OR_IRISH =
  /(?<![a-z'])(?:ja|nein|bitte|jetzt|doch|los|genau|natürlich|alles\s+klar|ach\s+so|na\s+ja|nicht|schon|morgen|früh|moment|grand|auld|yer\s+man|sure\s+look|give\s+it\s+a\s+lash|deadly)(?![a-z])/i;
const GERMAN_AND_IRISH: ReadonlyArray<readonly [RegExp, string]> = [
  // not the Finnish "and" between two reads ("status ja logs")
  [/(?<!(?:status|logs?|history)\s)ja(?:\s*,?\s*ja)*(?!\s+(?:status|logs?|history))/gi, 'yes'],
  [/nein/gi, 'no'],
  [/bitte(?:\s+schön)?/gi, 'please'],
  [/jetzt/gi, 'now'],
  // "doch, restart it": the order again, after a no
  [/doch/gi, ''],
  // German "los" (go); Spanish "los environments" is an article
  [/los(?!\s+[a-z]+s(?![a-z]))/gi, 'go'],
  [/genau/gi, 'yes'],
  [/natürlich/gi, 'of course'],
  // "alles klar": understood — an acknowledgement, no go
  [/alles\s+klar/gi, 'understood'],
  [/ach\s+so/gi, 'oh'],
  [/na\s+ja/gi, 'well'],
  [/nicht/gi, 'not'],
  [/schon/gi, 'already'],
  [/morgen\s+früh/gi, 'tomorrow morning'],
  [/morgen/gi, 'tomorrow'],
  [/(?<=^)moment(?=\s*,)/gi, 'wait'],
  // Irish English
  [/grand/gi, 'fine'],
  [/the\s+auld\s+(?:one|version|build)/gi, 'the previous version'],
  [/auld/gi, 'old'],
  [/yer\s+man/gi, 'the guy'],
  [/sure\s+look/gi, ''],
  [/give\s+it\s+a\s+lash/gi, 'try it'],
  [/deadly/gi, 'great'],
];

/** Portuguese in a Brazilian engineer's English (blind round 30c): "sim, pode ir", "não, cancela", "beleza", "amanhã". */
const MAY_HAVE_PORTUGUESE =
  /(?<![a-z'])(?:sim|não|nao|beleza|pode\s+ir|tá\s+bom|ta\s+bom|calma|obrigad[oa]|desculpa|ué|agora|amanhã|depois|já|tudo\s+certo|por\s+favor|cancela)(?![a-z])/i;
const PORTUGUESE: ReadonlyArray<readonly [RegExp, string]> = [
  [/sim/gi, 'yes'],
  [/não|nao/gi, 'no'],
  [/beleza|tá\s+bom|ta\s+bom/gi, 'ok'],
  [/pode\s+ir/gi, 'go ahead'],
  [/calma/gi, 'wait'],
  [/obrigad[oa]/gi, 'thanks'],
  [/desculpa/gi, 'sorry'],
  [/ué/gi, ''],
  [/agora/gi, 'now'],
  [/amanhã/gi, 'tomorrow'],
  [/depois\s+do\s+almoço/gi, 'after lunch'],
  [/depois\s+d[oa]/gi, 'after the'],
  [/depois/gi, 'later'],
  [/já/gi, 'already'],
  [/tudo\s+certo/gi, 'all good'],
  [/por\s+favor/gi, 'please'],
  [/cancela/gi, 'cancel'],
  [/s[óo]\s+pra\s+voc[êe]\s+saber/gi, 'fyi'],
];

/**
 * A Russian engineer's English (blind round 31): "please make restart of …", "is necessary to …", "da, davai",
 * "nyet", "zavtra", "seichas"; and a Japanese engineer's ("sumimasen, …, onegaishimasu", "… desu ka?", "daijoubu?",
 * "chotto matte", "hai", "iie", "ashita", "ima").
 */
const MAY_HAVE_RUSSIAN_OR_JAPANESE =
  /(?<![a-z'])(?:da|nyet|net|davai|прод[а-яё]*|seichas|sejchas|zavtra|spasibo|poka|make\s+(?:restart|delete|rollback|deploy|redeploy|scale)|(?:made|did)\s+already|is\s+necessary|is\s+better|plus|sumimasen|onegai(?:shimasu)?|desu|daijoubu|daijobu|chotto|matte|hai|iie|ashita|ima|yokatta|wakarimashita|wakatta|arigatou?|gozaimasu|could\s+i\s+ask\s+you\s+to|if\s+possible)(?![a-z])/i;
const RUSSIAN_AND_JAPANESE: ReadonlyArray<readonly [RegExp, string]> = [
  [/da(?:\s*,?\s*da)*(?=\s*[,.!]|\s+(?:go|make|do|please|davai|ok)(?![a-z])|$)/gi, 'yes'],
  [/nyet(?:\s*,?\s*nyet)*/gi, 'no'],
  [/davai/gi, 'go ahead'],
  [/seichas|sejchas/gi, 'now'],
  [/zavtra/gi, 'tomorrow'],
  // "прод", "продакшн": production in Cyrillic, spelled as the Latin look-alike it is
  [/прод[а-яё]*/gi, 'prodakshn'],
  [/spasibo/gi, 'thanks'],
  [/poka/gi, ''],
  // "make restart of auth-service", "make rollback of that one": the verb itself
  [/make\s+(restart|delete|rollback|deploy|redeploy)\s+of/gi, '$1'],
  [/make\s+scale\s+of/gi, 'scale'],
  // "deploy of cart-api to prod I made already": what was done, said object first
  [
    /(deploy|redeploy|restart|rollback|delete|scale)\s+of\s+([^,.!?]+?)\s+(i|we)\s+(made|did)(?=\s+already)/gi,
    '$3 $4 the $1 of $2',
  ],
  // "is necessary to restart …" (without a question mark): a request
  [/is\s+necessary\s+to/gi, 'please'],
  // "is better to restart … or to wait?": asking which is better
  [/is\s+better\s+to/gi, 'is it better to'],
  // "plus two pods for cart-api": more of them, how many in all unsaid
  [
    /plus(?=\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:pods?|replicas?|instances?|more))/gi,
    'add',
  ],
  [/sumimasen/gi, ''],
  [/onegai(?:shimasu)?/gi, 'please'],
  [/desu\s+ka(?=\s*\?)/gi, ''],
  [/desu\s+ka/gi, '?'],
  [/desu/gi, ''],
  [/daijou?bu/gi, 'ok'],
  [/chotto\s+matte/gi, 'wait'],
  [/matte/gi, 'wait'],
  // Japanese "hai" (yes) only where it answers ("Hai, onegaishimasu", "Hai, billing-api desu"): elsewhere it is also
  // a greeting (Indonesian, Malay), and a greeting must never confirm a plan
  [
    /hai(?=\s*,?\s*(?:onegai\w*|네|yes|please|proceed|go|dozo|wakari\w*|[a-z0-9-]+\s+desu)(?![a-z]))/gi,
    'yes',
  ],
  [/iie/gi, 'no'],
  [/ashita/gi, 'tomorrow'],
  // "… to production ima, please": now, closing the order ("ima restart …" at the start is English slang for "I'm going to")
  [/(?<=\S\s+)ima(?=\s*(?:[,.!?]|please|$))/gi, 'now'],
  [/yokatta/gi, 'good'],
  [/wakarimashita|wakatta/gi, 'understood'],
  [/arigatou?(?:\s+gozaimasu)?|gozaimasu/gi, 'thanks'],
  // "could I ask you to restart …" without a question mark, "if possible, please …": the request, politely
  [/could\s+i\s+ask\s+you\s+to(?=[^?]*$)/gi, 'please'],
  [/could\s+i\s+ask\s+you\s+to/gi, 'could you'],
  [/if\s+possible\s*,?(?=\s*(?:please|the|its|same|\w+\s+(?:to|on)\s))/gi, ''],
];

/**
 * An Arabic speaker's English (blind round 32c): "yalla" (go ahead), "khalas" (done), "la, la" (no), "aiwa" (yes),
 * "mafi mushkila", "bukra" (tomorrow); and a Dutch engineer's ("ja hoor", "nee", "gewoon doen", "klaar", "prima",
 * "straks", "nu", "wacht even", "can you even restart …").
 */
const MAY_HAVE_ARABIC_OR_DUTCH =
  /(?<![a-z'])(?:yalla|khalas|la|aiwa|na'?am|mafi|wallah|inshallah|insha'?allah|bukra|habibi|shway|nee|hoor|doe|doen|gewoon|klaar|prima|straks|nu|dank|wacht|even|en|allebei|graag|hetzelfde)(?![a-z])/i;
const ARABIC_AND_DUTCH: ReadonlyArray<readonly [RegExp, string]> = [
  // "Yalla, deploy …": the order after it; "Aiwa, yalla": go ahead
  [/^yalla(?=\s*,\s*\S)/gi, ''],
  [/yalla/gi, 'go ahead'],
  // "Khalas? It is up now?": done?; beside an order ("…, khalas, nobody tests there") only a remark
  [/khalas(?=\s*\?)/gi, 'done'],
  [/khalas/gi, ''],
  [/^la(?:\s*,?\s*la)*(?=\s*[,.!])/gi, 'no'],
  [/aiwa|na'?am/gi, 'yes'],
  [/mafi\s+mushkila/gi, 'no problem'],
  [/wallah|habibi|inshallah|insha'?allah/gi, ''],
  [/bukra/gi, 'tomorrow'],
  [/shway\s+shway/gi, 'slowly'],
  // "ja hoor": the German table has read "ja" as yes already
  [/hoor/gi, ''],
  // "running? ja of nee?": yes or no — the German table has read "ja" already
  [/yes\s+of\s+nee/gi, 'or not'],
  [/nee(?:\s*,?\s*nee)*/gi, 'no'],
  [/en(?=\s+(?:deploy|logs?|status|history|restart|rollback|delete|scale|list)(?![a-z]))/gi, 'and'],
  [/allebei/gi, 'both'],
  [/graag/gi, 'please'],
  [/is\s+dat\s+hetzelfde/gi, 'is that the same thing'],
  [/(?:gewoon\s+)?doe\s+maar/gi, 'go ahead'],
  // "…, gewoon doen": just do it — a please after an order, a yes to a plan
  [/gewoon\s+doen/gi, 'please'],
  [/nu\s+doen/gi, 'do it now'],
  [/gewoon/gi, 'just'],
  // "Klaar?", "is it klaar?": done?; closing an order ("…, klaar") nothing more
  [/klaar(?=\s*\?)/gi, 'done'],
  [/(?<=,\s*)klaar(?=[\s.!]*$)/gi, ''],
  [/klaar/gi, 'done'],
  [/prima/gi, 'fine'],
  [/straks/gi, 'later'],
  [/nu/gi, 'now'],
  [/dank\s+je(?:\s+wel)?/gi, 'thanks'],
  [/wacht(?:\s+even)?/gi, 'wait'],
  // "can you even restart …": Dutch "even" (just, quickly), not English "even"
  [/(?<=(?:can|could)\s+you\s+|please\s+|pls\s+)even(?=\s+[a-z])/gi, ''],
];

/**
 * An Italian engineer's English (blind round 33c): "per favore", "subito", "dai", "allora", "basta", "va bene", "sì",
 * "fatto?"; and an Indonesian engineer's ("tolong", "juga", "sudah", "belum", "nanti", "besok", "jangan", "iya",
 * "nggak", "dulu", "dong").
 */
const MAY_HAVE_ITALIAN_OR_INDONESIAN =
  /(?<![a-z'])(?:per\s+favore|subito|dai|allora|basta|va\s+bene|sì|scusa|anche|ambiente|non\s+fare|non\s+toccare|lo\s+stesso|lì|vai|procedi|annulla|uscito|grazie|fatto|domani|dopo|piano|aspetta|mamma\s+mia|tolong|tambah|cek|kalau|bisa|usah|di|ke|juga|sudah|belum|nanti|besok|sekarang|jangan|iya|nggak|gak|tidak|makasih|terima\s+kasih|dulu|aja|dong|sih|deh|yakin|hilang|oke)(?![a-z])/i;
const ITALIAN_AND_INDONESIAN: ReadonlyArray<readonly [RegExp, string]> = [
  [/per\s+favore/gi, 'please'],
  [/subito/gi, 'now'],
  // "…, dai" closing an order is its push; "Dai, go" / "va bene, dai" to a plan: go ahead
  [/(?<=\S[,\s]+)dai(?=[\s.!]*$)/gi, ''],
  [/dai/gi, 'go ahead'],
  [/allora/gi, 'so'],
  // round 42c: "anche on prod" (too), "lo stesso" (the same), "lì" (there), "vai pure" / "procedi" (go ahead),
  // "annulla" (cancel), "è uscito?" (is it out?)
  // "non fare il rollback di …": don't do the rollback of …
  [
    /non\s+(?:fare|toccare|riavviare|cancellare|eliminare|scalare|deployare|rilasciare|eseguire)(?:\s+(?:il|lo|la|i|gli|le))?/gi,
    "don't",
  ],
  [/anche/gi, 'too'],
  [/ambiente(?:\s+di)?/gi, ''],
  [/lo\s+stesso/gi, 'the same'],
  [/lì/gi, 'there'],
  [/vai(?:\s+pure)?|procedi/gi, 'go ahead'],
  [/annulla/gi, 'cancel'],
  [/è\s+uscito/gi, 'is it out'],
  [/basta/gi, 'enough'],
  [/va\s+bene/gi, 'ok'],
  [/sì/gi, 'yes'],
  [/scusa/gi, 'sorry'],
  [/grazie(?:\s+mille)?/gi, 'thanks'],
  [/fatto(?=\s*\?)/gi, 'done'],
  [/domani/gi, 'tomorrow'],
  [/dopo/gi, 'later'],
  [/piano\s+piano/gi, 'slowly'],
  [/aspetta/gi, 'wait'],
  [/mamma\s+mia/gi, ''],
  [/tolong/gi, 'please'],
  [/tambah/gi, 'add'],
  [/cek/gi, 'check'],
  [/kalau/gi, 'if'],
  [/bisa(?=\s+\S)/gi, 'can you'],
  [/nggak\s+usah|tidak\s+usah|gak\s+usah/gi, "don't"],
  [/(?<=\s)di(?=\s+(?:prod|production|staging|stg|dev|development|운영|스테이징|개발))/gi, 'on'],
  [/(?<=\s)ke(?=\s+(?:prod|production|staging|stg|dev|development|운영|스테이징|개발|\d))/gi, 'to'],
  [/juga/gi, 'too'],
  [/sudah(?=\s+\S+\s*\?)/gi, 'is it'],
  // "Deploy sudah done at 6": a report of the deploy, no order of it
  [/sudah(?=\s+(?:done|finished|completed|over)(?![a-z]))/gi, 'was already'],
  [/sudah/gi, 'already'],
  [/belum/gi, 'not yet'],
  [/nanti/gi, 'later'],
  [/besok/gi, 'tomorrow'],
  [/sekarang/gi, 'now'],
  [/jangan/gi, "don't"],
  [/iya/gi, 'yes'],
  [/nggak|gak|tidak/gi, 'no'],
  [/makasih|terima\s+kasih/gi, 'thanks'],
  [/dulu/gi, 'first'],
  [/aja/gi, 'just'],
  [/dong|sih|deh/gi, ''],
  [/yakin/gi, 'sure'],
  [/hilang/gi, 'gone'],
  [/oke/gi, 'ok'],
];

/** A Polish engineer's English (blind round 34c: "tak", "nie", "proszę", "teraz", "jutro", "poczekaj") and a Turkish one's ("evet", "hayır", "lütfen", "şimdi", "yarın", "bekle"). */
const MAY_HAVE_POLISH_OR_TURKISH =
  /(?<![a-z'])(?:tak|nie|dobrze|jutro|teraz|prosz[eę]|szybko|poczekaj|dzi[eę]ki|dzie[nń]\s+dobry|gotowe|evet|hay[ıi]r|tamam|yar[ıi]n|[şs]imdi|l[üu]tfen|hemen|bekle|sa[ğg]ol|abi|canl[ıi]|[üu]retim|prod[üu]ksiyon|produkcj[aęi])(?![a-z])/i;
const POLISH_AND_TURKISH: ReadonlyArray<readonly [RegExp, string]> = [
  [/tak(?:\s*,?\s*tak)*/gi, 'yes'],
  [/nie(?:\s*,?\s*nie)*/gi, 'no'],
  [/dobrze|tamam/gi, 'ok'],
  [/jutro|yar[ıi]n/gi, 'tomorrow'],
  [/teraz|[şs]imdi|hemen/gi, 'now'],
  [/prosz[eę]|l[üu]tfen/gi, 'please'],
  [/szybko/gi, 'quickly'],
  [/poczekaj|bekle/gi, 'wait'],
  [/dzi[eę]ki|sa[ğg]ol/gi, 'thanks'],
  [/dzie[nń]\s+dobry|abi/gi, ''],
  [/gotowe(?=\s*\?)/gi, 'done'],
  // production in Turkish or Polish (canlı, üretim, prodüksiyon, produkcja): spelled as the look-alike it is, asked about
  [/canl[ıi]|[üu]retim|prod[üu]ksiyon|produkcj[aęi]/gi, 'prodakshn'],
  [/evet/gi, 'yes'],
  [/hay[ıi]r/gi, 'no'],
];

/** Korean written in Latin letters (no Hangul keyboard at hand): the Hangul it spells. */
const MAY_HAVE_ROMANIZED =
  /(?<![a-z])(?:(?:ne|ani|deo|jal|geo|iyo|jom|hae|chong|gogo|gachi)(?![a-z])|baepo|jaesijak|jaegidong|rolbaek|sakje|sangtae|rogeu|mokrok|iryeok|juseyo|haejwo|haeju|boyeo|allyeo|jinhaeng|neullyeo|juryeo|ollyeo|jiwo|chwiso|geudaero|ttokgachi|unyeong|gaebal|malgo|meonjeo|jamkkanman|tteosseoyo|dwaesseoyo|hajima|haji\s+ma)|-e(?:seo)?(?![a-z])|\dgae/i;
const ROMANIZED: ReadonlyArray<readonly [RegExp, string]> = [
  [/(staging|stg|prod|production|dev|development|unyeong|gaebal)-eseo/gi, '$1에서'],
  [/(staging|stg|prod|production|dev|development|unyeong|gaebal)-e/gi, '$1에'],
  [/hajima(?:seyo|ra)?|haji\s+ma(?:seyo|ra)?/gi, '하지 마'],
  [/(\d+)\s?gae-?(?:ro|euro)/gi, '$1개로'],
  [/(\d+)\s?gae/gi, '$1개'],
  [/baepo/gi, '배포'],
  [/jaesijak/gi, '재시작'],
  [/jaegidong/gi, '재기동'],
  [/rolbaek/gi, '롤백'],
  [/sakje/gi, '삭제'],
  [/sangtaerang/gi, '상태랑'],
  [/sangtae/gi, '상태'],
  [/gachi/gi, '같이'],
  [/rogeu(?:do)?/gi, '로그'],
  [/mokrok/gi, '목록'],
  [/iryeok/gi, '이력'],
  [/haejwo/gi, '해줘'],
  [/haejuseyo|hae\s+juseyo/gi, '해주세요'],
  [/haeyo/gi, '해요'],
  [/juseyo/gi, '주세요'],
  [/jom/gi, '좀'],
  [/boyeojwo/gi, '보여줘'],
  [/boyeojuseyo|boyeo\s+juseyo/gi, '보여주세요'],
  [/allyeojwo/gi, '알려줘'],
  [/allyeojuseyo|allyeo\s+juseyo/gi, '알려주세요'],
  [/jinhaenghaeyo/gi, '진행해요'],
  [/jinhaenghae/gi, '진행해'],
  [/jinhaeng/gi, '진행'],
  [/neullyeo/gi, '늘려'],
  [/juryeo/gi, '줄여'],
  [/ollyeo/gi, '올려'],
  [/jiwo(?:jwo)?/gi, '지워'],
  [/chwiso/gi, '취소'],
  [/geudaero/gi, '그대로'],
  [/ttokgachi/gi, '똑같이'],
  // after "-e" above: "unyeong에" is 운영에 whole (production was dropped, round 157)
  [/unyeong(에서|에)?/gi, '운영$1'],
  [/gaebal(에서|에)?/gi, '개발$1'],
  [/malgo/gi, '말고'],
  [/meonjeo/gi, '먼저'],
  [/jamkkanman/gi, '잠깐만'],
  [/deo/gi, '더'],
  [/chong/gi, '총'],
  [/iyo/gi, '이요'],
  [/geo/gi, '거'],
  [/tteosseoyo/gi, '떴어요'],
  [/dwaesseoyo/gi, '됐어요'],
  [/jal/gi, '잘'],
  [/da(?=\s+(?:tteo|dwae|jiwo|떴|됐|지워))/gi, '다'],
  [/gogo/gi, '고고'],
  [/ne(?=\s+ne|\s*[,~]|$)|(?<=(?:네|ne)\s)ne|^ne(?=\s)/gi, '네'],
  [/ani(?=\s+ani|\s*,)/gi, '아니'],
];

const compiled = (table: ReadonlyArray<readonly [RegExp, string]>) =>
  table.map(
    ([re, to]) => [new RegExp(`(?<![\\p{L}\\d'_-])(?:${re.source})(?![\\p{L}\\d_-])`, 'giu'), to] as const,
  );
const TABLES = [
  [MAY_HAVE_DIALECT, compiled(SCOTS_AND_SPANISH)],
  [MAY_HAVE_FRENCH_OR_PIDGIN, compiled(FRENCH_AND_PIDGIN)],
  [MAY_HAVE_SINGLISH_OR_INDIAN, compiled(SINGLISH_AND_INDIAN)],
  [MAY_HAVE_GERMAN_OR_IRISH, compiled(GERMAN_AND_IRISH)],
  [MAY_HAVE_PORTUGUESE, compiled(PORTUGUESE)],
  [MAY_HAVE_RUSSIAN_OR_JAPANESE, compiled(RUSSIAN_AND_JAPANESE)],
  [MAY_HAVE_ARABIC_OR_DUTCH, compiled(ARABIC_AND_DUTCH)],
  [MAY_HAVE_ITALIAN_OR_INDONESIAN, compiled(ITALIAN_AND_INDONESIAN)],
  [MAY_HAVE_POLISH_OR_TURKISH, compiled(POLISH_AND_TURKISH)],
  ...MORE_ENGLISHES.map(([may, table]) => [may, compiled(table)] as const),
  [MAY_HAVE_YODA_OR_SHAKESPEARE, compiled(YODA_AND_SHAKESPEARE)],
  [MAY_HAVE_KITCHEN_OR_BROOKLYN, compiled(KITCHEN_AND_BROOKLYN)],
  [MAY_HAVE_RADIO_OR_RANGE, compiled(RADIO_AND_RANGE)],
  [MAY_HAVE_SURF_OR_WIRE, compiled(SURF_AND_WIRE)],
  [MAY_HAVE_SPANGLISH, compiled(SPANGLISH)],
  [MAY_HAVE_DESCRIBED_SERVER, compiled(DESCRIBED_SERVER)],
  [MAY_HAVE_ROMANIZED, compiled(ROMANIZED)],
] as const;

export function inStandardEnglish(text: string): string {
  let t = radioNumbers(telegramStopsAndSpanishCounts(text));
  for (const [may, table] of TABLES) {
    if (!may.test(t)) continue;
    for (const [dialect, standard] of table) t = t.replace(dialect, standard);
  }
  return HAN.test(t) ? withoutChineseWords(t) : t;
}
