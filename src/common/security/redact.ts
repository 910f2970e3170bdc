/**
 * One definition of "this is a secret", by name and by value, for the audit log, the JSON log, app
 * environment variables and anything shown back to users.
 */
export const REDACTED = '[REDACTED]';

/** Names that hold a secret wherever they appear in a key (any case, any spelling). */
const SECRET_SUBSTRING =
  /(password|passwd|passphrase|secret|token|private[-_]?key|api[-_]?key|access[-_]?key|authorization|credential|cookie|signature)/i;
/** Short words that are secrets only as a whole word of the name (`DB_PASS`, `X-Auth`, `SSH_KEY`, not `author`). */
const SECRET_WORDS = new Set(['pass', 'pwd', 'pw', 'dsn', 'jwt', 'bearer', 'otp', 'sig', 'oauth']);
/** Words that are secrets as the last word of a name (`apiKey`, `basic_auth`), not as a prefix (`keyId`, `authMode`). */
const SECRET_LAST_WORDS = new Set(['key', 'auth']);

/** `DB_PASS` → [db, pass]; `apiKey` → [api, key]; `x-hub-signature-256` → [x, hub, signature, 256]. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Names already judged (a request's keys are mostly the same few): bounded, dropped whole when full. */
const judgedKeys = new Map<string, boolean>();
const JUDGED_KEYS_MAX = 2_000;

export function isSecretKey(key: string): boolean {
  let secret = judgedKeys.get(key);
  if (secret === undefined) {
    secret = judgeKey(key);
    if (judgedKeys.size >= JUDGED_KEYS_MAX) judgedKeys.clear();
    judgedKeys.set(key, secret);
  }
  return secret;
}

function judgeKey(key: string): boolean {
  if (SECRET_SUBSTRING.test(key)) return true;
  const w = words(key);
  return w.some((x) => SECRET_WORDS.has(x)) || (w.length > 0 && SECRET_LAST_WORDS.has(w[w.length - 1]));
}

/** Credentials recognisable by their value alone, each with how to mask it. */
const VALUE_PATTERNS: [RegExp, (mask: string, ...groups: string[]) => string][] = [
  // scheme://user:password@host and scheme://token@host
  [
    /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@:"'<>]*)(:[^\s/?#@"'<>]*)?@/gi,
    (mask, scheme, user, password) => (password ? `${scheme}${user}:${mask}@` : `${scheme}${mask}@`),
  ],
  // ?access_token=…, &key=…, #token=… — a query or fragment parameter with a secret name
  [
    /([?&#;])([^=&#\s"'<>]+)=([^&#\s"'<>]+)/g,
    (mask, sep, name, value) => `${sep}${name}=${isSecretKey(name) ? mask : value}`,
  ],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, (mask, scheme) => `${scheme} ${mask}`],
  // DB_PASS=hunter2, "token: abc" — an assignment to a secret name in free text
  [
    /(^|[\s,;{("'])([A-Za-z_][\w.-]*)("?\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s,;&)}"']+)/g,
    (mask, lead, name, op, value) => `${lead}${name}${op}${isSecretKey(name) ? mask : value}`,
  ],
  // GitHub, Slack, OpenAI/Anthropic, AWS access key ids, JWTs, PEM private keys
  [/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_\w{20,})/g, (mask) => mask],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/g, (mask) => mask],
  [/\bsk-[A-Za-z0-9_-]{20,}/g, (mask) => mask],
  [/\bAKIA[0-9A-Z]{16}\b/g, (mask) => mask],
  [/\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]{5,}/g, (mask) => mask],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, (mask) => mask],
];

/**
 * What every pattern above needs somewhere in the text (a superset: `://`, a name's `=` and `:` all
 * hold one of `=:`; the rest are the patterns' literal starts, any case): text without any of it is
 * left as it is, without running the ten patterns (an ordinary command or name has none).
 */
const MAY_HOLD_SECRET = /[=:]|b(?:earer|asic)|gh[pousr]_|github_pat_|xox|sk-|akia|eyj|-----begin/i;

/** `text` with every recognisable credential replaced by `mask` (names and structure kept). */
export function maskSecretsInText(text: string, mask = REDACTED): string {
  if (!MAY_HOLD_SECRET.test(text)) return text;
  let out = text;
  for (const [pattern, replace] of VALUE_PATTERNS)
    out = out.replace(pattern, (_match, ...groups: unknown[]) =>
      replace(
        mask,
        ...groups.filter((g): g is string => typeof g === 'string' || g === undefined).map((g) => g ?? ''),
      ),
    );
  return out;
}

/** Whether `text` holds a credential by value (a URL with userinfo, a secret query parameter, a token, …). */
export function containsSecret(text: string): boolean {
  return maskSecretsInText(text, '\u0000') !== text;
}

/**
 * Deep copy with every secret-named key's value replaced and every credential inside a string masked;
 * cycles and depth are bounded.
 */
export function redact<T>(value: T, depth = 0, seen = new WeakSet<object>()): T {
  if (typeof value === 'string') return maskSecretsInText(value) as unknown as T;
  if (value === null || typeof value !== 'object') return value;
  if (depth > 12 || seen.has(value as object)) return '[…]' as unknown as T;
  seen.add(value as object);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1, seen)) as unknown as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] =
      isSecretKey(k) && v !== null && v !== undefined && v !== '' ? REDACTED : redact(v, depth + 1, seen);
  }
  return out as T;
}
