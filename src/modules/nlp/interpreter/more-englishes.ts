import {
  CELLAR_AND_CARD_ROOM,
  MAY_HAVE_CELLAR_OR_CARD_ROOM,
  MAY_HAVE_PIDGIN,
  PIDGIN,
} from './pidgin-cellar-and-card-room-englishes.js';
import {
  MAY_HAVE_STUDIO_STAGE_OR_STREET,
  STUDIO_STAGE_AND_STREET,
} from './studio-stage-and-street-englishes.js';

const MAY_HAVE_THAI_OR_SWAHILI =
  /(?<![a-z'])(?:khrap|khrab|krap|kha|mai|chai|laew|tonnii|phrung\s+nii|rew\s+rew|rawang|khop\s+khun|ro\s+kon|same\s+same|sawa|ndiyo|hapana|tafadhali|haraka|kesho|sasa|subiri|asante|pole|bado|uzalishaji)(?![a-z])/i;
/** Thai and Kenyan engineers' English: Thai particles and words, Swahili words. */
const THAI_AND_SWAHILI: ReadonlyArray<readonly [RegExp, string]> = [
  // polite particles that end a sentence or a clause, no word of their own
  [/khrap|khrab|krap|kha/gi, ''],
  [/mai\s+pen\s+rai/gi, 'never mind'],
  [/dai\s+mai(?=\s*(?:khrap|krap|kha)?\s*\?)/gi, 'can you'],
  // "ok mai?", "… mai khrap?": the question particle (ไหม); before an operation word it is the negation (ไม่)
  [/mai(?=\s*(?:khrap|krap|kha)?\s*\?)/gi, ''],
  [/mai(?=\s+(?:deploy|restart|rollback|roll|scale|delete|remove|ship|touch))/gi, 'do not'],
  [/mai(?:\s*,?\s*mai)*(?=\s*[,.!]|$)/gi, 'no'],
  [/chai(?:\s*,?\s*chai)*/gi, 'yes'],
  [/laew/gi, 'already'],
  [/tonnii|sasa\s+hivi|sasa/gi, 'now'],
  [/phrung\s+nii|kesho/gi, 'tomorrow'],
  [/rew\s+rew|haraka(?:\s+haraka)*/gi, 'quickly'],
  [/rawang(?:\s+na)?/gi, 'careful'],
  [/khop\s+khun|asante(?:\s+sana)?/gi, 'thanks'],
  [/ro\s+kon|subiri/gi, 'wait'],
  [/same\s+same/gi, 'the same'],
  [/sawa(?=\s*\?)/gi, 'ok'],
  [/sawa/gi, 'ok'],
  [/ndiyo/gi, 'yes'],
  [/hapana(?:\s*,?\s*hapana)*/gi, 'no'],
  [/tafadhali/gi, 'please'],
  [/pole/gi, 'sorry'],
  // "…, bado." alone: not yet; inside a clause ("the banner is bado showing"): still
  [/bado(?=\s*[.!]?\s*$)/gi, 'not yet'],
  [/bado/gi, 'still'],
  // production in Swahili: spelled as the look-alike it is, asked about
  [/uzalishaji/gi, 'prodakshn'],
];

const MAY_HAVE_SWEDISH_OR_PERSIAN =
  /(?<![a-z'])(?:ja|nej|tack|sn[äa]lla|nu|imorgon|v[äa]nta|klart|k[öo]r|okej|lagom|fika|till|produktion\S*|prodmilj\S*|skarp\s+milj\S*|baleh|bale|areh|lotfan|merci|alan|farda|sabr\s+kon|zood|zud|khob|inshallah|tolid|mohit-e|perodakshen|nakon|eskale|escale|estaging|estatus|or\s*\?)(?![a-z])/i;
/** Swedish and Persian engineers' English: their words, Persian spellings with a leading e ("eskale", "estaging"). */
const SWEDISH_AND_PERSIAN: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<!(?:status|logs?|history)\s)ja(?:\s*,?\s*ja)*(?!\s+(?:status|logs?|history))/gi, 'yes'],
  [/nej(?:\s*,?\s*nej)*/gi, 'no'],
  [/tack(?:\s+s[åa]\s+mycket)?|merci/gi, 'thanks'],
  [/sn[äa]lla|lotfan/gi, 'please'],
  [/nu|alan/gi, 'now'],
  [/imorgon|farda/gi, 'tomorrow'],
  [/v[äa]nta|sabr\s+kon/gi, 'wait'],
  [/klart/gi, 'done'],
  [/k[öo]r(?=\s*(?:nu)?\s*[.!,]?\s*$)/gi, 'go'],
  [/okej/gi, 'ok'],
  [/lagom|khob|inshallah/gi, ''],
  [/fika/gi, 'the coffee break'],
  // "deploy … till 운영": Swedish "to", only before where to
  [/till(?=\s+(?:운영|개발|스테이징|prod|production|staging|stg|dev|development)(?![a-z]))/gi, 'to'],
  [/baleh|bale|areh/gi, 'yes'],
  [/zood|zud/gi, 'quickly'],
  // "restart nakon": Persian "don't", after the verb it takes back
  [/nakon/gi, 'do not do it'],
  [/eskale|escale/gi, 'scale'],
  [/estaging/gi, 'staging'],
  [/estatus/gi, 'status'],
  // "Can you restart it, or?": a question
  [/,?\s*or\s*\?/gi, '?'],
  // production in Swedish or Persian: spelled as the look-alike it is, asked about
  [/produktion\S*|prodmilj\S*|skarp\s+milj\S*|(?:mohit-e\s+)?tolid|perodakshen/gi, 'prodakshn'],
];

const MAY_HAVE_GREEK_OR_MONGOLIAN =
  /(?<![a-z'])(?:nai|ochi|entaxei|avrio|tora|parakal[oó]|grigora|perimene|efcharist[oó]|paragog[ií]|tiim|[üu]g[üu]i|za|margaash|odoo|hurdan|bayarlalaa|huleeh|khuleej|gol\s+orchin)(?![a-z])/i;
/** Greek and Mongolian engineers' English: their words for yes, no, now, tomorrow, please, wait, production. */
const GREEK_AND_MONGOLIAN: ReadonlyArray<readonly [RegExp, string]> = [
  [/nai(?:\s*,?\s*nai)*|tiim/gi, 'yes'],
  [/ochi(?:\s*,?\s*ochi)*|[üu]g[üu]i(?:\s*,?\s*[üu]g[üu]i)*/gi, 'no'],
  [/entaxei|za/gi, 'ok'],
  [/avrio|margaash/gi, 'tomorrow'],
  [/tora|odoo/gi, 'now'],
  [/parakal[oó]/gi, 'please'],
  [/grigora|hurdan/gi, 'quickly'],
  [/perimene|huleeh|khuleej(?:\s+bai)?/gi, 'wait'],
  [/efcharist[oó]|bayarlalaa/gi, 'thanks'],
  // production in Greek or Mongolian ("the main environment"): spelled as the look-alike it is, asked about
  [/paragog[ií]|gol\s+orchin/gi, 'prodakshn'],
];

const MAY_HAVE_HUNGARIAN_OR_HEBREW =
  /(?<![a-z'])(?:igen|nem|holnap|k[ée]rem|l[ée]gyszi|v[áa]rj|k[öo]szi|gyorsan|[ée]les\S*|mehet|bocs|beseder|yalla|achshav|machar|bevakasha|rega|toda|sababa|ha-production|ken(?=\s*[,.!]|$)|lo(?=\s*[,.!?]|\s+(?:lo|need|worry|rollback|restart|delete|deploy|scale)(?![a-z])))(?![a-z])/i;
/** Hungarian and Israeli engineers' English: their words for yes, no, please, wait, production. */
const HUNGARIAN_AND_HEBREW: ReadonlyArray<readonly [RegExp, string]> = [
  [/igen|ken(?=\s*[,.!]|\s*$)/gi, 'yes'],
  [
    /nem(?:\s*,?\s*nem)*|lo(?:\s*,?\s*lo)*(?=\s*[,.!?]|\s+(?:need|worry|rollback|restart|delete|deploy|scale)(?![a-z])|\s*$)/gi,
    'no',
  ],
  [/mehet/gi, 'go ahead'],
  [/bocs/gi, 'sorry'],
  [/holnap|machar/gi, 'tomorrow'],
  [/k[ée]rem|l[ée]gyszi|bevakasha/gi, 'please'],
  [/v[áa]rj|rega/gi, 'wait'],
  [/k[öo]szi|toda/gi, 'thanks'],
  [/gyorsan/gi, 'quickly'],
  [/achshav/gi, 'now'],
  [/beseder/gi, 'ok'],
  [/yalla/gi, 'go'],
  [/sababa/gi, ''],
  // production in Hungarian ("éles", "élesben", "éles környezet") or Hebrew English ("ha-production"): the
  // look-alike it is, asked about
  [/[ée]les\S*(?:\s+k[öo]rnyezet\S*)?|ha-production/gi, 'prodakshn'],
];

const MAY_HAVE_CZECH_OR_FINNISH =
  /(?<![\p{L}'])(?:ano(?=\s*,)|te[ďd]|hned|z[íi]tra|pros[íi]m|d[íi]ky|d[ěe]kuji|po[čc]kej|dob[řr]e|rychle|produkc\S*|ostr[ýy]\S*|joo|ei|nyt|heti|huomenna|kiitos|odota|selv[äa]|[äa]l[äa]|miksi|onko|tuotan\S*)(?![\p{L}])/iu;
/**
 * Czech and Finnish engineers' English: their words for yes, no, now, please, wait, production. "ano" (but "Ano, …") and "ne" alone
 * do not bring the table in: in Korean typed in Latin letters "ne" is 네 (yes).
 */
const CZECH_AND_FINNISH: ReadonlyArray<readonly [RegExp, string]> = [
  // "ano" is yes in Czech (not Korean 아뇨); "ne" is no (not 네)
  // Czech "…, ne." closing a sentence asks for agreement ("isn't it?"), no refusal
  [/(?<=,\s?)ne(?=\s*[.!]?\s*$)/gi, ''],
  [/ano|joo/gi, 'yes'],
  [
    /(?:ne|ei)(?:\s*,?\s*(?:ne|ei))*(?=\s*[,.!?]|\s+(?:need|worry|rollback|restart|delete|deploy|scale|redeploy|no)(?![a-z])|\s*$)/gi,
    'no',
  ],
  [/ei(?=\s+(?:\S+\s+){0,2}(?:needed|need))/gi, 'no'],
  [/[äa]l[äa]/gi, 'do not'],
  [/te[ďd]|hned|nyt|heti/gi, 'now'],
  [/rychle/gi, 'quickly'],
  [/z[íi]tra(?:\s+r[áa]no)?|huomenna(?:\s+aamulla)?/gi, 'tomorrow'],
  [/pros[íi]m/gi, 'please'],
  [/d[íi]ky|d[ěe]kuji|kiitos/gi, 'thanks'],
  [/po[čc]kej|odota/gi, 'wait'],
  [/dob[řr]e|selv[äa]/gi, 'ok'],
  [/miksi/gi, 'why'],
  [/onko/gi, 'is'],
  [/(?<=\S\s)ja(?=\s\S)/gi, 'and'],
  // production in Czech ("produkce", "ostrý provoz") or Finnish ("tuotanto", "tuotannossa"): the look-alike, asked
  [/produkc\S*|ostr[ýy]\S*(?:\s+provoz\S*)?|tuotan\S*/gi, 'prodakshn'],
];

const MAY_HAVE_SOUTH_AFRICAN_OR_WELSH =
  /(?<![a-z'])(?:now\s+now|now\s+in\s+a\s+minute|eish|lekker|bru|boet|howzit|sharp\s+sharp|ja\s+nee|tidy|lush|duw|by\s+there|there'?s\s+lovely|cynhyrchu|produksie|live-ish|iechyd|ie)(?![a-z])/i;
/**
 * South African and Welsh engineers' English: "now now", "just now" and "now in a minute" are later, not now ("just
 * now" only beside their other words: elsewhere it may be "right now" or "a moment ago"); their
 * words for yes, fine and there; production in Welsh ("cynhyrchu") or Afrikaans ("produksie"), or "live-ish".
 */
const SOUTH_AFRICAN_AND_WELSH: ReadonlyArray<readonly [RegExp, string]> = [
  [/now\s+in\s+a\s+minute|now\s+now|just\s+now/gi, 'later'],
  [/ja\s+nee/gi, 'hmm'],
  // Welsh "ie" opening an answer: yes
  [/(?<=^\s*)ie(?:\s*,?\s*ie)*(?=\s*[,.!]|\s*$)/gi, 'yes'],
  [/sharp\s+sharp/gi, 'ok'],
  [/eish|ag|bru|boet|lekker|duw(?:\s+duw)?|iechyd\s+da|there'?s\s+lovely|lush|tidy(?=\s*[,.!]|\s*$)/gi, ''],
  [/by\s+there/gi, 'there'],
  [/cynhyrchu|produksie|live-ish/gi, 'prodakshn'],
];

const MAY_HAVE_PATOIS_OR_URDU =
  /(?<![a-z'])(?:pon|di|nuh|soon\s+come|ya\s+man|gwaan|mi|yuh|seh|deh|dem|cyaan|likkle|irie|jaldi|abhi|kal|theek\s+hai|nahi|nahin|haan|zara|yaar|ruko|karo|kar\s+do|dikhao|wala|phir|mat|mein)(?![a-z])/i;
/**
 * Jamaican and Pakistani engineers' English: Patois ("nuh" = don't, "soon come" = later, "pon" = on) and Urdu words
 * ("abhi" = now, "kal" = tomorrow or yesterday — read as tomorrow, so an order with it waits —, "nahi" = no); production
 * as "di live one" or "asli wala" (the real one) is the look-alike it is, asked about.
 */
const PATOIS_AND_URDU: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:di|the)\s+live\s+one|asli\s+wala|production\s+wala|prod\s+wala/gi, 'prodakshn'],
  [/soon\s+come/gi, 'later'],
  [/ya\s+man|haan(?:\s+ji)?/gi, 'yes'],
  [/wah\s+gwaan|irie|yaar|bas(?=\s*[,.!]|\s*$)/gi, ''],
  [/gwaan/gi, 'go ahead'],
  [/nuh\s+badda/gi, 'never mind'],
  [/nuh\s+worry(?:\s+yuhself)?/gi, 'no worries'],
  // "restart kiya tha", "theek tha", "kuch nahi hua": told in the past
  [/(?:kiya|kia)\s+tha|kiya|kia/gi, 'was done'],
  [/theek\s+tha/gi, 'was fine'],
  [/tha|thi/gi, 'was'],
  [/nuh|cyaan/gi, "don't"],
  [/nahi(?:n)?(?:\s*,?\s*nahi(?:n)?)*/gi, 'no'],
  [/theek\s+hai/gi, 'ok'],
  [/jaldi(?:\s+jaldi)?/gi, 'quickly'],
  [/abhi/gi, 'now'],
  // "kal wala rollback theek tha", "kal raat restart kiya tha", "the restart kal did nothing": yesterday, told, when
  // its own clause says so; otherwise tomorrow (an order with it waits)
  [
    /kal(?='s|\s+(?:wala|ka|ki|ke|raat|subah)(?![a-z])|\s+(?:[^\s,.!?]+\s+){0,2}(?:tha|thi|hua|kiya|kia|gaya|did|was|were|had)(?![a-z]))/gi,
    'yesterday',
  ],
  [/kal/gi, 'tomorrow'],
  // "delete mat karo": don't
  [/(?<=\s)mat(?=\s+(?:karo|kar\s+do|karna|chhedo|karein))/gi, "don't"],
  [/ko|ka|ki|ke(?=\s)/gi, ''],
  [/mein/gi, 'in'],
  [/zara/gi, 'please'],
  [/ruko/gi, 'wait'],
  [/dikhao/gi, 'show'],
  [/karo|kar\s+do|kardo/gi, ''],
  [/pon|pe(?=\s+\d)/gi, 'on'],
  [/phir/gi, 'then'],
  [/di(?=\s)/gi, 'the'],
  [/deh(?=\s*[,.!?]|\s*$)/gi, 'there'],
  [/(?<=\s)a(?=\s+[a-z]+(?:in|ing)\b)/gi, 'is'],
  [/likkle/gi, 'little'],
];

const MAY_HAVE_UKRAINIAN_OR_KIWI =
  /(?<![a-z'])(?:tak|ni|zaraz|potim|zavtra|bud\s+laska|dyakuyu|shvydko|tam|te\s+same|chekai|skasuvaty|sweet\s+as|hard\s+out|nah\s+yeah|chur|ka\s+pai|kia\s+ora|munted|eh|bro|go\s+hard|tu\s+meke|choice|vyrobnytstv[a-z]*|prod-seredovyshche|pre-?live)(?![a-z])/i;
/**
 * A Ukrainian engineer's English (transliterated: "tak" = yes, "ni" = no, "zaraz" = now, "potim" / "zavtra" = later /
 * tomorrow, "tam" = there, "te same" = the same) and a New Zealander's ("sweet as", "hard out", "nah yeah" = yes,
 * "munted" = broken, "eh" closing a sentence softens it).
 */
const UKRAINIAN_AND_KIWI: ReadonlyArray<readonly [RegExp, string]> = [
  // production in Ukrainian, and a pre-live stage: look-alikes, asked about
  [/vyrobnytstv[a-z]*|prod-seredovyshche|pre-?live/gi, 'prodakshn'],
  [/nah\s+yeah|sweet\s+as|hard\s+out|ka\s+pai|tak(?:\s*,?\s*tak)*/gi, 'yes'],
  [/go\s+hard/gi, 'go ahead'],
  [/ni(?=\s*[,.!]|\s*$)/gi, 'no'],
  [/zaraz|shvydko/gi, 'now'],
  [/potim/gi, 'later'],
  [/zavtra/gi, 'tomorrow'],
  [/bud\s+laska/gi, 'please'],
  [/dyakuyu|chur|kia\s+ora|tu\s+meke|choice(?=\s*[,.!]|\s*$)|bro(?=\s*[,.!]|\s*$)/gi, ''],
  [/tam/gi, 'there'],
  [/te\s+same/gi, 'the same'],
  [/chekai/gi, 'wait'],
  [/skasuvaty/gi, 'cancel'],
  [/munted/gi, 'broken'],
  [/eh(?=\s*[,.!?]|\s*$)/gi, ''],
];

const MAY_HAVE_ROMANIAN_OR_GHANAIAN =
  /(?<![a-z'])(?:da|nu|acum|m[âa]ine|v[ăa]\s+rog|te\s+rog|gata|repede|mersi|stai|la\s+fel|acolo|anuleaz[ăa]|produc[țt]ie|chale|ei|herh|abi|paa|by\s+force|you\s+hear|make\s+you|i'?m\s+coming|small\s+small|live-live)(?![a-z])/i;
/**
 * A Romanian engineer's English ("da" = yes, "nu" = no, "acum" = now, "mâine" = tomorrow, "la fel" = the same, "acolo" =
 * there, "producție" a look-alike) and a Ghanaian's ("chale", "make you …" = please …, "I'm coming" = wait a moment,
 * "you hear?" a tag, "live-live" a look-alike).
 */
const ROMANIAN_AND_GHANAIAN: ReadonlyArray<readonly [RegExp, string]> = [
  [/produc[țt]ie|live-live/gi, 'prodakshn'],
  [/da(?:\s*,?\s*da)*(?=\s*[,.!]|\s*$)/gi, 'yes'],
  [/nu(?=\s*[,.!]|\s*$)/gi, 'no'],
  [/acum/gi, 'now'],
  [/m[âa]ine/gi, 'tomorrow'],
  [/v[ăa]\s+rog|te\s+rog/gi, 'please'],
  [/repede/gi, 'quickly'],
  [/mersi|chale|herh|abi|paa|ei(?=\s*[,.!]|\s*$)/gi, ''],
  [/stai|i'?m\s+coming/gi, 'wait'],
  [/la\s+fel/gi, 'the same'],
  [/acolo/gi, 'there'],
  [/anuleaz[ăa]/gi, 'cancel'],
  [/make\s+you/gi, 'please'],
  [/,?\s*you\s+hear(?=\s*[?.!]|\s*$)/gi, ''],
  [/by\s+force/gi, 'now'],
];

const MAY_HAVE_NEPALI_OR_SOUTHERN =
  /(?<![a-z'])(?:hajur|hoina|aba|bholi|pachi|garnus|pardaina|dhanyabad|ekchin|tyahi|usai|utpadan|y'all|fixin'?|directly|prahd|perduction|might\s+could)(?![a-z'])/i;
/**
 * A Nepali engineer's English ("hajur" = yes, "hoina" = no, "aba" = now, "bholi" / "pachi" = tomorrow / later,
 * "ekchin" = wait, "tyahi" = there, "usai" = the same; "utpadan" for production, a look-alike) and a US Southerner's
 * ("fixin' to" = about to, "I'll get to it directly" = later, "might could" = could, "prahd" a look-alike).
 */
const NEPALI_AND_SOUTHERN: ReadonlyArray<readonly [RegExp, string]> = [
  [/utpadan|prahd|perduction/gi, 'prodakshn'],
  [/hajur/gi, 'yes'],
  [/hoina(?=\s*[,.!]|\s*$)/gi, 'no'],
  [/aba/gi, 'now'],
  [/bholi/gi, 'tomorrow'],
  [/pachi|(?<=get\s+to\s+(?:it|that|them)\s+)directly/gi, 'later'],
  [/garnus|might\s+could/gi, 'please'],
  [/pardaina/gi, 'not needed'],
  [/dhanyabad|y'all/gi, ''],
  [/ekchin/gi, 'wait'],
  [/tyahi/gi, 'there'],
  [/usai/gi, 'the same'],
  [/fixin'?\s+to/gi, 'going to'],
];

const MAY_HAVE_CANTONESE_OR_CANADIAN =
  /(?<![a-z'])(?:hai|m\s+goi|faai\s+di|now\s+cannot|now\s+can'?t|add\s+oil|mo\s+need|la|lor|wor|ga|ah|give'?r|for\s+sure|not\s+a\s+chance|hold\s+'?er|'er|bud|can\s+can|tak\s+payah)(?![a-z'])/i;
/**
 * A Hong Kong engineer's English with Cantonese words ("hai" = yes, "m hai" = no, "hai mai" = is it?, "m goi" =
 * please, "faai di" = quickly, "now cannot" = not now, "mo need" = no need; la / lor / wor / ga / ah closing a
 * clause), a Canadian's ("give'r", "for sure" = yes, "not a chance, bud" = no, "hold 'er" = wait) and Manglish
 * ("can can" = yes, "tak payah" = no need).
 */
const CANTONESE_AND_CANADIAN: ReadonlyArray<readonly [RegExp, string]> = [
  [/add\s+oil|give'?r|(?<=\S\s*,?\s*)(?:la|lor|wor|ga|ah|bud)(?=\s*[,.!?]|\s*$)/gi, ''],
  [/m\s+hai(?=\s*[,.!]|\s*$)/gi, 'no'],
  [/hai\s+mai(?=\s*[,.!?]|\s*$)/gi, '?'],
  [/(?<=^|[,.!]\s*)hai(?:\s+hai)*(?=\s*[,.!]|\s*$)|can\s+can|for\s+sure(?=\s*[,.!]|\s*$)/gi, 'yes'],
  [/not\s+a\s+chance/gi, 'no'],
  [/m\s+goi/gi, 'please'],
  [/faai\s+di/gi, 'now'],
  [/now\s+cannot|now\s+can'?t/gi, 'not now'],
  [/mo\s+need|tak\s+payah/gi, 'no need'],
  [/hold\s+'?er/gi, 'wait'],
  [/(?<=\s)'er(?![a-z])/gi, 'it'],
];

const MAY_HAVE_ISLAND_OR_CITY_ENGLISH =
  /(?<![a-z'])(?:ane|machan|aiyo|put\s+(?:a|the|one)|can\s+do|innit|an'\s+all|t'[a-z]+|guv|bruv|cor\s+blimey|go\s+on\s+then|leave\s+it\s+out|have\s+a\s+butcher'?s|sound|boss|gis|our\s+kid|ta-?ra|sag(?:ging)?|doh|allyuh|jus'?\s+now|ent|eh-eh|is\s+true|steups|it\s+have)(?![a-z'])/i;
/**
 * A Sri Lankan engineer's English ("ane", "machan", "put a restart to X" = restart X, "can do" = yes), a Cockney's
 * ("innit", "guv", "go on then" = yes, "leave it out" = no, "have a butcher's at" = look at), a Scouser's ("sound" =
 * ok, "gis" = give me, "sag the …" = skip it) and a Trinidadian's ("doh" = don't, "jus now" = later, "…, ent?" a
 * tag question, "is true" = yes, "it have" = there is).
 */
const ISLAND_AND_CITY_ENGLISH: ReadonlyArray<readonly [RegExp, string]> = [
  [/put\s+(?:a|the|one)\s+(restart|rollback|redeploy|deploy)\s+(?:to|for|on|of)/gi, '$1'],
  [/(?<=^\s*)(?:can\s+do|go\s+on\s+then|is\s+true|sound)(?=\s*[,.!]|\s*$)/gi, 'yes'],
  [/leave\s+it\s+out/gi, 'no'],
  [/have\s+a\s+butcher'?s(?:\s+at)?/gi, 'look at'],
  [/gis/gi, 'give me'],
  [/sag(?:ging)?(?=\s+the)/gi, "don't do"],
  [/doh(?=\s+[a-z])/gi, "don't"],
  [/jus'?\s+now/gi, 'later'],
  [/,?\s*ent(?=\s*\?)/gi, ''],
  [/it\s+have/gi, 'there is'],
  [/ane|machan|aiyo|innit|guv|bruv|cor\s+blimey|boss|our\s+kid|ta-?ra|allyuh|eh-eh|steups/gi, ''],
  // Yorkshire "t'big mill": the big mill
  [/t'([a-z]+)/gi, 'the $1'],
  // "Production an' all": production too
  [/an'\s+all(?![a-z])/gi, 'too'],
];

const MAY_HAVE_RADIO_OR_BANGLA =
  /(?<![a-z'])(?:wilco|roger|affirmative|negative|sitrep|forthwith|in\s+due\s+course|so\s+ordered|granted|bet|say\s+less|ack|nack|hold\s+fire|as\s+you\s+were|over|out|real-world|downrange|theater|original\s+server|asol\s+server|ekhon|pore|hae|haan|kintu|dada|apu)(?![a-z'])/i;
/**
 * A US veteran's radio English ("wilco", "roger", "affirmative" = yes, "negative" = no, "hold fire"
 * = don't, "as you were" = cancel, "over" / "out" closing a message; the real-world, downrange or the theater for
 * production — look-alikes) and a Bangladeshi engineer's ("hae" / "haan" = yes, "ekhon" = now, "pore" = later,
 * "kintu" = but; the original or "asol" server — look-alikes).
 */
const RADIO_AND_BANGLA: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /real-world(?:\s+environment)?|downrange|(?<=(?:in|on|to|into)\s+(?:the\s+)?)theater|(?:original|asol)\s+server/gi,
    'prodakshn',
  ],
  [/(?<=^\s*)(?:wilco|affirmative|hae|haan)(?=\s*[,.!]|\s*$)/gi, 'yes'],
  // "roger" is "received", no "yes": it acknowledges what was said and runs nothing by itself ("Roger, copy all.")
  [/(?<=^\s*)roger(?:\s+that)?(?:,?\s+copy(?:\s+all)?)?(?=\s*[,.!]|\s*$)/gi, 'noted'],
  [/(?<=^\s*)negative(?=\s*[,.!]|\s*$)/gi, 'no'],
  [/as\s+you\s+were/gi, 'cancel that'],
  [/sitrep(?:\s+on)?/gi, 'status of'],
  [/forthwith/gi, 'now'],
  [/in\s+due\s+course/gi, 'later'],
  [/(?<=^\s*)(?:bet|say\s+less|ack)(?=\s*[,.!]|\s*$)/gi, 'yes'],
  [/(?<=^\s*)nack(?=\s*[,.!]|\s*$)/gi, 'no'],
  // a lawyer's yes, wherever a sentence of the answer says it ("Understood. So ordered, then.", "Granted; so ordered.")
  [
    /(?<=^\s*|[.;,]\s*)(?:so\s+ordered|granted|the\s+motion\s+is\s+granted)(?=\s*[,.;!]|\s*$)/gi,
    'yes, proceed',
  ],
  [/hold\s+fire(?:\s+on)?/gi, "don't"],
  [/ekhon/gi, 'now'],
  [/pore(?=\s*[,.!]|\s*$)/gi, 'later'],
  [/kintu/gi, 'but'],
  // "over" / "out" only closing the message, after its last sentence ("once the rush is over, …" is a time)
  [/(?<=[.!,]\s*)(?:over|out)(?=[.!]?\s*$)|(?<=\S\s*,?\s*)(?:dada|apu)(?=\s*[,.!]|\s*$)/gi, ''],
];

const MAY_HAVE_GEN_Z_OR_LEGAL =
  /(?<![a-z'])(?:no\s+cap|fr|yo|lowkey|highkey|deadass|ong|bestie|uwu|tho|bet|alive\s+or\s+nah|hereby|aforementioned|pursuant|counsel|shall\s+be|be\s+(?:restarted|deleted|redeployed|rolled\s+back)|furnish|produce|without\s+prejudice|upon\s+conclusion\s+of)(?![a-z'])/i;
/**
 * Gen-Z internet English ("no cap", "fr fr", "lowkey", "deadass" — emphasis, no word of the order; a closing "bet"
 * = ok) and a lawyer's ("it is hereby requested that X be restarted", "X shall be deleted" — an order
 * in the passive; "furnish" / "produce" = show; "without prejudice to …" = a remark; "upon conclusion of" = after).
 */
const UNREFUSED_PASSIVE = String.raw`(?<!\b(?:no|not|never|nor)\b[^.;]*)(?:shall\s+be|(?<=\bthat\b[^.;]*\s)be)\s+`;
const GEN_Z_AND_LEGAL: ReadonlyArray<readonly [RegExp, string]> = [
  // "X shall be restarted", "… requested that X be restarted": the order, said of its object (never after a "no",
  // "not" or "never" in its sentence: "under no circumstances shall X be deleted" refuses)
  [new RegExp(`${UNREFUSED_PASSIVE}restarted`, 'gi'), ': restart it'],
  [new RegExp(`${UNREFUSED_PASSIVE}deleted`, 'gi'), ': delete it'],
  [new RegExp(`${UNREFUSED_PASSIVE}redeployed`, 'gi'), ': redeploy it'],
  [new RegExp(`${UNREFUSED_PASSIVE}rolled\\s+back`, 'gi'), ': roll it back'],
  [/no\s+cap|fr(?:\s+fr)*|lowkey|highkey|deadass|ong|bestie|uwu/gi, ''],
  [/(?<=^\s*)yo(?=\s*,?\s+\S)/gi, ''],
  [/(?<=\S.*\s)tho(?=\s*[,.!]|\s*$)/gi, ''],
  [/(?<=\S.*\s)bet(?=\s*[.!]?\s*$)/gi, ''],
  [/alive\s+or\s+nah/gi, 'status'],
  [/(?:it\s+is\s+)?hereby\s+(?:requested|ordered|instructed|directed)\s+that\s+/gi, ''],
  [/hereby\s+/gi, ''],
  [/furnish|produce/gi, 'show'],
  // "…, without prejudice to any later release": a reservation of rights, no word of the order
  [/,?\s*without\s+prejudice(?:\s+to\b[^.;]*)?/gi, ''],
  [/upon\s+conclusion\s+of/gi, 'after'],
  [/the\s+aforementioned/gi, ''],
  // "Pursuant to my previous instruction, production as well.": the frame of a follow-up; "…, counsel." the addressee
  [/pursuant\s+to\s+my\s+(?:previous|prior|earlier|last)\s+instruction\s*,?/gi, ''],
  [/(?<=,\s*)counsel(?=[.!]?\s*$)/gi, ''],
];

/** Word tables of rounds 35–50 (Thai, Swahili, Swedish, Persian, Greek, Mongolian, Hungarian, Hebrew, Czech, Finnish, South African, Welsh, Jamaican, Pakistani, Ukrainian, New Zealand, Romanian, Ghanaian, Nepali, US Southern, Cantonese, Canadian, Sri Lankan, Cockney, Scouse, Trinidadian, US military radio, Bangladeshi, Gen-Z, a lawyer's), each with the test that it may apply. */
export const MORE_ENGLISHES = [
  [MAY_HAVE_THAI_OR_SWAHILI, THAI_AND_SWAHILI],
  [MAY_HAVE_SWEDISH_OR_PERSIAN, SWEDISH_AND_PERSIAN],
  [MAY_HAVE_GREEK_OR_MONGOLIAN, GREEK_AND_MONGOLIAN],
  [MAY_HAVE_HUNGARIAN_OR_HEBREW, HUNGARIAN_AND_HEBREW],
  [MAY_HAVE_CZECH_OR_FINNISH, CZECH_AND_FINNISH],
  [MAY_HAVE_SOUTH_AFRICAN_OR_WELSH, SOUTH_AFRICAN_AND_WELSH],
  [MAY_HAVE_PATOIS_OR_URDU, PATOIS_AND_URDU],
  [MAY_HAVE_UKRAINIAN_OR_KIWI, UKRAINIAN_AND_KIWI],
  [MAY_HAVE_ROMANIAN_OR_GHANAIAN, ROMANIAN_AND_GHANAIAN],
  [MAY_HAVE_NEPALI_OR_SOUTHERN, NEPALI_AND_SOUTHERN],
  [MAY_HAVE_CANTONESE_OR_CANADIAN, CANTONESE_AND_CANADIAN],
  [MAY_HAVE_ISLAND_OR_CITY_ENGLISH, ISLAND_AND_CITY_ENGLISH],
  [MAY_HAVE_RADIO_OR_BANGLA, RADIO_AND_BANGLA],
  [MAY_HAVE_GEN_Z_OR_LEGAL, GEN_Z_AND_LEGAL],
  [MAY_HAVE_STUDIO_STAGE_OR_STREET, STUDIO_STAGE_AND_STREET],
  [MAY_HAVE_PIDGIN, PIDGIN],
  [MAY_HAVE_CELLAR_OR_CARD_ROOM, CELLAR_AND_CARD_ROOM],
] as const;
