// NlpService.interpret in process (run: node bench/interpret-service.bench.mjs after npm run build): CPU µs
// per call of what POST /api/v1/nlp/interpret does besides HTTP — the session's turns, rules and app names,
// the interpreter and classifier, recording the turn through the write-behind queue — on a temp SQLite
// file, the corpus' commands over 50 sessions, one call at a time. And the conversation read alone
// (NlpRepository.contextTurns). BENCH_BEFORE_DIST=/path/to/other/dist measures another build in a child
// process too, alternating, for before/after in one run. Knobs: BENCH_CALLS (3000), BENCH_ROUNDS (2).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const self = new URL(import.meta.url).pathname;
const CALLS = Number(process.env.BENCH_CALLS ?? 3000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const corpus = JSON.parse(readFileSync(new URL('../test/fixtures/nlp-corpus.json', import.meta.url), 'utf8'));
const commands = corpus.cases.map((c) => c.command);

if (process.argv[2] === '--measure') await measure(process.argv[3]);
else {
  const builds = [
    ['after', new URL('../dist/', import.meta.url).pathname],
    ...(process.env.BENCH_BEFORE_DIST ? [['before', process.env.BENCH_BEFORE_DIST]] : []),
  ];
  const results = Object.fromEntries(builds.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const [name, dist] of round % 2 ? [...builds].reverse() : builds)
      results[name].push(
        JSON.parse(execFileSync(process.execPath, [self, '--measure', dist], { encoding: 'utf8' })),
      );
  console.log(
    `\n== NlpService.interpret in process, SQLite, ${CALLS} calls × ${ROUNDS} rounds (after as many warm-up calls) ==`,
  );
  for (const [name, runs] of Object.entries(results))
    console.log(
      `${name.padEnd(7)} interpret ${runs.map((r) => r.interpret.toFixed(0)).join(' · ')} µs CPU/call   ` +
        `conversation read ${runs.map((r) => r.turns.toFixed(1)).join(' · ')} µs CPU/call`,
    );
}

async function measure(dist) {
  const base = pathToFileURL(`${dist.replace(/\/+$/, '')}/`);
  const dir = mkdtempSync(join(tmpdir(), 'klepaas-bench-interpret-service-'));
  Object.assign(process.env, {
    KLEPAAS_ENV: 'test',
    KLEPAAS_AUTH_MODE: 'header',
    KLEPAAS_LOG_LEVEL: 'silent',
    KLEPAAS_NLP_KNOWN_APPS: corpus.knownApps.join(','),
    KLEPAAS_DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
  });
  const { createApp } = await import(new URL('app.factory.js', base).href);
  const { NlpService } = await import(new URL('modules/nlp/nlp.service.js', base).href);
  const { NlpRepository } = await import(new URL('modules/nlp/nlp.repository.js', base).href);
  const app = await createApp(process.env);
  await app.init();
  const nlp = app.get(NlpService);
  const repository = app.get(NlpRepository);
  const principal = { userId: 'bench', scopes: ['nlp:read'] };
  const since = new Date(Date.now() - 3_600_000).toISOString();
  // the build before the cache has no contextTurns: its command read the conversation through turns()
  const read = (repository.contextTurns ?? repository.turns).bind(repository);
  const cpuPerCall = async (fn) => {
    for (let i = 0; i < CALLS; i++) await fn(i);
    const c0 = process.cpuUsage();
    for (let i = 0; i < CALLS; i++) await fn(i);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / CALLS;
  };
  const interpret = await cpuPerCall((i) =>
    nlp.interpret(principal, { command: commands[i % commands.length], sessionId: `bench-${i % 50}` }),
  );
  const turns = await cpuPerCall((i) => read(`bench-${i % 50}`, 'bench', 6, since));
  await app.close();
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ interpret, turns }));
}
