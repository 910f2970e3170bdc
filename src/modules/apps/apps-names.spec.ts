import { jest } from '@jest/globals';
import { validateEnv } from '../../config/env-validation.js';
import { AppsConfig } from './apps.config.js';
import type { AppRow, AppsRepository } from './apps.repository.js';
import { APP_NAMES_TTL_MS, AppsService } from './apps.service.js';
import { EnvironmentsService } from './environments.service.js';

/** An in-memory registry standing in for the table: counts the name reads NLP makes per command. */
class MemoryApps {
  readonly rows = new Map<string, AppRow>();
  reads = 0;
  failNext = false;
  names(): Promise<string[]> {
    this.reads++;
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new Error('database gone'));
    }
    return Promise.resolve([...this.rows.keys()].sort());
  }
  insert(row: AppRow): Promise<boolean> {
    if (this.rows.has(row.name)) return Promise.resolve(false);
    this.rows.set(row.name, row);
    return Promise.resolve(true);
  }
  delete(name: string): Promise<boolean> {
    return Promise.resolve(this.rows.delete(name));
  }
}

const make = () => {
  const repository = new MemoryApps();
  const environments = new EnvironmentsService(validateEnv(AppsConfig, {}));
  return {
    repository,
    apps: new AppsService(repository as unknown as AppsRepository, environments),
  };
};

describe('AppsService.listNames (read by every NL command)', () => {
  afterEach(() => jest.useRealTimers());

  it('reads the registry once per TTL', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const { apps, repository } = make();
    await apps.create({ name: 'web-app', image: 'nginx:1' });
    expect(await apps.listNames()).toEqual(['web-app']);
    expect(await apps.listNames()).toEqual(['web-app']);
    expect(repository.reads).toBe(1);
    jest.setSystemTime(1_000_000 + APP_NAMES_TTL_MS + 1);
    await apps.listNames();
    expect(repository.reads).toBe(2);
  });

  it("knows an app this process registers or deletes at once (another replica's within the TTL)", async () => {
    const { apps } = make();
    expect(await apps.listNames()).toEqual([]);
    await apps.create({ name: 'api', image: 'api:1' });
    expect(await apps.listNames()).toEqual(['api']);
    await apps.delete('api');
    expect(await apps.listNames()).toEqual([]);
  });

  it('does not keep a failed read', async () => {
    const { apps, repository } = make();
    repository.failNext = true;
    await expect(apps.listNames()).rejects.toThrow('database gone');
    expect(await apps.listNames()).toEqual([]);
    expect(repository.reads).toBe(2);
  });
});
