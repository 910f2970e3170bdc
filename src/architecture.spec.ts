import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The direction of dependencies, read from the import statements of src/ (tests excluded):
 * `common`, `config` and `database` are the ground floor and import nothing from `modules`; no two module folders
 * depend on each other, directly or round a longer loop; and only the ground floor's config, database and logging
 * modules are `@Global()`, so every other dependency is an explicit import. The debt lists were paid off in issue 14
 * and stay empty: a new upward import or a new cycle fails here (cross-module side effects go through events).
 */
const KNOWN_UPWARD_IMPORTS = new Set<string>([]);
const KNOWN_CYCLES = new Set<string>([]);

const SRC = resolve(process.cwd(), 'src');
const GROUND_FLOOR = /^(common|config|database)\//;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** `modules/<name>` for a module's file, the top folder (`common`, `config`, `database`) otherwise. */
function areaOf(path: string): string {
  const parts = relative(SRC, path).split('/');
  if (parts[0] === 'modules') return `modules/${parts[1]}`;
  return parts.length > 1 ? parts[0] : 'root';
}

/** Every relative import of src/, as (file, imported file). */
function imports(): { from: string; to: string }[] {
  return sourceFiles(SRC).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/(?:import|export)\s[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => ({
      from: file,
      to: resolve(dirname(file), m[1]),
    }));
  });
}

/** Strongly connected groups of module folders with more than one member (Tarjan). */
function cycles(edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!));
    }
    if (low.get(node) === indices.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of edges.keys()) if (!indices.has(node)) visit(node);
  return groups;
}

describe('architecture: dependencies point one way', () => {
  const all = imports();

  it('common, config and database import nothing new from modules', () => {
    const upward = [
      ...new Set(
        all
          .filter(
            ({ from, to }) => GROUND_FLOOR.test(relative(SRC, from)) && areaOf(to).startsWith('modules/'),
          )
          .map(({ from, to }) => `${relative(SRC, from)} -> ${areaOf(to)}`),
      ),
    ];
    expect(upward.filter((i) => !KNOWN_UPWARD_IMPORTS.has(i))).toEqual([]);
    // a paid-off debt is struck from the list, so it cannot come back unnoticed
    expect([...KNOWN_UPWARD_IMPORTS].filter((i) => !upward.includes(i))).toEqual([]);
  });

  it('NLP reaches outside services through common/resilience, not through mcp-external', () => {
    const nlpToExternal = all.filter(
      ({ from, to }) => areaOf(from) === 'modules/nlp' && areaOf(to) === 'modules/mcp-external',
    );
    expect(nlpToExternal.map(({ from }) => relative(SRC, from))).toEqual([]);
  });

  it('@Global() only for the config, database and logging modules', () => {
    const globals = sourceFiles(SRC)
      .filter((file) => /^@Global\(\)/m.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file))
      .sort();
    expect(globals).toEqual([
      'common/logging/logging.module.ts',
      'config/config.module.ts',
      'database/database.module.ts',
    ]);
  });

  it('every config class is loaded the one way: listed in MODULE_CONFIGS for AppConfigModule.forRoot', () => {
    const listed = /MODULE_CONFIGS[^=]*=\s*\[([^\]]*)\]/.exec(
      readFileSync(join(SRC, 'app.module.ts'), 'utf8'),
    );
    const names = new Set((listed?.[1] ?? '').split(',').map((name) => name.trim()));
    const configClasses = sourceFiles(SRC)
      .filter((file) => file.endsWith('.config.ts') && !relative(SRC, file).startsWith('config/'))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/export class (\w+Config)\b/g)].map((m) => m[1]),
      );
    expect(configClasses.length).toBeGreaterThan(5);
    expect(configClasses.filter((name) => !names.has(name))).toEqual([]);
  });

  it('no new cycle between module folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, to } of all) {
      const a = areaOf(from);
      const b = areaOf(to);
      if (a === b || !a.startsWith('modules/') || !b.startsWith('modules/')) continue;
      edges.set(a, (edges.get(a) ?? new Set()).add(b));
    }
    const found = cycles(edges).map((group) => group.join(' ⇄ '));
    expect(found.filter((c) => !KNOWN_CYCLES.has(c))).toEqual([]);
    expect([...KNOWN_CYCLES].filter((c) => !found.includes(c))).toEqual([]);
  });
});
