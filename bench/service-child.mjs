// The built service as a bench child process: configured by its environment, prints `READY <url>` once it
// listens on an ephemeral port of 127.0.0.1, drains and closes on SIGTERM (shutdown hooks).
// BENCH_SERVICE_DIST runs another build (e.g. main's dist/) for before/after comparisons.
import { pathToFileURL } from 'node:url';

const dist = process.env.BENCH_SERVICE_DIST
  ? pathToFileURL(`${process.env.BENCH_SERVICE_DIST.replace(/\/+$/, '')}/`)
  : new URL('../dist/', import.meta.url);
const { createApp } = await import(new URL('app.factory.js', dist).href);
const app = await createApp(process.env);
app.enableShutdownHooks();
await app.listen(0, '127.0.0.1');
console.log(`READY http://127.0.0.1:${app.getHttpServer().address().port}`);
