// CommonJS packages that require() ESM ones (@willsoto/nestjs-prometheus → @nestjs/common) hit jest's
// "require(esm) in a cycle" guard when the ESM package is still linking. Evaluating the ESM packages
// first, before the test's own import graph, lets those require() calls find them ready.
await import('@nestjs/common');
await import('@nestjs/core');
