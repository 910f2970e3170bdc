import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AppConfig } from './app.config.js';
import { validateAll, type RawEnv } from './env-validation.js';

/** A module's config class: property names are its variables' names (see `validateEnv`). */
export type ConfigClass = new () => object;

/**
 * The one way configuration is loaded: the root module hands over the environment and every module's config
 * class; all of them are validated here, at once, while the module graph is built (one ConfigValidationError
 * names every bad variable, before any connection opens). Each validated instance is then injectable by its
 * class — `AppConfig` for the foundation, `AuthConfig`, `AlertsConfig`, … for their modules — and @nestjs/config's
 * `ConfigService` holds the same validated values by variable name. Nothing else reads process.env.
 */
@Global()
@Module({})
export class AppConfigModule {
  static forRoot(env: RawEnv, moduleConfigs: readonly ConfigClass[]): DynamicModule {
    const classes = [AppConfig, ...moduleConfigs];
    const instances = validateAll(classes, env);
    const providers = classes.map((cls, i) => ({ provide: cls, useValue: instances[i] }));
    // the validated values only: ConfigService must not see raw strings or variables no class declares
    const configService = ConfigModule.forRoot({
      ignoreEnvFile: true,
      skipProcessEnv: true,
      load: [() => Object.assign({}, ...instances) as Record<string, unknown>],
    });
    return {
      module: AppConfigModule,
      imports: [configService],
      providers,
      exports: [...classes, ConfigModule],
    };
  }
}
