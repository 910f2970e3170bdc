// Trains the intent classifier once at build time and writes dist/modules/nlp/classifier/model.json, which
// the service loads at start instead of training (a model that does not match its data or code is ignored).
// Run by `npm run build` after the TypeScript compile.
import { readFileSync } from 'node:fs';

const dist = new URL('../dist/modules/nlp/classifier/', import.meta.url);
const { trainPrebuiltModel } = await import(new URL('prebuilt-model.js', dist).href);
const { INTENTS } = await import(new URL('../interpreter/types.js', dist).href);
const data = JSON.parse(readFileSync(new URL('training-data.json', dist), 'utf8'));
const examples = data.examples.filter((e) => INTENTS.includes(e.intent));
const { path, bytes, report } = trainPrebuiltModel(examples, data.knownApps);
console.log(
  `intent classifier trained in ${report.ms} ms on ${report.examples} examples → ${path} (${Math.round(bytes / 1024)} KiB)`,
);
