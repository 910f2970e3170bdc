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

/**
 * "update the configmap of api-server", "batch-job의 PVC를 삭제해", "delete the old secret of auth-service": a
 * Kubernetes object beside the app changed or removed — no operation of ours on the app (blind round 253).
 */
const OBJECT_BESIDE_THE_APP =
  /(?<![a-z])(?:config\s?maps?|secrets?|pvcs?|persistent\s?volume\s?claims?|ingress(?:es)?|certificates?|certs?|env\s+vars?)(?![a-z])|컨피그\s?맵|시크릿|인그레스|인증서|환경\s?변수/;
const CHANGED_OR_REMOVED =
  /(?<![a-z])(?:update|change|edit|patch|rotate|renew|delete|remove|drop|clear)(?![a-z])|(?:수정|변경|갱신|교체|삭제)(?!했|하고|하니|한\s|된|됐)|고쳐|지워|지우/;

export function withoutResourceChange(reading: Reading): Reading {
  const { intent, entities, text } = reading;
  if (
    (intent === 'deploy' || intent === 'delete') &&
    entities.tag === undefined &&
    OBJECT_BESIDE_THE_APP.test(text) &&
    CHANGED_OR_REMOVED.test(text) &&
    !/[,.;]\s|\s(?:and|then|고)\s|하고\s|고\s/.test(text)
  )
    return { ...reading, intent: 'unknown', confidence: UNKNOWN_INTENT, settled: true };
  if (intent !== 'deploy' && intent !== 'scale') return reading;
  if (entities.tag !== undefined || entities.replicas !== undefined) return reading;
  if (!RESOURCE_WORD.test(text) || !RESOURCE_VALUE.test(text)) return reading;
  return { ...reading, intent: 'unknown', confidence: UNKNOWN_INTENT, settled: true };
}
