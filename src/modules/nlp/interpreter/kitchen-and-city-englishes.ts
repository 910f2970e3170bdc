/**
 * English as round 53's voices write it, in the standard forms the rules read: a kitchen brigade's calls ("Fire X
 * 2.0 to prod" = deploy, "Refire X" = restart — the same dish cooked again, "86 X on dev" = delete, "Yes chef" /
 * "heard" = ok, "behind!" a call to the line, no word of the order; "the dining room" / "FOH" for production — look-alikes)
 * and Brooklyn English ("fuggedaboutit" = forget it, "ain't nobody restartin' X" refuses, "whaddya", "youse",
 * "ya know", "go 'head" = go ahead, "the big show" for production — a look-alike).
 */

export const MAY_HAVE_KITCHEN_OR_BROOKLYN =
  /(?<![a-z'])(?:fire|refire|86|yes,?\s+chef|heard|behind|all\s+day|foh|dining\s+room|fuggedaboutit|fugg?etaboutit|ain'?t\s+nobody|nobody|whaddya|youse|ya\s+know|go\s+'?head|big\s+show|[a-z]+in')(?![a-z'])/i;

export const KITCHEN_AND_BROOKLYN: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<=(?:in|on|to|at|into|for)\s+)(?:the\s+)?(?:dining\s+room|foh|big\s+show)/gi, 'prodakshn'],
  // "Fire X 1.2 on staging": the order to cook it — a deploy; "refire" cooks it again — a restart
  [/(?<=^\s*|[.!;,]\s*|\band\s+)refire(?=\s+[a-z0-9-]+\s+(?:v?\d|on\s|to\s|in\s|for\s))/gi, 'restart'],
  [/(?<=^\s*|[.!;,]\s*|\band\s+)fire(?=\s+[a-z0-9-]+\s+(?:v?\d|on\s|to\s|in\s|for\s))/gi, 'deploy'],
  [/no\s+refire/gi, 'no restart'],
  // "86 it." while a plan waits: take it off the order — the no; "86 the auth-service on dev": take it off the menu
  [/(?<=^\s*)86\s+(?:it|that|this)(?=\s*[.!]?\s*$)/gi, 'cancel'],
  [/(?<=^\s*|[.!;,]\s*|\b(?:we|to|and)\s+)86(?:\s+the)?(?=\s+[a-z])/gi, 'delete'],
  [/(?<=^\s*)(?:yes,?\s+chef|heard)(?:,?\s+chef)?(?=\s*[,.!]|\s*$)/gi, 'ok'],
  [/(?<=\S\s*)[,.]?\s*(?:yes,?\s+chef|heard)(?=[.!]?\s*$)/gi, ''],
  [/(?<=\S\s*)[,.]?\s*behind!?(?=\s*$)/gi, ''],
  [/fuggedaboutit|fugg?etaboutit/gi, 'forget it'],
  // "Ain't nobody restartin' X", "nobody deletes the old counts": nobody is to do it — a refusal (not "nobody
  // deployed anything since noon": a report)
  [
    /(?:ain'?t\s+)?nobody(?:'s|\s+is)?(?=\s+(?:(?:re)?deploy(?:s|ing|in')?|restart(?:s|ing|in')?|roll(?:s|ing|in')?|(?:delet|scal|remov)(?:e|es|ing|in')|touch(?:es|ing|in')?)(?![a-z']))/gi,
    "don't",
  ],
  // "nobody's deletin' them": after the refusal above, the verb itself
  [/(?<=don't\s+)(restart|deploy|delet|scal|roll|remov)in'/gi, '$1'],
  [/(?<=don't\s+)(delet|scal|remov)(?=\s)/gi, '$1e'],
  [/(?<=don't\s+)(deploy|restart|delete|scale|remove)s(?=\s)/gi, '$1'],
  [/whaddya|whaddaya/gi, 'what are you'],
  [/youse/gi, 'you'],
  [/,?\s*ya\s+know,?/gi, ''],
  [/go\s+'?head/gi, 'go ahead'],
];
