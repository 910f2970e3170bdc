import { STOP_WORDS } from './lexicon.js';
import { literally } from './literal-pattern.js';

const KO_ENDING =
  /(?:해\s?주세요|해\s?주실래요|해\s?줄래|해\s?줘요|해\s?줘|해\s?주라|해라|하자|해요|합시다|하세요|해|주세요|줄래|줘요|줘|ㄱㄱ|고고|좀|요)$/;
const PARTICLE_TOKEN = /^(?:을|를|이|가|은|는|에서|에|으로|로|의|도|에도|좀|한번|한\s?번|빨리|지금|당장)$/;

const appPatterns = new Map<string, RegExp>();
/** The app name as a whole word, compiled once per name (bounded: app names are few). */
function appPattern(app: string): RegExp {
  let re = appPatterns.get(app);
  if (!re) {
    re = new RegExp(`(?<![a-z0-9_.-])${literally(app)}(?![a-z0-9_.-])`, 'g');
    if (appPatterns.size < 1000) appPatterns.set(app, re);
  }
  return re;
}

/** What is left of a command once entities, particles and polite endings are gone: the learned-rule key. */
export function residueKey(masked: string, apps: string[]): string {
  let s = masked;
  for (const a of apps) s = s.replace(appPattern(a), ' ');
  const tokens: string[] = [];
  for (let tok of s.split(' ')) {
    if (!tok) continue;
    if (STOP_WORDS.has(tok) && !/^(?:deploy|restart|scale|status|logs?|delete|rollback|list|help)$/.test(tok))
      continue;
    for (let i = 0; i < 3; i++) tok = tok.replace(KO_ENDING, '');
    if (!tok || PARTICLE_TOKEN.test(tok) || /^\d+$/.test(tok)) continue;
    tokens.push(tok);
  }
  return tokens.join(' ');
}
