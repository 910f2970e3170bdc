import { UNKNOWN_INTENT } from './confidence.js';
import type { Reading } from './types.js';

/*
 * "운영 worker 메모리 2Gi로 올려 주세요", "bump worker memory to 2Gi on prod", "resources.limits.memory: 2Gi 로 올려": a
 * container's memory or CPU raised — no operation this service has (blind round 227). The verb that raises it ("올려",
 * "bump") is no deploy or scale: nothing is run, and no classifier fills one in.
 */
const RESOURCE_WORD =
  /메모리|(?<![a-z])(?:memory|ram|cpus?|vcpus?|heap)(?![a-z])|힙|리소스|resources?\.|limits\.|requests\./;
const RESOURCE_VALUE =
  /(?<![\w.])\d+(?:\.\d+)?\s?(?:gi|mi|gib|mib|gb|mb|기가|메가|코어|cores?|millicores?|m)(?![a-z])/;

export function withoutResourceChange(reading: Reading): Reading {
  const { intent, entities, text } = reading;
  if (intent !== 'deploy' && intent !== 'scale') return reading;
  if (entities.tag !== undefined || entities.replicas !== undefined) return reading;
  if (!RESOURCE_WORD.test(text) || !RESOURCE_VALUE.test(text)) return reading;
  return { ...reading, intent: 'unknown', confidence: UNKNOWN_INTENT, settled: true };
}
