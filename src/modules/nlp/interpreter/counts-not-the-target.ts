import type { ReadState } from './reader-state.js';

/*
 * Counts a scale message says that are not the deployment's replica count (blind round 222): a count for each zone or
 * region ("존마다 3개씩", "2 per AZ", "서울 리전과 부산 리전에 각각 4개씩") — the deployment's total is asked unless the
 * message says it ("합쳐서 8개로", "8 in total") — and the pods running now told beside the count it goes to ("all 6
 * worker pods on prod are pegged, scale it to 12") — which one is meant, asked, as README's "all 6 pods … scale to 12".
 */
const PER_PLACE =
  /(?:가용\s?영역|영역|존|리전|노드|데이터\s?센터|(?<![a-z])(?:zone|az|region|node|rack))\s?(?:마다|별로|별|당|에\s?각각)|각\s?(?:가용\s?영역|영역|존|리전|노드)|(?<![a-z])(?:per|each|every)\s+(?:availability\s+)?(?:zone|az|region|node|rack|datacenter|dc)s?(?![a-z])/;
/** The total said beside counts per place: "합쳐서 8개로", "총 8개", "8 in total", "a total of 8". */
const TOTAL =
  /(?:합쳐서|합계|총|전체)\s?(\d+)\s?(?:개|대)?|(?<![\w.])(\d+)\s+(?:(?:replicas?|pods?)\s+)?(?:in\s+total|total|altogether|overall)(?![a-z])|(?<![a-z])(?:a\s+)?total\s+of\s+(\d+)(?![\d.])/;
/** "all 6 worker pods", "those 2 api-server pods": a count of the pods there are, not marked as the old one. */
const PODS_THERE_ARE =
  /(?<![a-z])(?:all|those|these|the|our|its|their)\s+(\d+)\s+(?:[a-z][\w-]*\s+)?(?:pods?|replicas?|instances?)(?![a-z])/;

export function askCountsNotTheTarget(s: ReadState): void {
  if (s.intent !== 'scale' || s.entities.replicas === undefined) return;
  if (PER_PLACE.test(s.lowered)) {
    const total = TOTAL.exec(s.lowered);
    if (total) {
      s.entities.replicas = Number(total[1] ?? total[2] ?? total[3]);
      s.unclear = s.unclear.filter((k) => k !== 'replicas');
      return;
    }
    askReplicas(s);
    return;
  }
  const there = PODS_THERE_ARE.exec(s.lowered);
  if (there && Number(there[1]) !== s.entities.replicas) askReplicas(s);
}

function askReplicas(s: ReadState): void {
  delete s.entities.replicas;
  if (!s.unclear.includes('replicas')) s.unclear.push('replicas');
}
