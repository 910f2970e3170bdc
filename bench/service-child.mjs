// The built service as a bench child process: configured by its environment, prints `READY <url>` once it
// listens on an ephemeral port of 127.0.0.1, drains and closes on SIGTERM (shutdown hooks).
import { createApp } from '../dist/app.factory.js';

const app = await createApp(process.env);
app.enableShutdownHooks();
await app.listen(0, '127.0.0.1');
console.log(`READY http://127.0.0.1:${app.getHttpServer().address().port}`);
