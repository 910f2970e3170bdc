import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { AlertsService } from '../../src/modules/alerts/alerts.service.js';
import { FakeSlack, type SlackPost } from '../fakes/fake-slack.js';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app.js';
import { metricsText } from '../support/metrics.js';
import { bearer } from '../support/tokens.js';
import { waitUntil } from '../support/wait.js';

/** Fast retries so the suite stays quick; Retry-After is still honoured (it is a floor). */
const FAST = {
  KLEPAAS_ALERTS_BACKOFF_BASE_MS: '10',
  KLEPAAS_ALERTS_BACKOFF_MAX_MS: '50',
  KLEPAAS_ALERTS_MAX_ATTEMPTS: '3',
  KLEPAAS_ALERTS_TEST_WAIT_MS: '20000',
};

/** Sum of alerts_sent_total samples matching `labels`, read from /metrics over HTTP. */
async function sentTotal(url: string, labels: Record<string, string>): Promise<number> {
  const res = await request(url).get('/metrics').expect(200);
  let sum = 0;
  for (const line of (res.text as string).split('\n')) {
    const m = /^alerts_sent_total\{([^}]*)\} (\S+)$/.exec(line);
    if (!m) continue;
    const got = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) sum += Number(m[2]);
  }
  return sum;
}

describe('alerts: Slack delivery', () => {
  let slack: FakeSlack;
  const at = (path: string) => (): SlackPost[] => slack.posts.filter((p) => p.path === path);

  beforeAll(async () => {
    slack = await FakeSlack.start();
  });
  afterAll(() => slack.close());
  afterEach(() => slack.reset());

  describe('routing, templates, retries, suppression (all channels configured)', () => {
    let t: TestApp;
    let alerts: AlertsService;
    const posts = at('/A');
    beforeAll(async () => {
      t = await startTestApp({
        env: {
          ...FAST,
          KLEPAAS_SLACK_WEBHOOK_URL: slack.webhookUrl('/A'),
          KLEPAAS_SLACK_ALERT_CHANNEL_DEFAULT: '#a-default',
          KLEPAAS_SLACK_ALERT_CHANNEL_RATE_LIMITED: '#a-rl',
          KLEPAAS_SLACK_ALERT_CHANNEL_UNAUTHORIZED: '#a-sec',
          KLEPAAS_ALERTS_SUPPRESS_WINDOW_SECONDS: '2',
        },
      });
      alerts = t.app.get(AlertsService);
    });
    afterAll(() => t.destroy());

    it('routes each code to its channel', async () => {
      const cases: [string | undefined, string][] = [
        ['rate_limited', '#a-rl'],
        ['unauthorized', '#a-sec'],
        ['forbidden', '#a-sec'],
        ['timeout', '#a-default'],
        [undefined, '#a-default'],
      ];
      for (const [code, _] of cases) {
        alerts.raise({
          kind: 'error',
          code,
          subject: `route-${code}`,
          message: `m-${code}`,
          operation: 'op',
        });
      }
      await slack.waitFor(() => posts().length === cases.length, 15000, '5 routed posts');
      for (const [code, channel] of cases) {
        const post = posts().find((p) => p.body.text?.includes(`msg=m-${code}`));
        expect(post?.body.channel).toBe(channel);
      }
    });

    it('renders the default error and health-down templates and every built-in one with its variables', async () => {
      const deploy = {
        app: 'web-app',
        environment: 'prod',
        revision: 7,
        tag: 'v1.4.2',
        user: 'alice',
        durationMs: 12400,
        link: 'https://k.example/h/42',
      };
      alerts.raise({
        kind: 'error',
        code: 'timeout',
        subject: 'github',
        message: 'upstream timed out',
        operation: 'tools/call gh.clone',
      });
      alerts.raise({ kind: 'health_down', code: 'unreachable', subject: 'github', message: 'ECONNREFUSED' });
      alerts.raise({ kind: 'health_recovered', subject: 'github', message: 'back' });
      alerts.raise({ kind: 'deployment_succeeded', subject: 'web-app/prod', message: 'ok', fields: deploy });
      alerts.raise({
        kind: 'deployment_failed',
        code: 'image_pull_failed',
        subject: 'web-app/prod',
        message: 'ErrImagePull',
        fields: deploy,
      });
      alerts.raise({ kind: 'rollback_succeeded', subject: 'web-app/prod', message: 'ok', fields: deploy });
      alerts.raise({
        kind: 'rollback_failed',
        code: 'timeout',
        subject: 'web-app/prod',
        message: 'stuck',
        fields: deploy,
      });
      alerts.raise({
        kind: 'cicd_result',
        subject: 'org/web-app',
        message: '',
        fields: { ...deploy, result: 'failure', repository: 'org/web-app', ref: 'main' },
      });
      alerts.raise({ kind: 'auth_failures', code: 'unauthorized', subject: '10.0.0.7', message: '401 x5' });
      await slack.waitFor(() => posts().length === 9, 15000, '9 template posts');
      expect(posts().map((p) => p.body.text)).toEqual([
        '[MCP][ERROR] tools/call gh.clone code=timeout msg=upstream timed out',
        '[MCP][HEALTH][DOWN] code=unreachable msg=ECONNREFUSED',
        '[MCP][HEALTH][RECOVERED] github msg=back',
        '[DEPLOY][SUCCEEDED] web-app/prod revision=7 image=v1.4.2 by alice in 12.4s <https://k.example/h/42|history>',
        '[DEPLOY][FAILED] web-app/prod revision=7 image=v1.4.2 by alice after 12.4s code=image_pull_failed msg=ErrImagePull <https://k.example/h/42|history>',
        '[ROLLBACK][SUCCEEDED] web-app/prod to revision=7 image=v1.4.2 by alice in 12.4s <https://k.example/h/42|history>',
        '[ROLLBACK][FAILED] web-app/prod to revision=7 image=v1.4.2 by alice after 12.4s code=timeout msg=stuck <https://k.example/h/42|history>',
        '[CICD][FAILURE] org/web-app@main → web-app/prod revision=7 image=v1.4.2 by alice in 12.4s <https://k.example/h/42|history>',
        '[AUTH][UNAUTHORIZED] repeated auth failures from 10.0.0.7: 401 x5',
      ]);
      expect(posts()[8].body.channel).toBe('#a-sec');
    });

    it('raise() never waits for Slack: a slow Slack does not slow the caller', async () => {
      const labels = { channel: '#a-default', kind: 'error', result: 'sent' };
      const before = await sentTotal(t.url, labels);
      slack.setDefault({ status: 200, body: 'ok', delayMs: 1500 });
      const started = Date.now();
      for (let i = 0; i < 3; i++)
        alerts.raise({ kind: 'error', code: 'slow', subject: `slow-${i}`, message: 'x' });
      // three posts take ≥ 4.5 s end to end; raising them returns at once
      expect(Date.now() - started).toBeLessThan(1000);
      await waitUntil(
        async () => (await sentTotal(t.url, labels)) === before + 3,
        '3 slow alerts sent',
        30000,
      );
      expect(posts().map((p) => p.status)).toEqual([200, 200, 200]);
    });

    it('POST /alerts/test sends to the route its code picks and returns the text and the outcome', async () => {
      const res = await request(t.url)
        .post('/api/v1/alerts/test')
        .set('Authorization', await bearer({ sub: 'ops-bob', scope: 'alerts:admin' }))
        .send({ code: 'rate_limited', message: 'route check' })
        .expect(200);
      expect(res.body).toEqual({
        route: 'rate_limited',
        channel: '#a-rl',
        kind: 'test',
        code: 'rate_limited',
        text: '[TEST] route check (route=rate_limited code=rate_limited by ops-bob)',
        result: 'sent',
        attempts: 1,
      });
      expect(posts()).toHaveLength(1);
      expect(posts()[0].body).toEqual({ text: res.body.text, channel: '#a-rl' });

      const preview = await request(t.url)
        .post('/api/v1/alerts/test')
        .set('Authorization', await bearer({ scope: 'alerts:admin' }))
        .send({
          kind: 'deployment_succeeded',
          fields: { app: 'web', environment: 'dev', revision: 3, tag: 'v3' },
        })
        .expect(200);
      expect(preview.body.route).toBe('default');
      expect(preview.body.channel).toBe('#a-default');
      expect(preview.body.text).toMatch(/^\[DEPLOY\]\[SUCCEEDED\] web\/dev revision=3 image=v3 by alice/);
    });

    it('POST /alerts/test needs alerts:admin (401 / 403) and a valid body (400)', async () => {
      const none = await request(t.url).post('/api/v1/alerts/test').send({}).expect(401);
      expect(none.body.error).toBe('unauthorized');
      const wrong = await request(t.url)
        .post('/api/v1/alerts/test')
        .set('Authorization', await bearer({ scope: 'audit:read' }))
        .send({})
        .expect(403);
      expect(wrong.body).toMatchObject({ error: 'insufficient_scope', required: ['alerts:admin'] });
      const bad = await request(t.url)
        .post('/api/v1/alerts/test')
        .set('Authorization', await bearer({ scope: 'alerts:admin' }))
        .send({ kind: 'nonsense', code: 'has spaces', extra: 1 })
        .expect(400);
      expect(bad.body.error).toBe('validation_failed');
      expect(JSON.stringify(bad.body.details)).toMatch(/kind/);
      expect(posts()).toHaveLength(0);
    });

    it('429 with Retry-After is honoured, then the alert goes out', async () => {
      slack.respondWith({ status: 429, headers: { 'Retry-After': '1' }, body: 'rate_limited' });
      const res = await request(t.url)
        .post('/api/v1/alerts/test')
        .set('Authorization', await bearer({ scope: 'alerts:admin' }))
        .send({ message: 'after 429' })
        .expect(200);
      expect(res.body).toMatchObject({ result: 'sent', attempts: 2 });
      expect(posts().map((p) => p.status)).toEqual([429, 200]);
      // the retry waited for Retry-After (1 s), not the 10-50 ms backoff
      expect(posts()[1].at - posts()[0].at).toBeGreaterThanOrEqual(900);
    });

    it('500s are retried with backoff, then given up after the bounded attempts (counted as failed)', async () => {
      const before = await sentTotal(t.url, { channel: '#a-default', kind: 'error', result: 'failed' });
      slack.setDefault({ status: 500, body: 'internal_error' });
      alerts.raise({ kind: 'error', code: 'e500', subject: 'give-up', message: 'x' });
      await slack.waitFor(() => posts().length === 3, 15000, '3 attempts');
      await waitUntil(
        async () =>
          (await sentTotal(t.url, { channel: '#a-default', kind: 'error', result: 'failed' })) === before + 1,
        'failed counter',
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(posts()).toHaveLength(3);

      const res = await request(t.url)
        .post('/api/v1/alerts/test')
        .set('Authorization', await bearer({ scope: 'alerts:admin' }))
        .send({})
        .expect(200);
      expect(res.body).toMatchObject({ result: 'failed', attempts: 3, status: 500, error: 'internal_error' });
    });

    it("other 4xx are not retried and report Slack's error text", async () => {
      slack.setDefault({ status: 404, body: 'channel_not_found' });
      const res = await request(t.url)
        .post('/api/v1/alerts/test')
        .set('Authorization', await bearer({ scope: 'alerts:admin' }))
        .send({ code: 'forbidden' })
        .expect(200);
      expect(res.body).toMatchObject({
        route: 'unauthorized',
        channel: '#a-sec',
        result: 'failed',
        attempts: 1,
        status: 404,
        error: 'channel_not_found',
      });
      expect(posts()).toHaveLength(1);
    });

    it('storm suppression: identical alerts in the window go out once; the next one says how many were dropped', async () => {
      const labels = { channel: '#a-default', kind: 'health_down', result: 'suppressed' };
      const before = await sentTotal(t.url, labels);
      const storm = {
        kind: 'health_down',
        code: 'unreachable',
        subject: 'storm-provider',
        message: 'down',
      } as const;
      for (let i = 0; i < 5; i++) alerts.raise(storm);
      alerts.raise({ ...storm, subject: 'other-provider' }); // different subject: not suppressed
      await slack.waitFor(() => posts().length === 2, 15000, 'first storm posts');
      expect(await sentTotal(t.url, labels)).toBe(before + 4);
      await new Promise((r) => setTimeout(r, 300));
      expect(posts()).toHaveLength(2);
      expect(posts()[0].body.text).toBe('[MCP][HEALTH][DOWN] code=unreachable msg=down');

      await new Promise((r) => setTimeout(r, 2100)); // the 2 s window passes
      alerts.raise(storm);
      await slack.waitFor(() => posts().length === 3, 15000, 'post after the window');
      expect(posts()[2].body.text).toBe(
        '[MCP][HEALTH][DOWN] code=unreachable msg=down\n(4 identical alert(s) suppressed in the last 2s)',
      );
    });

    it('exposes alerts_sent_total{channel,kind,result} and the queue-depth gauge; readiness shows alerts enabled', async () => {
      alerts.raise({ kind: 'test', code: 'rate_limited', subject: 'metrics', message: 'm' });
      await waitUntil(
        async () => (await sentTotal(t.url, { channel: '#a-rl', kind: 'test', result: 'sent' })) >= 1,
        'sent counter',
      );
      const text = await metricsText(t.url);
      expect(text).toMatch(/# TYPE alerts_queue_depth gauge\nalerts_queue_depth \d+/);
      const ready = await request(t.url).get('/api/v1/health').expect(200);
      expect(ready.body.info.alerts).toMatchObject({ status: 'up', state: 'enabled' });
    });
  });

  describe('fallback channel, custom templates, render failure', () => {
    let t: TestApp;
    let alerts: AlertsService;
    const posts = at('/B');
    beforeAll(async () => {
      t = await startTestApp({
        env: {
          ...FAST,
          KLEPAAS_SLACK_WEBHOOK_URL: slack.webhookUrl('/B'),
          KLEPAAS_SLACK_ALERT_CHANNEL_DEFAULT: '#b-default',
          KLEPAAS_SLACK_ALERT_TEMPLATE_ERROR:
            '{{ subject | upper }} {{ operation }} app={{ app }}{% if code == "rate_limited" %} SLOW DOWN{% endif %}: {{ message }}',
          KLEPAAS_SLACK_ALERT_TEMPLATE_HEALTH_DOWN: '[HD] {{ subject }} {{ not_a_function() }}',
        },
      });
      alerts = t.app.get(AlertsService);
    });
    afterAll(() => t.destroy());

    it('unset specific channels fall back to the default; custom error template gets its variables', async () => {
      alerts.raise({
        kind: 'error',
        code: 'rate_limited',
        subject: 'openai',
        message: '429 from upstream',
        operation: 'nlp.interpret',
        fields: { app: 'web' },
      });
      alerts.raise({
        kind: 'error',
        code: 'unauthorized',
        subject: 'gh',
        message: 'bad token',
        operation: 'op',
      });
      await slack.waitFor(() => posts().length === 2, 15000, '2 posts');
      expect(posts()[0].body).toEqual({
        text: 'OPENAI nlp.interpret app=web SLOW DOWN: 429 from upstream',
        channel: '#b-default',
      });
      expect(posts()[1].body.channel).toBe('#b-default');
    });

    it('a template that fails at render time still sends a plain fallback text', async () => {
      alerts.raise({ kind: 'health_down', code: 'timeout', subject: 'k8s-mcp', message: 'no answer in 5s' });
      await slack.waitFor(() => posts().length === 1, 15000, 'fallback post');
      expect(posts()[0].body.text).toBe(
        '[HEALTH_DOWN] k8s-mcp code=timeout msg=no answer in 5s (template render failed; plain text)',
      );
      const res = await request(t.url)
        .post('/api/v1/alerts/test')
        .set('Authorization', await bearer({ scope: 'alerts:admin' }))
        .send({ kind: 'health_down', code: 'x', message: 'preview' })
        .expect(200);
      expect(res.body).toMatchObject({
        result: 'sent',
        renderError: expect.stringMatching(/not_a_function/),
      });
      expect(res.body.text).toMatch(/template render failed/);
    });
  });

  it('an invalid template stops startup naming the variable', async () => {
    const base = { KLEPAAS_ENV: 'test', KLEPAAS_JWT_SECRET: TEST_JWT_SECRET, KLEPAAS_LOG_LEVEL: 'silent' };
    await expect(createApp({ ...base, KLEPAAS_SLACK_ALERT_TEMPLATE_ERROR: '[X] {{ code ' })).rejects.toThrow(
      /KLEPAAS_SLACK_ALERT_TEMPLATE_ERROR: invalid Jinja2 template: .*expected variable end/,
    );
    await expect(
      createApp({ ...base, KLEPAAS_SLACK_ALERT_TEMPLATE_HEALTH_DOWN: '{% if %}down' }),
    ).rejects.toThrow(/KLEPAAS_SLACK_ALERT_TEMPLATE_HEALTH_DOWN: invalid Jinja2 template/);
    await expect(createApp({ ...base, KLEPAAS_SLACK_WEBHOOK_URL: 'not a url' })).rejects.toThrow(
      /KLEPAAS_SLACK_WEBHOOK_URL/,
    );
  });

  describe('disabled (no webhook URL)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ env: { ...FAST } });
    });
    afterAll(() => t.destroy());

    it('raise() is a no-op counted as disabled; the test endpoint says so; readiness says not_configured', async () => {
      const labels = { channel: 'none', kind: 'deployment_failed', result: 'disabled' };
      const before = await sentTotal(t.url, labels);
      const alerts = t.app.get(AlertsService);
      for (let i = 0; i < 3; i++) alerts.raise({ kind: 'deployment_failed', subject: 'x', message: 'y' });
      expect(await sentTotal(t.url, labels)).toBe(before + 3);
      const res = await request(t.url)
        .post('/api/v1/alerts/test')
        .set('Authorization', await bearer({ scope: 'alerts:admin' }))
        .send({ message: 'anyone?' })
        .expect(200);
      expect(res.body).toMatchObject({
        result: 'disabled',
        route: 'default',
        channel: null,
        text: expect.any(String),
      });
      const ready = await request(t.url).get('/api/v1/health').expect(200);
      expect(ready.body.info.alerts).toMatchObject({ status: 'up', state: 'not_configured' });
      expect(slack.posts).toHaveLength(0);
    });

    it('documents POST /api/v1/alerts/test in OpenAPI with its scope and body', async () => {
      const doc = (await request(t.url).get('/docs-json').expect(200)).body;
      const op = doc.paths['/api/v1/alerts/test'].post;
      expect(op['x-required-scopes']).toEqual(['alerts:admin']);
      expect(op.tags).toEqual(['alerts']);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403']));
      const schema = doc.components.schemas.TestAlertDto;
      expect(Object.keys(schema.properties)).toEqual(
        expect.arrayContaining(['code', 'kind', 'message', 'subject', 'fields']),
      );
    });
  });

  it('queue full: alerts beyond KLEPAAS_ALERTS_QUEUE_SIZE are dropped and counted as failed; the rest go out', async () => {
    const t = await startTestApp({
      env: {
        ...FAST,
        KLEPAAS_SLACK_WEBHOOK_URL: slack.webhookUrl('/D'),
        KLEPAAS_SLACK_ALERT_CHANNEL_DEFAULT: '#d',
        KLEPAAS_ALERTS_QUEUE_SIZE: '2',
      },
    });
    try {
      const posts = at('/D');
      const alerts = t.app.get(AlertsService);
      slack.respondWith({ status: 200, body: 'ok', delayMs: 1500 });
      alerts.raise({ kind: 'error', subject: 'q0', message: 'first' });
      await slack.waitFor(() => posts().length === 1, 15000, 'first (slow) post in flight');
      for (let i = 1; i <= 4; i++) alerts.raise({ kind: 'error', subject: `q${i}`, message: `n${i}` });
      expect(await sentTotal(t.url, { channel: '#d', result: 'failed' })).toBe(2);
      await slack.waitFor(() => posts().length === 3, 15000, '3 posts');
      await waitUntil(
        async () => (await sentTotal(t.url, { channel: '#d', result: 'sent' })) === 3,
        '3 sent',
      );
      expect(posts().map((p) => p.body.text)).toEqual([
        '[MCP][ERROR]  code= msg=first',
        '[MCP][ERROR]  code= msg=n1',
        '[MCP][ERROR]  code= msg=n2',
      ]);
    } finally {
      await t.destroy();
    }
  });

  it('shutdown drains the queue', async () => {
    const t = await startTestApp({
      env: {
        ...FAST,
        KLEPAAS_SLACK_WEBHOOK_URL: slack.webhookUrl('/E'),
        KLEPAAS_ALERTS_DRAIN_TIMEOUT_MS: '20000',
      },
    });
    slack.setDefault({ status: 200, body: 'ok', delayMs: 200 });
    const alerts = t.app.get(AlertsService);
    for (let i = 0; i < 4; i++) alerts.raise({ kind: 'error', subject: `drain-${i}`, message: `d${i}` });
    await t.destroy();
    expect(at('/E')().map((p) => p.body.text)).toEqual(
      [0, 1, 2, 3].map((i) => `[MCP][ERROR]  code= msg=d${i}`),
    );
  });

  it('shutdown gives up at the drain deadline instead of hanging on a stuck Slack', async () => {
    const t = await startTestApp({
      env: {
        ...FAST,
        KLEPAAS_SLACK_WEBHOOK_URL: slack.webhookUrl('/F'),
        KLEPAAS_SLACK_ALERT_CHANNEL_DEFAULT: '#f',
        KLEPAAS_ALERTS_DRAIN_TIMEOUT_MS: '300',
      },
    });
    slack.setDefault({ status: 200, body: 'ok', delayMs: 20000 });
    const alerts = t.app.get(AlertsService);
    for (let i = 0; i < 3; i++) alerts.raise({ kind: 'error', subject: `stuck-${i}`, message: 's' });
    await slack.waitFor(() => at('/F')().length === 1, 15000, 'first post in flight');
    const failedBefore = await sentTotal(t.url, { channel: '#f', result: 'failed' });
    const started = Date.now();
    await t.destroy();
    expect(Date.now() - started).toBeLessThan(10000);
    expect(at('/F')()).toHaveLength(1);
    // the in-flight one and the two queued ones are all counted as failed (read from the shared registry)
    const { register } = await import('prom-client');
    const metric = await register.getSingleMetric('alerts_sent_total')!.get();
    const failed = metric.values
      .filter((v) => v.labels.channel === '#f' && v.labels.result === 'failed')
      .reduce((s, v) => s + v.value, 0);
    expect(failed - failedBefore).toBe(3);
  });

  it('a Slack slower than KLEPAAS_ALERTS_SEND_TIMEOUT_MS times out and is retried', async () => {
    const t = await startTestApp({
      env: {
        ...FAST,
        KLEPAAS_SLACK_WEBHOOK_URL: slack.webhookUrl('/G'),
        KLEPAAS_ALERTS_SEND_TIMEOUT_MS: '300',
      },
    });
    try {
      slack.respondWith({ status: 200, body: 'ok', delayMs: 5000 });
      const res = await request(t.url)
        .post('/api/v1/alerts/test')
        .set('Authorization', await bearer({ scope: 'alerts:admin' }))
        .send({ message: 'slow slack' })
        .expect(200);
      expect(res.body).toMatchObject({ result: 'sent', attempts: 2 });
      expect(at('/G')()).toHaveLength(2);
    } finally {
      await t.destroy();
    }
  });

  it('network errors are retried, then reported', async () => {
    const t = await startTestApp({
      env: { ...FAST, KLEPAAS_SLACK_WEBHOOK_URL: 'http://127.0.0.1:1/services/x' },
    });
    try {
      const res = await request(t.url)
        .post('/api/v1/alerts/test')
        .set('Authorization', await bearer({ scope: 'alerts:admin' }))
        .send({})
        .expect(200);
      expect(res.body).toMatchObject({ result: 'failed', attempts: 3, error: expect.any(String) });
      expect(res.body.status).toBeUndefined();
    } finally {
      await t.destroy();
    }
  });
});
