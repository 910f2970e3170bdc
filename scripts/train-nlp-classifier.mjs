// Trains the intent classifier once at build time and writes dist/modules/nlp/classifier/model.json, which
// the service loads at start instead of training (a model that does not match its data or code is ignored).
// Run by `npm run build` after the TypeScript compile.
const { trainPrebuiltModel } = await import(
  new URL('../dist/modules/nlp/classifier/prebuilt-model.js', import.meta.url).href
);
const { path, bytes, report } = trainPrebuiltModel();
console.log(
  `intent classifier trained in ${report.ms} ms on ${report.examples} examples → ${path} (${Math.round(bytes / 1024)} KiB)`,
);
