import request from 'supertest';
import type { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { connectMcp, type Connected } from '../support/mcp-client.js';
import { registerApp, startAppWithFakeKube } from '../support/kube-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { bearer } from '../support/tokens.js';

/** Latin words left in a text once names, image references, tokens and code identifiers are taken out. */
function english(text: string, names: string[] = []): string[] {
  let left = text;
  for (const n of [...names].sort((a, b) => b.length - a.length)) left = left.split(n).join(' ');
  left = left
    .replace(/\S*[/:]\S*/g, ' ') // image references, paths
    .replace(/"[^"]*"/g, ' ')
    .replace(/\bcfm_\S+/g, ' ')
    .replace(/\b(?:confirmationToken|process_command)\b/g, ' ');
  return left.match(/[A-Za-z]{2,}/g) ?? [];
}
const NAMES = ['web-app', 'development', 'staging', 'production', 'v1', 'v2'];

describe('nlp: one language per answer (Korean in → Korean out, English in → English out)', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let nlp: string;
  let admin: string;
  const process = (command: string, extra: object = {}) =>
    request(t.url)
      .post('/api/v1/nlp/process')
      .set('Authorization', nlp)
      .send({ command, sessionId: `s-${Math.random()}`, ...extra });

  beforeAll(async () => {
    ({ kube, app: t } = await startAppWithFakeKube());
    // the channel's scope and the operations' own (issue 13: NL needs both)
    nlp = await bearer({ sub: 'alice', scope: 'nlp:read nlp:execute deploy:read deploy:write' });
    admin = await bearer({ sub: 'root', scope: 'apps:write deploy:write' });
    await registerApp(t.url, admin, 'web-app');
  });
  afterAll(async () => {
    await t.destroy();
    await kube.close();
  });

  it('error envelopes: same code, message in the command language', async () => {
    const ko = await process('개발의 web-app 롤백해줘').expect(404);
    expect(ko.body).toMatchObject({
      error: 'rollback_target_not_found',
      message: 'development의 web-app에는 롤백할 이전 성공 배포가 없습니다.',
      requestId: expect.any(String),
    });
    const en = await process('roll back web-app in development').expect(404);
    expect(en.body).toMatchObject({
      error: 'rollback_target_not_found',
      message: 'There is no previous successful deployment of web-app in development to roll back to',
    });
    const notDeployed = await process('개발의 web-app 재시작해줘').expect(404);
    expect(notDeployed.body.error).toBe('not_deployed');
    expect(notDeployed.body.message).toMatch(
      /^development\(네임스페이스 [a-z-]+\)에 "web-app"은 배포되어 있지 않습니다\.$/,
    );
    const tooLong = await process(`web-app 상태 ${'가'.repeat(500)}`).expect(400);
    expect(tooLong.body).toMatchObject({
      error: 'nlp_command_too_long',
      message: '명령이 너무 깁니다. 500자 이하로 말씀해 주세요.',
    });
  });

  it('confirmation: message, plan summary and reasons in Korean, particles by final sound', async () => {
    const ko = await process('운영에 web-app:v1 배포해줘').expect(200);
    expect(ko.body.language).toBe('ko');
    expect(ko.body.result.kind).toBe('confirmation_required');
    expect(ko.body.message).toBe(
      'production의 web-app 배포는 위험한 작업입니다 (운영 환경). 계획을 확인하고 "네"라고 답하거나 같은 명령을 confirmationToken과 함께 다시 보내면 실행합니다. "아니"라고 하면 취소합니다.',
    );
    expect(ko.body.result.plan).toMatchObject({
      operation: 'deploy',
      environment: 'production',
      summary: 'production(production)에 ghcr.io/acme/web-app:v1을 복제본 1개로 배포합니다.',
      destructiveBecause: ['운영 환경'],
    });
    for (const text of [
      ko.body.message,
      ko.body.result.plan.summary,
      ...ko.body.result.plan.destructiveBecause,
    ])
      expect(english(text, NAMES)).toEqual([]);

    const en = await process('deploy web-app:v1 to prod').expect(200);
    expect(en.body.language).toBe('en');
    expect(en.body.message).toMatch(
      /^deploy of web-app in production is destructive \(production environment\)/,
    );
    expect(en.body.result.plan).toMatchObject({
      summary: 'Deploy ghcr.io/acme/web-app:v1 to production (production) with 1 replica(s)',
      destructiveBecause: ['production environment'],
    });

    // a forged token: the confirmation error in Korean too
    const forged = await process('운영에 web-app:v1 배포해줘', { confirmationToken: 'cfm_forged' }).expect(
      400,
    );
    expect(forged.body).toMatchObject({
      error: 'confirmation_invalid',
      message: '확인 토큰이 올바르지 않습니다. 계획을 다시 받아 주세요.',
    });
  });

  it('롤백은 / 스케일은: the particle after an operation name follows its last sound', async () => {
    for (const tag of ['v1', 'v2'])
      await request(t.url)
        .post('/api/v1/apps/web-app/environments/staging/deploy')
        .set('Authorization', admin)
        .send({ tag })
        .expect(200);
    const rollback = await process('스테이징 web-app 롤백해줘').expect(200);
    expect(rollback.body.result.kind).toBe('confirmation_required');
    expect(rollback.body.message).toMatch(/^staging의 web-app 롤백은 위험한 작업입니다 \(롤백\)/);
    expect(rollback.body.result.plan.summary).toMatch(
      /^staging의 web-app을 ghcr\.io\/acme\/web-app:v1 \(리비전 1\)로 롤백합니다\.$/,
    );
    const scale = await process('스테이징 web-app 0개로 줄여줘').expect(200);
    expect(scale.body.message).toMatch(/^staging의 web-app 스케일은 위험한 작업입니다 \(복제본이 0개가 됨\)/);
    expect(scale.body.result.plan.summary).toBe('staging의 web-app 복제본을 1개에서 0개로 조정합니다.');
    const done = await process('스테이징 web-app 0개로 줄여줘', {
      confirmationToken: scale.body.result.confirmationToken,
    }).expect(200);
    expect(done.body.message).toBe('staging의 web-app을 0개로 스케일했습니다.');
  });

  it('a failed rollout is told in the command language (the record keeps its data)', async () => {
    kube.badImages.add('ghcr.io/acme/web-app:broken');
    try {
      const ko = await process('web-app:broken을 개발에 배포해줘').expect(200);
      expect(ko.body.result).toMatchObject({
        kind: 'executed',
        record: { status: 'failed', reason: expect.stringMatching(/ImagePull|ErrImage/) },
      });
      expect(ko.body.message).toBe(
        'development의 web-app 배포에 실패했습니다: 이미지를 가져오지 못했습니다.',
      );
      const en = await process('deploy web-app:broken to dev').expect(200);
      expect(en.body.message).toMatch(/^deploy of web-app in development failed: /);
    } finally {
      kube.badImages.clear();
    }
  });

  it('MCP process_command: the tool text is Korean for a Korean command, errors included', async () => {
    const mcp: Connected = await connectMcp(
      t.url,
      await bearer({
        sub: 'agent',
        scope: 'mcp:read mcp:execute nlp:read nlp:execute deploy:read deploy:write',
      }),
    );
    try {
      const call = async (command: string) =>
        (await mcp.client.callTool({ name: 'process_command', arguments: { command } })) as {
          isError?: boolean;
          content: { text: string }[];
          structuredContent?: any;
        };
      const plan = await call('운영에 web-app:v1 배포해줘');
      expect(plan.structuredContent.language).toBe('ko');
      const [message, next] = plan.content[0].text.split('\n');
      expect(message).toMatch(/위험한 작업입니다/);
      expect(next).toMatch(/^아직 아무것도 바꾸지 않았습니다\./);
      expect(english(plan.content[0].text, NAMES)).toEqual([]);
      const failed = await call('개발의 web-app 롤백해줘');
      expect(failed.isError).toBe(true);
      expect(failed.content[0].text).toBe(
        'rollback_target_not_found: development의 web-app에는 롤백할 이전 성공 배포가 없습니다.',
      );
      const interpreted = (await mcp.client.callTool({
        name: 'interpret_command',
        arguments: { command: 'web-app을 staging에 v1 배포해줘' },
      })) as { content: { text: string }[] };
      expect(interpreted.content[0].text).toMatch(
        /^배포 \(.*app=web-app.*\), 확신도 [\d.]+\. 아무것도 실행하지 않았습니다\.$/,
      );
    } finally {
      await mcp.close();
    }
  });
});

