import type { ReadState } from './reader-state.js';
import type { EntityName } from './types.js';

/*
 * One value asked for and two given to the same key — "replicas=3 replicas=5", "--to-revision=12 --to-revision=11"
 * (blind round 212): which one is asked, never the first taken. Two versions side by side are EITHER_VERSION's
 * (`reader-images.ts`).
 */

/** A value given to a key, as on a command line, in key=value chat or JSON ("--replicas=4", "image.tag: 2.3.7", `"replicas": 4`). */
const KEYED_VALUE =
  /(?<![a-z-])(?:--)?(replicas|replicacount|replica-count|to-revision|revision|image\.tag|tag)["']?\s?[=:]\s?["']?([a-z0-9][a-z0-9._-]*)/g;
const ENTITY_OF_KEY: Readonly<Record<string, EntityName>> = {
  replicas: 'replicas',
  replicacount: 'replicas',
  'replica-count': 'replicas',
  'to-revision': 'revision',
  revision: 'revision',
  'image.tag': 'tag',
  tag: 'tag',
};

export function askValuesSaidTwice(s: ReadState): void {
  const given = new Map<EntityName, Set<string>>();
  for (const m of /[=:]/.test(s.lowered) ? s.lowered.matchAll(KEYED_VALUE) : []) {
    const entity = ENTITY_OF_KEY[m[1]];
    given.set(entity, (given.get(entity) ?? new Set()).add(m[2]));
  }
  const twice = [...given].filter(([, values]) => values.size > 1).map(([entity]) => entity);
  for (const entity of twice) {
    delete s.entities[entity];
    if (!s.unclear.includes(entity)) s.unclear.push(entity);
  }
}
