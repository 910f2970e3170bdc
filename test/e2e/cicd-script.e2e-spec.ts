import { spawn } from 'node:child_process';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

const SECRET = 'script-webhook-secret-0001';

function runScript(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/e2e-webhook.mjs'], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (out += String(d)));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('scripts/e2e-webhook.mjs (the e2e-webhook workflow steps)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { KLEPAAS_WEBHOOK_SECRET: SECRET } });
  });
  afterAll(() => t.destroy());

  it('passes against a running backend', async () => {
    const { code, out } = await runScript({ KLEPAAS_E2E_URL: t.url, KLEPAAS_WEBHOOK_SECRET: SECRET });
    expect(out).toContain('ok   signed push → 202');
    expect(out).toContain('ok   signed release → 202');
    expect(out).toContain('all webhook checks passed');
    expect(code).toBe(0);
  });

  it('requires real deploy jobs for a mapped repository with KLEPAAS_E2E_EXPECT=accepted', async () => {
    await request(t.url)
      .post('/api/v1/apps')
      .set('Authorization', await bearer({ scope: 'apps:write' }))
      .send({ name: 'web', image: 'ghcr.io/acme/web', githubRepo: 'acme/web' })
      .expect(201);
    const { code, out } = await runScript({
      KLEPAAS_E2E_URL: t.url,
      KLEPAAS_WEBHOOK_SECRET: SECRET,
      KLEPAAS_E2E_REPOSITORY: 'acme/web',
      KLEPAAS_E2E_EXPECT: 'accepted',
    });
    expect(out).toMatch(/ok {3}signed push → 202 — accepted job \S+ staging:[0-9a-f]{40}/);
    expect(out).toMatch(
      /ok {3}signed release → 202 — accepted job web production:v1\.\d+\.0 waiting_confirmation/,
    );
    expect(code).toBe(0);
    // Unmapped payloads no longer satisfy the stricter expectation.
    const strict = await runScript({
      KLEPAAS_E2E_URL: t.url,
      KLEPAAS_WEBHOOK_SECRET: SECRET,
      KLEPAAS_E2E_EXPECT: 'accepted',
    });
    expect(strict.out).toMatch(/FAIL signed push/);
    expect(strict.code).toBe(1);
  });

  it('fails when the backend does not share the secret', async () => {
    const { code, out } = await runScript({
      KLEPAAS_E2E_URL: t.url,
      KLEPAAS_WEBHOOK_SECRET: 'some-other-secret-000',
    });
    expect(out).toMatch(/FAIL signed ping/);
    expect(code).toBe(1);
  });
});
