// The offline interpreter of two builds side by side (run: BENCH_BEFORE_DIST=/path/to/other/dist npm run
// bench:nlp-ab): rules + classifier + combine over the corpus' commands, both builds loaded in one process and
// alternated round by round, CPU µs per call — the cost of a change to the rules, with the host's noise shared by
// both. Prints each round and the median ratio (this build's speed as a share of the other's). Knobs: BENCH_CALLS
// (15000 per build and round), BENCH_ROUNDS (6).
import { readFileSync } from 'node:fs';

const CALLS = Number(process.env.BENCH_CALLS ?? 15000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const before = process.env.BENCH_BEFORE_DIST;
if (!before) {
  console.error('BENCH_BEFORE_DIST=/path/to/other/dist is required (the build to compare against)');
  process.exit(2);
}
const corpus = JSON.parse(readFileSync(new URL('../test/fixtures/nlp-corpus.json', import.meta.url), 'utf8'));
const commands = corpus.cases.map((c) => c.command);

/** One build's interpreter: its rules, its classifier trained on its own training data, its combine. */
async function interpreterOf(dist) {
  const { readCommand } = await import(`${dist}/modules/nlp/interpreter/interpreter.js`);
  const { classifierInput, combine } = await import(`${dist}/modules/nlp/classifier/combine.js`);
  const { IntentClassifier } = await import(`${dist}/modules/nlp/classifier/intent-classifier.js`);
  const data = JSON.parse(readFileSync(`${dist}/modules/nlp/classifier/training-data.json`, 'utf8'));
  const classifier = new IntentClassifier();
  classifier.train(data.examples, data.knownApps);
  const known = new Set(data.knownApps);
  const options = { knownApps: data.knownApps, defaultEnvironment: 'staging' };
  return (command) => {
    const reading = readCommand(command, known);
    return combine(reading, classifier.classify(classifierInput(command, reading)), options);
  };
}

/** CPU µs per call; every seventh command varied by a space so that no reader's memo of recent texts answers it. */
function cpuPerCall(interpret, offset) {
  const start = process.cpuUsage();
  for (let i = 0; i < CALLS; i++)
    interpret(commands[(i + offset) % commands.length] + (i % 7 === 0 ? ' ' : ''));
  const used = process.cpuUsage(start);
  return (used.user + used.system) / CALLS;
}

const after = await interpreterOf(new URL('../dist', import.meta.url).pathname);
const other = await interpreterOf(before);
cpuPerCall(other, 0);
cpuPerCall(after, 0);
const ratios = [];
for (let round = 0; round < ROUNDS; round++) {
  const offset = round * 1000;
  const [b, a] =
    round % 2
      ? [cpuPerCall(other, offset), cpuPerCall(after, offset)].reverse()
      : [cpuPerCall(other, offset), cpuPerCall(after, offset)];
  ratios.push(b / a);
  console.log(
    `round ${round}: before ${b.toFixed(0)} µs, after ${a.toFixed(0)} µs per call → after's speed ${(b / a).toFixed(3)}`,
  );
}
ratios.sort((x, y) => x - y);
const mid = ratios.length / 2;
const median = ratios.length % 2 ? ratios[Math.floor(mid)] : (ratios[mid - 1] + ratios[mid]) / 2;
console.log(
  `\n== offline interpreter, this build against ${before} ==\nmedian speed ${median.toFixed(3)} of the other build (rounds ${ratios[0].toFixed(2)}–${ratios.at(-1).toFixed(2)})`,
);
