import type { ReadState } from './reader-state.js';
import { NLP_ENVIRONMENTS } from './types.js';

/*
 * A deploy that names a place only as where the release comes from ("개발에 있는 worker 버전으로 올려", "deploy the dev
 * version of cart-api", "push the staging payment-svc up") or promotes to "the next stage": the place it goes to is
 * not said — which one is asked, never the source taken for the target nor the default (blind round 220).
 */
const PLACE_AS_SOURCE =
  /(?:개발|스테이징|운영|dev|stg|staging|prod)\s?(?:에|에서)\s?(?:있는|돌고\s?있는|떠\s?있는|올라가\s?있는|쓰는|쓰고\s?있는)\s?(?:[a-z0-9-]+\s?)?(?:의\s?)?(?:버전|거|것|걸|이미지|태그|빌드)|(?<![a-z])(?:the\s+)?(?:dev|development|staging|stg|prod|production)\s+(?:version|build|release|image)\s+of(?![a-z])|(?<![a-z])(?:version|build|release|image)\s+from\s+(?:dev|development|staging|stg)(?![a-z])|(?<![a-z])push\s+(?:the\s+)?(?:dev|development|staging|stg)\s+[a-z0-9-]+\s+up(?![a-z])/;
const NEXT_STAGE =
  /다음\s?(?:단계|스테이지|환경)(?:로|으로)|(?<![a-z])(?:to\s+the\s+next\s+(?:stage|environment|env)|one\s+(?:stage|step)\s+up)(?![a-z])/;

export function askTargetOfAPromotion(s: ReadState): void {
  if (s.intent !== 'deploy' || s.environmentAlternatives.length > 0) return;
  const hits = new Set(s.envHits.map((h) => h.env));
  const fromOnly = PLACE_AS_SOURCE.test(s.lowered) && hits.size <= 1;
  const noTarget = NEXT_STAGE.test(s.lowered) && hits.size === 0;
  if (fromOnly || noTarget) s.environmentAlternatives = [...NLP_ENVIRONMENTS];
}
