/**
 * English as round 52's stage voices write it, in the standard forms the rules read: Yoda's inverted order ("The
 * worker, redeploy on staging you must.", "Restart it we will not.") and Early Modern English ("Prithee, scale X
 * unto seven", "thou", "'tis", "on the morrow" = tomorrow, "anon" = later, "How fareth X?" = how is X doing).
 */

export const MAY_HAVE_YODA_OR_SHAKESPEARE =
  /(?<![a-z'])(?:you\s+must|you\s+will|yes,\s+yes|hmm+|prithee|thee|thou|thy|thine|'tis|hath|doth|dost|fareth|morrow|anon|unto|forsooth|good\s+(?:sir|madam)|i\s+bid|i\s+charge|needful|ere|lay\s+before|manner\s+of|still\s+live|front\s*lines?|globe|aye|hold\s+(?:thy|your)\s+hand|hie)(?![a-z'])/i;

export const YODA_AND_SHAKESPEARE: ReadonlyArray<readonly [RegExp, string]> = [
  // "…, deploy you must.", "restart on staging you will": the order, its subject after it
  [/(?<=\S\s+)you\s+(?:must|will)(?=\s*[.,!;]|\s*$)/gi, ''],
  // "…, to production you will deploy": the subject before the verb
  [
    /you\s+(?:must|will)(?=\s+(?:deploy|redeploy|restart|roll|delete|remove|scale|ship|release)(?![a-z]))/gi,
    '',
  ],
  [/(?<=[.!]\s*|^\s*)(?:yes,\s+yes|hmm+)[.!]?(?=\s|$)/gi, ''],
  [/(?<=\S[,.]?\s+)(?:yes,\s+yes|hmm+)(?=[.!]?\s*$)/gi, ''],
  // "on the front lines", "upon the Globe" (the theatre's main stage): production said another way — a look-alike
  [/(?<=(?:in|on|upon|to|at|into|unto)\s+)the\s+(?:front\s*lines?|globe)/gi, 'prodakshn'],
  [/(?<=^\s*)(?:aye)(?=\s*[,.!;]|\s*$)/gi, 'yes'],
  [/hold\s+(?:thy|your)\s+hand/gi, 'stop'],
  [/hie\s+(?:thee|you)\s+(?:to\s+\S+\s+and\s+)?/gi, ''],
  [/(?<=^\s*|[.!]\s*)do\s+it(?:\s+now)?,\s+you\s+will/gi, 'do it'],
  [/prithee|i\s+(?:bid|charge|pray)\s+(?:thee|you)|good\s+(?:sir|madam)|forsooth/gi, 'please'],
  [/'tis\s+not\s+needful/gi, 'it is not needed'],
  [/'tis/gi, 'it is'],
  [/(?:up)?on\s+the\s+morrow|the\s+morrow|tomorrow\s+morn/gi, 'tomorrow'],
  [/anon/gi, 'later'],
  [/ere\s+long/gi, 'soon'],
  [/how\s+fareth|how\s+doth/gi, 'how is'],
  [/fareth/gi, 'is doing'],
  [/doth|dost/gi, 'does'],
  [/hath/gi, 'has'],
  [/thee|thou/gi, 'you'],
  [/thy|thine/gi, 'your'],
  [/unto/gi, 'to'],
  [/lay\s+before\s+me/gi, 'show me'],
  [/the\s+record(?=\s+of\s+(?:all\s+)?deployments)/gi, 'the history'],
  [/teach\s+me\s+the\s+manner\s+of\s+(?:thy|your)\s+use/gi, 'help'],
  [/still\s+live(?=\s*\?)/gi, 'still running'],
];
