/**
 * "운영 파드 order-api-6c9f7d-k2v8p 로그", "logs for cart-api-5d8b7f-hq4zn on stg": a pod's name is its app's name,
 * a ReplicaSet hash and a pod suffix (blind round 137) — read as the app when the app is registered, for a read only:
 * "delete worker-7b6d5c-m8t2r" deletes one pod, not the app, and stays asked about.
 */
import { CHANGE_PATTERNS } from './safety-words.js';

const POD_NAME = /(?<![\w.-])([a-z][a-z0-9-]*?)(-[a-z0-9]{6,10})?-([a-z0-9]{5})(?![\w.-])/g;
const HAS_DIGIT = /\d/;

export function withPodNamesAsApps(text: string, knownApps: ReadonlySet<string>): string {
  if (!text.includes('-')) return text;
  const read = text.replace(POD_NAME, (pod, app: string, hash: string | undefined, suffix: string) =>
    knownApps.has(app) && HAS_DIGIT.test(`${hash ?? ''}${suffix}`) ? app : pod,
  );
  // the change patterns are costly: looked at only when a pod was named (most commands name none)
  return read !== text && ![...CHANGE_PATTERNS.values()].some((re) => re.test(text)) ? read : text;
}
