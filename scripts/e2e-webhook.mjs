#!/usr/bin/env node
/**
 * End-to-end check of the CI/CD webhook against a running backend — the same steps as
 * .github/workflows/e2e-webhook.yml, and exercised by test/e2e/cicd-script.e2e-spec.ts.
 *
 *   node scripts/e2e-webhook.mjs                 # against KLEPAAS_E2E_URL (default http://127.0.0.1:8080)
 *   node scripts/e2e-webhook.mjs --start         # starts `node dist/main.js` first (npm run build before)
 *
 * Environment: KLEPAAS_WEBHOOK_SECRET (required), KLEPAAS_E2E_URL, KLEPAAS_E2E_REPOSITORY (owner/repo
 * to put in the payloads, e.g. one mapped to an app; default: the example's Codertocat/Hello-World),
 * KLEPAAS_E2E_EXPECT (accepted | ignored | any, default any), PORT (with --start).
 * Exit code 0 when every check passes, 1 otherwise.
 */
/* global fetch, structuredClone */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { sign } from '@octokit/webhooks-methods';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json');

const secret = process.env.KLEPAAS_WEBHOOK_SECRET;
const start = process.argv.includes('--start');
const port = process.env.PORT ?? '8080';
const base = (process.env.KLEPAAS_E2E_URL ?? `http://127.0.0.1:${port}`).replace(/\/$/, '');
const repository = process.env.KLEPAAS_E2E_REPOSITORY;
const expectOutcome = process.env.KLEPAAS_E2E_EXPECT ?? 'any';

let failures = 0;
const log = (ok, what, detail = '') => {
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${detail ? ` — ${detail}` : ''}`);
};

function example(name, pick) {
  const found = examples.find((e) => e.name === name).examples.find(pick);
  const copy = structuredClone(found);
  if (repository && copy.repository) {
    copy.repository.full_name = repository;
    [copy.repository.owner.login, copy.repository.name] = repository.split('/');
  }
  return copy;
}

async function send(event, payload, { deliveryId = randomUUID(), signWith = secret } = {}) {
  const body = JSON.stringify(payload);
  const headers = {
    'Content-Type': 'application/json',
    'User-Agent': 'GitHub-Hookshot/klepaas-e2e',
    'X-GitHub-Event': event,
    'X-GitHub-Delivery': deliveryId,
  };
  if (signWith) headers['X-Hub-Signature-256'] = await sign(signWith, body);
  const res = await fetch(`${base}/api/v1/cicd/webhook`, { method: 'POST', headers, body });
  return { status: res.status, body: await res.json().catch(() => null), deliveryId };
}

async function waitForLiveness(timeoutMs = 60000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/v1/healthz`)).ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const describeJobs = (body) =>
  (body?.jobs ?? []).map((j) => ` job ${j.app} ${j.environment}:${j.tag} ${j.status}`).join(',');

const outcomeOk = (o) =>
  expectOutcome === 'any' ? ['accepted', 'ignored'].includes(o) : o === expectOutcome;

async function main() {
  if (!secret) {
    console.error('KLEPAAS_WEBHOOK_SECRET is required');
    return 1;
  }
  let server;
  if (start) {
    server = spawn(process.execPath, ['dist/main.js'], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: process.env,
    });
  }
  try {
    log(await waitForLiveness(), `backend answers at ${base}`);
    if (failures) return 1;

    const health = await fetch(`${base}/api/v1/health`);
    log(health.status === 200, 'GET /api/v1/health', `status ${health.status}`);
    const version = await fetch(`${base}/api/v1/version`);
    const v = await version.json().catch(() => ({}));
    log(
      version.status === 200 && typeof v.version === 'string',
      'GET /api/v1/version',
      `${v.name}@${v.version}`,
    );

    const ping = await send(
      'ping',
      example('ping', (e) => !!e.repository),
    );
    log(
      ping.status === 200 && ping.body?.outcome === 'pong',
      'signed ping → 200 pong',
      `status ${ping.status}`,
    );

    const pushPayload = example('push', (e) => e.ref === 'refs/heads/master');
    pushPayload.after = randomUUID().replace(/-/g, '').padEnd(40, '0').slice(0, 40);
    const push = await send('push', pushPayload);
    log(
      push.status === 202 && outcomeOk(push.body?.outcome),
      'signed push → 202',
      `${push.body?.outcome}${push.body?.reason ? ` (${push.body.reason})` : ''}${describeJobs(push.body)}`,
    );
    const again = await send('push', pushPayload, { deliveryId: push.deliveryId });
    log(again.status === 200 && again.body?.duplicate === true, 'redelivered push → 200 duplicate');
    const replayed = await send('push', pushPayload);
    log(
      replayed.status === 200 && replayed.body?.duplicate === true,
      'same push under a new delivery id → 200 duplicate',
    );

    const releasePayload = example('release', (e) => e.action === 'published');
    // A new release: its own id (the payload's identity) and tag.
    releasePayload.release.id = Date.now();
    releasePayload.release.tag_name = `v1.${Date.now() % 100000}.0`;
    const release = await send('release', releasePayload);
    log(
      release.status === 202 && outcomeOk(release.body?.outcome),
      'signed release → 202',
      `${release.body?.outcome}${release.body?.reason ? ` (${release.body.reason})` : ''}${describeJobs(release.body)}`,
    );

    const unsigned = await send('push', pushPayload, { signWith: null });
    log(unsigned.status === 401, 'unsigned push → 401', unsigned.body?.error);
    const forged = await send('push', pushPayload, { signWith: `${secret}-wrong` });
    log(forged.status === 401, 'wrongly signed push → 401', forged.body?.error);
  } catch (err) {
    log(false, 'unexpected error', err instanceof Error ? err.message : String(err));
  } finally {
    if (server) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  }
  console.log(failures ? `${failures} check(s) failed` : 'all webhook checks passed');
  return failures ? 1 : 0;
}

process.exitCode = await main();
