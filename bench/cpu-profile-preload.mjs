// Preloaded into the service by bench/profile.bench.mjs (`node --import`): the first SIGWINCH starts V8's
// CPU profiler (not SIGUSR2: Nest's shutdown hooks take that one), the second stops it and writes the profile to $KLEPAAS_CPU_PROFILE, so the profile
// covers only the load window (not start-up or warm-up). `node --cpu-prof` would profile the whole
// process and only writes on a normal exit.
import { renameSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

const session = new Session();
session.connect();
let running = false;
process.on('SIGWINCH', async () => {
  if (!running) {
    running = true;
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 }); // µs
    await session.post('Profiler.start');
    process.stdout.write('PROFILING\n');
    return;
  }
  running = false;
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(`${process.env.KLEPAAS_CPU_PROFILE}.tmp`, JSON.stringify(profile));
  renameSync(`${process.env.KLEPAAS_CPU_PROFILE}.tmp`, process.env.KLEPAAS_CPU_PROFILE);
  process.stdout.write('PROFILED\n');
});
