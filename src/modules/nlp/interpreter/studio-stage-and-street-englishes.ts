/**
 * English as rounds 58–59's voices write it, in the standard forms the rules read: a Montréal engineer's Québécois
 * French ("stp", "asteure" = now, "tantôt" = later, "enweille", "pogné" = stuck, "restart pas X" = don't restart X), a
 * hotel concierge's deference ("if you please, sir"), a yoga teacher ("Beautiful. Flow into it." = yes), a game
 * streamer ("chat voted W. run it" = yes, "pog"), a noir detective ("Do it, kid." = yes, "Did it take?" = did it
 * work), a stage manager ("Cut that cue." = no), an auctioneer ("do I hear a yep? Yep!", "going once") and a Boston
 * mechanic ("restaht", "wicked", "heah").
 */
export const MAY_HAVE_STUDIO_STAGE_OR_STREET =
  /(?<![a-z'])(?:stp|asteure|enweille|tantôt|tantot|pogné|frette|tsé|faque|pis|icitte|tabarnak|pantoute|brisé|pas|ben|là|kid|pal|sweetheart|chat|pog|flow|breathe|gently|friends|beautiful|cue|yep|going\s+once|hey-bidda(?:-bidda)*|folks|wicked|restaht\w*|heah|fahst|guy|uptown|did\s+it\s+take|should|journal|every\s+deploy|nat\s+(?:20|1)|initiative)(?![a-z'])/i;

export const STUDIO_STAGE_AND_STREET: ReadonlyArray<readonly [RegExp, string]> = [
  // Québécois: colour, then the words that say something
  [/tabarnak|tsé|ben\s+là|là\s+là|enweille/gi, ''],
  [/stp/gi, 'please'],
  [/asteure/gi, 'now'],
  [/tantôt|tantot/gi, 'later'],
  [/pogné/gi, 'stuck'],
  [/frette/gi, 'frozen'],
  [/faque/gi, 'so'],
  [/pis(?=\s+[a-z])/gi, 'then'],
  [/icitte/gi, 'here'],
  [/pantoute/gi, 'at all'],
  [/c'est\s+brisé/gi, 'it is broken'],
  [/pas\s+pire/gi, 'not bad'],
  // "restart pas worker in prod": the French negation after the verb
  [/(restart|redeploy|deploy|delete|scale|roll\s+back|rollback)\s+pas(?=\s)/gi, "don't $1"],
  // the yoga teacher's yes ("Beautiful. Flow into it, gently.") and her colour
  [/flow\s+into\s+(?:it|that|the\s+[a-z]+)(?:\s+now)?/gi, 'go ahead'],
  [/breathe\s+in(?:\s*,?\s*and)?|gently|beautiful(?:\.\.\.|\.)?/gi, ''],
  [/(?<=,\s*)friends(?=\s*[.,!]|\s*$)/gi, ''],
  // the streamer: the chat's vote is the yes; "pog" and a "chat," addressed are colour
  [/(?:poll's\s+(?:closed|done)\s*[.,]?\s*)?chat\s+voted\s+w/gi, 'ok'],
  [/pog|(?<=^|[.!]\s*)chat(?=\s*,)/gi, ''],
  // "chat caught that lol": a laugh said to the stream, no app
  [/(?<=\bchat\b.*)lol|lol(?=.*\bchat\b)/gi, ''],
  // the detective: "kid", "pal", "sweetheart" addressed; "Did it take?" asks how it went
  [/(?<=,\s*)(?:kid|pal|sweetheart|guy)(?=\s*[.,!?—]|\s*$)/gi, ''],
  [/(?<=^|[.!]\s*)(?:kid|guy)(?=\s*,)/gi, ''],
  [/did\s+it\s+take/gi, 'did it work'],
  // the concierge's "…, and should the errors persist, roll it back": a condition, as "if" says it
  [/(?<=,\s*(?:and\s+)?)should(?=\s+(?:the|it|this|that|they|there|any)\s)/gi, 'if'],
  [/(?<=[a-z0-9]\s+)uptown/gi, 'on the main server'],
  // the Dungeon Master: the campaign journal is the history; a natural 20 is a yes, a natural 1 a no
  [
    /(?:the\s+)?campaign\s+journal|every\s+deploy(?:ment)?\s+(?=since|today|this)/gi,
    'the deployment history ',
  ],
  [/(?<=^\s*|[.!,]\s*)nat(?:ural)?\s+20[.!,]?(?:\s*(?:—|-|…)?\s*it\s+happens[.!]?)?/gi, 'go ahead'],
  [/(?<=^\s*|[.!]\s*)nat(?:ural)?\s+1[.!,]?(?:\s*it\s+fails[.!]?)?/gi, 'cancel'],
  [/roll\s+(?:for\s+)?initiative\s*,?\s*(?:then\s+)?/gi, ''],
  // the stage manager's no
  [/cut\s+that\s+cue/gi, 'cancel'],
  // the auctioneer's chant: no part of the order
  [
    /do\s+i\s+hear\s+a\s+yep\s*\?\s*yep\s*!?|hey-bidda(?:-bidda)*\s*,?|,?\s*going\s+once(?:\s*,\s*going\s+twice)?/gi,
    '',
  ],
  [/(?<=,\s*)folks(?=\s*[.,!]|\s*$)/gi, ''],
  // Boston
  [/restaht/gi, 'restart'],
  [/restahted/gi, 'restarted'],
  [/wicked/gi, 'very'],
  [/heah/gi, 'here'],
  [/fahst/gi, 'fast'],
];
