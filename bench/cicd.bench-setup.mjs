// Maps the bench repository to an app (through the real apps registry) so every push queues a deploy job.
import { AppsService } from '../dist/modules/apps/apps.service.js';

export async function mapRepositoryForBench(_env, repository) {
  return {
    env: {},
    afterStart: async (_url, app) => {
      await app
        .get(AppsService)
        .create({ name: 'hello', image: 'ghcr.io/acme/hello', githubRepo: repository });
    },
  };
}
