import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { ConfigValidationError } from '../../src/config/env-validation.js';
import { FakeSlack } from '../fakes/fake-slack.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { sleep, waitUntil } from '../support/wait.js';

/** The attack: an unauthenticated pod names its own "IP" — a Slack link and a channel mention. */
const PHISH = '<!channel> please re-login at <http://evil.example/login|https://paas.example.com/login>';
const LOOPBACK = /^(::ffff:)?127\.0\.0\.1$|^::1$/;

/** The 401 audit rows: one per (caller, route, second), with how many denials it counts. */
async function denials(t: TestApp): Promise<{ ip: string; count: number }[]> {
  const res = await request(t.url)
    .get('/api/v1/audit?status=401&limit=100')
    .set('Authorization', await bearer({ sub: 'auditor', scope: 'audit:read' }))
    .expect(200);
  return (res.body.items as { ip: string | null; count: number }[]).map((i) => ({
    ip: i.ip ?? '',
    count: i.count,
  }));
}
const deniedIps = async (t: TestApp): Promise<string[]> => (await denials(t)).map((d) => d.ip);

describe('forwarded headers and Slack text', () => {
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = await FakeSlack.start();
  });
  afterAll(() => slack.close());
  beforeEach(() => slack.reset());

  const start = (env: Record<string, string> = {}) =>
    startTestApp({
      env: {
        KLEPAAS_SLACK_WEBHOOK_URL: slack.webhookUrl('/hook'),
        KLEPAAS_AUTH_FAILURE_ALERT_THRESHOLD: '10',
        ...env,
      },
    });

  it('by default X-Forwarded-For is ignored: audit ip is the peer, rotating it does not evade the alert', async () => {
    const t = await start();
    try {
      for (let i = 0; i < 11; i++) {
        await request(t.url)
          .get('/api/v1/apps')
          .set('X-Forwarded-For', i % 2 === 0 ? PHISH : `10.0.0.${i}`)
          .expect(401);
      }
      await waitUntil(() => slack.posts.length >= 1, 'the auth-failure alert');
      await sleep(200);
      expect(slack.posts).toHaveLength(1);
      const text = slack.texts()[0];
      expect(text).toMatch(/repeated auth failures from (::ffff:)?127\.0\.0\.1|::1/);
      expect(text).not.toContain('evil.example');
      const rows = await denials(t);
      expect(rows.reduce((sum, r) => sum + r.count, 0)).toBeGreaterThanOrEqual(11);
      for (const { ip } of rows) expect(ip).toMatch(LOOPBACK);
    } finally {
      await t.destroy();
    }
  });

  it('a named proxy is believed, and what it forwards reaches Slack escaped: no link, no mention', async () => {
    const t = await start({ KLEPAAS_TRUST_PROXY: 'loopback' });
    try {
      for (let i = 0; i < 10; i++) {
        await request(t.url).get('/api/v1/apps').set('X-Forwarded-For', PHISH).expect(401);
      }
      await waitUntil(() => slack.posts.length >= 1, 'the auth-failure alert');
      const text = slack.texts()[0];
      expect(text).toContain(
        '&lt;!channel&gt; please re-login at &lt;http://evil.example/login|https://paas.example.com/login&gt;',
      );
      expect(text).not.toMatch(/[<>]/);
      // stored, cut to the column's 64 characters (PostgreSQL refused the whole record before)
      expect(await deniedIps(t)).toContain(`${PHISH.slice(0, 63)}…`);
    } finally {
      await t.destroy();
    }
  });

  it('POST /alerts/test escapes every value it was given', async () => {
    const t = await start();
    try {
      const res = await request(t.url)
        .post('/api/v1/alerts/test')
        .set('Authorization', await bearer({ sub: '<!here>', scope: 'alerts:admin' }))
        .send({ message: PHISH, subject: '<@U123>', fields: { link: 'x>y', user: 'a&b' } })
        .expect(200);
      expect(res.body.result).toBe('sent');
      const text = slack.texts()[0];
      expect(text).toBe(
        '[TEST] &lt;!channel&gt; please re-login at &lt;http://evil.example/login|https://paas.example.com/login&gt;' +
          ' (route=default by a&amp;b)',
      );
    } finally {
      await t.destroy();
    }
  });

  it.each([
    ['true', /KLEPAAS_TRUST_PROXY: true trusts every client/],
    ['loopback, 10.0.0.0/33', /KLEPAAS_TRUST_PROXY: not an IP, CIDR .*"10\.0\.0\.0\/33"/],
    ['proxy.internal', /KLEPAAS_TRUST_PROXY: not an IP, CIDR .*"proxy\.internal"/],
    ['100', /KLEPAAS_TRUST_PROXY: a hop count must be 1–32/],
  ])('KLEPAAS_TRUST_PROXY=%s is refused at boot', async (value, message) => {
    const failure = createApp({
      KLEPAAS_JWT_SECRET: 'x'.repeat(40),
      KLEPAAS_DATABASE_URL: 'sqlite::memory:',
      KLEPAAS_LOG_LEVEL: 'silent',
      KLEPAAS_TRUST_PROXY: value,
    });
    await expect(failure).rejects.toBeInstanceOf(ConfigValidationError);
    await expect(failure).rejects.toThrow(message);
  });

  it.each(['2', '10.0.0.0/8, fd00::/8, loopback', '192.168.1.10', 'none'])(
    'KLEPAAS_TRUST_PROXY=%s is accepted',
    async (value) => {
      const t = await startTestApp({ env: { KLEPAAS_TRUST_PROXY: value } });
      await t.destroy();
    },
  );
});
