import { spawn } from 'node:child_process';
import { startTestApp, type TestApp } from '../support/test-app.js';

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

  it('fails when the backend does not share the secret', async () => {
    const { code, out } = await runScript({
      KLEPAAS_E2E_URL: t.url,
      KLEPAAS_WEBHOOK_SECRET: 'some-other-secret-000',
    });
    expect(out).toMatch(/FAIL signed ping/);
    expect(code).toBe(1);
  });
});
