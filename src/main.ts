import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { releaseStartupMemory } from './common/memory/release-startup-memory.js';
import { AppConfig } from './config/app.config.js';
import { ConfigValidationError } from './config/env-validation.js';

if (existsSync('.env')) process.loadEnvFile('.env');

try {
  const app = await createApp(process.env);
  const config = app.get(AppConfig);
  await app.init(); // modules start (the classifier trains) before start-up's garbage is released
  if (!releaseStartupMemory()) Logger.warn('start-up memory not released (no gc extension)', 'Memory');
  await app.listen(config.PORT, config.HOST);
} catch (err) {
  if (err instanceof ConfigValidationError) {
    // The logger is not up yet when configuration is wrong: say it plainly on stderr.
    console.error(err.message);
    process.exit(78); // EX_CONFIG
  }
  throw err;
}