describe('nlp without a cluster: the dry-run notice in the command language', () => {
  let t: TestApp;
  let nlp: string;
  beforeAll(async () => {
    t = await startTestApp();
    await registerApp(t.url, await bearer({ scope: 'apps:write' }), 'web-app');
    nlp = await bearer({ sub: 'alice', scope: 'nlp:execute deploy:read deploy:write' });
  });
  afterAll(() => t.destroy());
  const process = (command: string) =>
    request(t.url).post('/api/v1/nlp/process').set('Authorization', nlp).send({ command });

  it('says the no-cluster notice and the cluster error in Korean for Korean, English for English', async () => {
    const ko = await process('web-app을 staging에 v1 배포해줘').expect(200);
    expect(ko.body.result).toMatchObject({
      kind: 'dry_run',
      notice:
        '쿠버네티스 클러스터가 설정되어 있지 않아 아무것도 바꾸지 않았습니다. 보냈을 요청은 다음과 같습니다.',
    });
    expect(ko.body.message).toMatch(
      /^드라이런: staging의 web-app 배포에는 쿠버네티스 요청 \d+건이 필요합니다/,
    );
    const en = await process('deploy web-app:v1 to staging').expect(200);
    expect(en.body.result.notice).toBe(
      'No Kubernetes cluster is configured: nothing was changed. These are the requests that would be sent.',
    );
    const status = await process('web-app 상태 알려줘').expect(503);
    expect(status.body.error).toBe('cluster_not_configured');
    expect(status.body.message).toMatch(/^쿠버네티스 클러스터가 설정되어 있지 않아/);
    expect(english(status.body.message, ['KUBECONFIG'])).toEqual([]);
  });
});
