import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { githubExample, signedDelivery } from '../support/github-webhooks.js';
import { registerApp, startAppWithFakeKube } from '../support/kube-app.js';
import { metricsText } from '../support/metrics.js';
import type { TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { waitUntil } from '../support/wait.js';

const SECRET = 'promtool-webhook-secret';

/** The real promtool (Debian package `prometheus`), or why it cannot be used. */
function findPromtool(): { path: string } | { missing: string } {
  const found = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
  if (found.error || found.status !== 0)
    return {
      missing: `promtool not found on PATH (${found.error?.message ?? `exit ${found.status}`}); install the Debian package "prometheus" (.ci/run does)`,
    };
  return { path: 'promtool' };
}

const promtool = findPromtool();
if ('missing' in promtool) {
  console.warn(`metrics-promtool: skipped — ${promtool.missing}`);
}
const describeWithPromtool = 'missing' in promtool ? describe.skip : describe;

describeWithPromtool('GET /metrics passes `promtool check metrics`', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let auth: string;

  beforeAll(async () => {
    ({ kube, app: t } = await startAppWithFakeKube({
      env: { KLEPAAS_WEBHOOK_SECRET: SECRET, KLEPAAS_CICD_WORKER_POLL_MS: '100' },
    }));
    auth = await bearer({ scope: '*' });
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
  });

  it('after traffic on every kind of route: exit 0 and no lint findings', async () => {
    // Traffic so that labelled series, histograms and module metrics exist.
    await request(t.url).get('/api/v1/health').expect(200);
    await request(t.url).get('/api/v1/readyz').expect(200);
    await request(t.url).get('/api/v1/nope').expect(404);
    await request(t.url).get('/api/v1/apps').expect(401);
    await registerApp(t.url, auth, 'prom');
    await request(t.url)
      .patch('/api/v1/apps/prom')
      .set('Authorization', auth)
      .send({ githubRepo: 'acme/prom' })
      .expect(200);
    await request(t.url)
      .post('/api/v1/apps/prom/environments/staging/deploy')
      .set('Authorization', auth)
      .send({ tag: 'v1' })
      .expect(200);
    await request(t.url)
      .post('/api/v1/nlp/interpret')
      .set('Authorization', auth)
      .send({ command: 'deploy prom to staging' })
      .expect(200);
    const push = githubExample('push', (e) => !!e.repository && !e.deleted);
    push.ref = 'refs/heads/main';
    push.repository.full_name = 'acme/prom';
    push.repository.default_branch = 'main';
    push.after = 'a'.repeat(40);
    const d = await signedDelivery('push', push, SECRET);
    await request(t.url).post('/api/v1/cicd/webhook').set(d.headers).send(d.body).expect(202);
    await waitUntil(async () => /klepaas_cicd_jobs_total\{/.test(await metricsText(t.url)), 'a finished job');

    const text = await metricsText(t.url);
    expect(text).toMatch(/http_request_duration_seconds_bucket\{/);
    const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    const findings = `${check.stdout}${check.stderr}`.trim();
    expect({ status: check.status, findings }).toEqual({ status: 0, findings: '' });
  });

  it("README's static scrape config and its PromQL queries pass promtool check config / check rules", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(
      readme.indexOf('### Prometheus'),
      readme.indexOf('<!-- /section:operations -->'),
    );
    const staticConfig = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1])
      .find((y) => y.includes('static_configs'));
    // PromQL column of the "Key queries" table: every `…` of its second cell.
    const queries = section
      .slice(section.indexOf('Key queries'))
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| what'))
      .flatMap((line) => [...(line.split('|')[2] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]));
    expect(staticConfig).toBeDefined();
    expect(queries.length).toBeGreaterThanOrEqual(8);
    expect(queries.join('\n')).toMatch(/klepaas_dependency_degraded/);
    const dir = mkdtempSync(join(tmpdir(), 'klepaas-promtool-'));
    try {
      writeFileSync(join(dir, 'prometheus.yml'), staticConfig!);
      const config = spawnSync('promtool', ['check', 'config', join(dir, 'prometheus.yml')], {
        encoding: 'utf8',
      });
      expect({ status: config.status, out: config.stderr.trim() }).toEqual({ status: 0, out: '' });
      const rules = {
        groups: [
          { name: 'readme', rules: queries.map((expr, i) => ({ record: `readme:query_${i}`, expr })) },
        ],
      };
      writeFileSync(join(dir, 'rules.yml'), JSON.stringify(rules)); // JSON is YAML
      const check = spawnSync('promtool', ['check', 'rules', join(dir, 'rules.yml')], { encoding: 'utf8' });
      expect({ status: check.status, out: check.stderr.trim() }).toEqual({ status: 0, out: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
