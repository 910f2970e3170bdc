import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DESTRUCTIVE_RULE_TEXT, OPERATIONS } from './deployments.contract.js';

/**
 * README speaks the contract's vocabulary: wherever it states the destructive rule or lists the operations, it
 * says what the code says, so a change to the contract fails here until the README follows.
 */
describe("README's words for operations and the destructive rule", () => {
  const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8').replace(/\s+/g, ' ');

  it('states the destructive rule only as DESTRUCTIVE_RULE_TEXT', () => {
    const statements = readme.match(/anything in production[^.;—)]*/g) ?? [];
    expect(statements.length).toBeGreaterThanOrEqual(3);
    for (const s of statements) expect(s.startsWith(DESTRUCTIVE_RULE_TEXT)).toBe(true);
  });

  it('lists the operations as OPERATIONS, in order', () => {
    const lists = [
      ...(readme.match(/\bdeploy, scale, [a-z, ]+/g) ?? []),
      ...(readme.match(/`deploy`, `scale`, [`a-z, ]+/g) ?? []).map((l) => l.replace(/`/g, '')),
    ].map((l) =>
      l
        .split(',')
        .map((w) => w.trim())
        .filter((w) => (OPERATIONS as readonly string[]).includes(w)),
    );
    expect(lists.length).toBeGreaterThanOrEqual(3);
    for (const l of lists) expect(l).toEqual([...OPERATIONS]);
  });
});
