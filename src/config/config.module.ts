import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfig } from './app.config.js';
import { RAW_ENV, validateEnv, type RawEnv } from './env-validation.js';

/**
 * Validates the environment once at boot. `AppConfig` (typed) and `RAW_ENV` (for modules' own config
 * classes, see `configProvider`) are available everywhere; `ConfigService` from @nestjs/config holds the
 * same validated values for code that prefers it. Nothing else reads process.env.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(env: RawEnv): DynamicModule {
    const config = validateEnv(AppConfig, env);
    return {
      module: AppConfigModule,
      imports: [
        ConfigModule.forRoot({ ignoreEnvFile: true, skipProcessEnv: true, load: [() => ({ ...config })] }),
      ],
      providers: [
        { provide: RAW_ENV, useValue: env },
        { provide: AppConfig, useValue: config },
      ],
      exports: [RAW_ENV, AppConfig, ConfigModule],
    };
  }
}
