import request from 'supertest';
import { FakeSlack } from '../fakes/fake-slack.js';
import { startTestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';
import { waitUntil } from '../support/wait.js';

describe('repeated auth failures alert the security channel once per burst', () => {
  it('alerts at the threshold, not before, routed to the unauthorized channel', async () => {
    const slack = await FakeSlack.start();
    const t = await startTestApp({
      env: {
        KLEPAAS_SLACK_WEBHOOK_URL: slack.webhookUrl('/hook'),
        KLEPAAS_SLACK_ALERT_CHANNEL_DEFAULT: '#ops',
        KLEPAAS_SLACK_ALERT_CHANNEL_UNAUTHORIZED: '#security',
        KLEPAAS_AUTH_FAILURE_ALERT_THRESHOLD: '3',
      },
    });
    try {
      const eve = await bearer({ sub: 'eve', scope: 'apps:read' });
      await request(t.url).get('/api/v1/audit').set('Authorization', eve).expect(403);
      await request(t.url).get('/api/v1/audit').set('Authorization', eve).expect(403);
      await new Promise((r) => setTimeout(r, 300));
      expect(slack.posts).toHaveLength(0);
      await request(t.url).get('/api/v1/audit').set('Authorization', eve).expect(403);
      await request(t.url).get('/api/v1/audit').set('Authorization', eve).expect(403);
      await waitUntil(() => slack.posts.length >= 1, 'the auth-failure alert');
      await new Promise((r) => setTimeout(r, 300));
      expect(slack.posts).toHaveLength(1);
      const body = slack.posts[0].body;
      expect(body.channel).toBe('#security');
      expect(body.text).toContain('eve');
      expect(body.text).not.toMatch(/eyJ/); // no token in the alert
    } finally {
      await t.destroy();
      await slack.close();
    }
  });
});
