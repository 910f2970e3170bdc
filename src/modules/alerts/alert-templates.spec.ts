import {
  AlertRenderer,
  BUILT_IN_TEMPLATES,
  formatDuration,
  templateSyntaxProblem,
} from './alert-templates.js';
import { DEFAULT_TEMPLATE_ERROR, DEFAULT_TEMPLATE_HEALTH_DOWN } from './alerts.config.js';

const renderer = new AlertRenderer({
  error: DEFAULT_TEMPLATE_ERROR,
  health_down: DEFAULT_TEMPLATE_HEALTH_DOWN,
});
const deploy = {
  app: 'web-app',
  environment: 'prod',
  revision: 7,
  tag: 'v1.4.2',
  user: 'alice',
  durationMs: 12400,
  link: 'https://klepaas.example/api/v1/deployments/42',
};

describe('alert templates', () => {
  it('default error and health-down templates', () => {
    expect(
      renderer.render({
        kind: 'error',
        code: 'timeout',
        subject: 'github',
        message: 'upstream timed out',
        operation: 'tools/call gh.clone',
      }).text,
    ).toBe('[MCP][ERROR] tools/call gh.clone code=timeout msg=upstream timed out');
    expect(
      renderer.render({
        kind: 'health_down',
        code: 'unreachable',
        subject: 'github',
        message: 'ECONNREFUSED',
      }).text,
    ).toBe('[MCP][HEALTH][DOWN] code=unreachable msg=ECONNREFUSED');
  });

  it('deployment and rollback templates carry app, environment, revision, tag, who, duration and link', () => {
    const ok = renderer.render({
      kind: 'deployment_succeeded',
      subject: 'web-app/prod',
      message: 'done',
      fields: deploy,
    });
    expect(ok.text).toBe(
      '[DEPLOY][SUCCEEDED] web-app/prod revision=7 image=v1.4.2 by alice in 12.4s <https://klepaas.example/api/v1/deployments/42|history>',
    );
    const failed = renderer.render({
      kind: 'deployment_failed',
      code: 'image_pull_failed',
      subject: 'web-app/prod',
      message: 'ErrImagePull',
      fields: { ...deploy, durationMs: 125000 },
    });
    expect(failed.text).toContain(
      '[DEPLOY][FAILED] web-app/prod revision=7 image=v1.4.2 by alice after 2m 05s',
    );
    expect(failed.text).toContain('code=image_pull_failed msg=ErrImagePull');
    expect(
      renderer.render({ kind: 'rollback_succeeded', subject: 's', message: 'm', fields: deploy }).text,
    ).toMatch(/^\[ROLLBACK\]\[SUCCEEDED\] web-app\/prod to revision=7 image=v1\.4\.2 by alice in 12\.4s/);
    expect(
      renderer.render({ kind: 'rollback_failed', code: 'x', subject: 's', message: 'boom', fields: deploy })
        .text,
    ).toMatch(/^\[ROLLBACK\]\[FAILED\] web-app\/prod .* code=x msg=boom/);
  });

  it('cicd, health recovered, auth failures and test templates', () => {
    expect(
      renderer.render({
        kind: 'cicd_result',
        subject: 'org/web-app',
        message: '',
        fields: { ...deploy, result: 'success', repository: 'org/web-app', ref: 'main' },
      }).text,
    ).toBe(
      '[CICD][SUCCESS] org/web-app@main → web-app/prod revision=7 image=v1.4.2 by alice in 12.4s <https://klepaas.example/api/v1/deployments/42|history>',
    );
    expect(
      renderer.render({ kind: 'health_recovered', subject: 'github', message: 'back after 3 checks' }).text,
    ).toBe('[MCP][HEALTH][RECOVERED] github msg=back after 3 checks');
    expect(
      renderer.render({
        kind: 'auth_failures',
        code: 'forbidden',
        subject: '10.0.0.7',
        message: '403 on /api/v1/apps',
      }).text,
    ).toBe('[AUTH][FORBIDDEN] repeated auth failures from 10.0.0.7: 403 on /api/v1/apps');
    expect(renderer.render({ kind: 'test', subject: 't', message: 'hi' }, { route: 'default' }).text).toBe(
      '[TEST] hi (route=default)',
    );
  });

  it('missing variables render empty; values are Slack-escaped (& < >), not HTML-escaped', () => {
    const r = renderer.render({ kind: 'error', subject: 's', message: '<b>&"quotes"</b>' });
    expect(r.text).toBe('[MCP][ERROR]  code= msg=&lt;b&gt;&amp;"quotes"&lt;/b&gt;');
    expect(r.renderError).toBeUndefined();
  });

  it('no value from data can open a link or mention a channel, in any template or the fallback', () => {
    const evil = '<!channel> please re-login at <http://evil.example/login|https://paas.example.com/login>';
    const custom = new AlertRenderer({
      error: '{{ message }} {{ fields_are_flat }} {{ nested.deep[0] }}',
      health_down: '{{ message | nosuchfilter }}',
    });
    const texts = [
      ...(['error', 'auth_failures', 'deployment_failed', 'cicd_result', 'test'] as const).map(
        (kind) =>
          renderer.render({
            kind,
            code: evil,
            subject: evil,
            message: evil,
            operation: evil,
            fields: { app: evil, user: evil, ref: evil, repository: evil, link: evil, result: evil },
          }).text,
      ),
      custom.render({ kind: 'error', subject: evil, message: evil, fields: { nested: { deep: [evil] } } })
        .text,
      custom.render({ kind: 'health_down', subject: evil, message: evil, operation: evil, code: evil }).text,
    ];
    for (const text of texts) {
      expect(text).toContain('&lt;!channel&gt;');
      // the only `<` left are the templates' own `<link|history>` around an escaped value
      expect(text.replace(/<&lt;[^<>]*\|history>/g, '')).not.toMatch(/[<>]/);
    }
  });

  it('a render failure gives the plain fallback text and the reason', () => {
    const broken = new AlertRenderer({
      error: '{{ message | nosuchfilter }}',
      health_down: DEFAULT_TEMPLATE_HEALTH_DOWN,
    });
    const r = broken.render({
      kind: 'error',
      code: 'timeout',
      subject: 'github',
      message: 'slow',
      operation: 'op',
    });
    expect(r.text).toBe('[ERROR] github op code=timeout msg=slow (template render failed; plain text)');
    expect(r.renderError).toMatch(/filter not found: nosuchfilter/);
  });

  it('syntax check names the problem, and every built-in template compiles', () => {
    expect(templateSyntaxProblem('{{ code ')).toMatch(/expected variable end/);
    expect(templateSyntaxProblem('{% if %}')).toMatch(/unexpected token/);
    expect(templateSyntaxProblem(DEFAULT_TEMPLATE_ERROR)).toBeNull();
    for (const source of Object.values(BUILT_IN_TEMPLATES)) expect(templateSyntaxProblem(source)).toBeNull();
  });

  it('formats durations', () => {
    expect(formatDuration(850)).toBe('850ms');
    expect(formatDuration('12400')).toBe('12.4s');
    expect(formatDuration(3600000)).toBe('60m 00s');
    expect(formatDuration(undefined)).toBe('');
    expect(formatDuration('x')).toBe('');
  });
});
