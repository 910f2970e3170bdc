import type { FakeKubeApi } from '../fakes/fake-kube-api.js';
import { connectMcp, type Connected } from '../support/mcp-client.js';
import { registerApp, startAppWithFakeKube } from '../support/kube-app.js';
import type { TestApp } from '../support/test-app.js';
import { AGENT_READ_SCOPES, AGENT_SCOPES, bearer } from '../support/tokens.js';

type Result = { isError?: boolean; content: { text: string }[]; structuredContent?: any };

describe('MCP server: interpret_command and process_command (offline interpreter, fake Kubernetes)', () => {
  let kube: FakeKubeApi;
  let t: TestApp;
  let exec: Connected;
  let reader: Connected;
  const call = async (c: Connected, name: string, args: Record<string, unknown>) =>
    (await c.client.callTool({ name, arguments: args })) as Result;

  beforeAll(async () => {
    ({ kube, app: t } = await startAppWithFakeKube());
    await registerApp(t.url, await bearer({ scope: 'apps:write' }), 'web-app');
    exec = await connectMcp(t.url, await bearer({ sub: 'alice', scope: AGENT_SCOPES }));
    reader = await connectMcp(t.url, await bearer({ sub: 'rita', scope: AGENT_READ_SCOPES }));
  });
  afterAll(async () => {
    await exec?.close();
    await reader?.close();
    await t.destroy();
    await kube.close();
  });

  it('interpret_command (mcp:read) interprets Korean and runs nothing', async () => {
    const res = await call(reader, 'interpret_command', { command: 'web-app을 staging에 v1 배포해줘' });
    expect(res.isError).toBeFalsy();
    expect(res.structuredContent).toMatchObject({
      intent: 'deploy',
      entities: { app: 'web-app', environment: 'staging', tag: 'v1' },
      ambiguous: false,
    });
    expect(res.content[0].text).toMatch(
      /^배포 \(.*app=web-app.*\), 확신도 [\d.]+\. 아무것도 실행하지 않았습니다\.$/,
    );
    const en = await call(reader, 'interpret_command', { command: 'deploy web-app:v1 to staging' });
    expect(en.content[0].text).toMatch(
      /^deploy \(.*app=web-app.*\), confidence [\d.]+\. Nothing was executed\.$/,
    );
    expect(kube.deployment('staging', 'web-app')).toBeUndefined();
    const names = (await reader.client.listTools()).tools.map((x) => x.name);
    expect(names).toContain('interpret_command');
    expect(names).not.toContain('process_command');
    const refused = await call(reader, 'process_command', { command: 'web-app을 staging에 v1 배포해줘' });
    expect(refused.isError).toBe(true);
    expect(refused.content[0].text).toMatch(/needs scope mcp:execute/);
  });

  it('process_command executes through DeploymentsService, with follow-ups in the MCP session context', async () => {
    const res = await call(exec, 'process_command', { command: 'web-app을 staging에 v1 배포해줘' });
    expect(res.structuredContent).toMatchObject({
      interpretation: { intent: 'deploy' },
      result: {
        kind: 'executed',
        record: { app: 'web-app', status: 'succeeded', user: 'alice', source: 'nlp' },
      },
    });
    expect(res.content[0].text).toBe('staging의 web-app을 v1 버전으로 배포했습니다.');
    expect(kube.deployment('staging', 'web-app')).toBeDefined();
    const scaled = await call(exec, 'process_command', { command: '3개로 늘려줘' });
    expect(scaled.structuredContent.result).toMatchObject({
      kind: 'executed',
      record: { operation: 'scale', replicasAfter: 3 },
    });
  });

  it('process_command follows the confirmation rule for production', async () => {
    const first = await call(exec, 'process_command', { command: 'deploy web-app:v1 to prod' });
    expect(first.structuredContent.result).toMatchObject({
      kind: 'confirmation_required',
      confirmationToken: expect.any(String),
    });
    expect(first.content[0].text).toMatch(/Nothing was changed yet/);
    expect(kube.deployment('production', 'web-app')).toBeUndefined();
    const second = await call(exec, 'process_command', {
      command: 'deploy web-app:v1 to prod',
      confirmationToken: first.structuredContent.result.confirmationToken,
    });
    expect(second.structuredContent.result).toMatchObject({
      kind: 'executed',
      record: { environment: 'production' },
    });
    expect(kube.deployment('production', 'web-app')).toBeDefined();
  });

  it('process_command: "네" in the MCP session confirms the pending plan, "no" cancels one', async () => {
    const plan = await call(exec, 'process_command', { command: '운영에서 web-app 재시작해줘' });
    expect(plan.structuredContent.result.kind).toBe('confirmation_required');
    expect(plan.content[0].text).toMatch(/이 세션에서 "네"라고 답하세요/);
    const writes = () => kube.requests.filter((r) => r.method !== 'GET').length;
    const yes = await call(exec, 'process_command', { command: '네' });
    expect(yes.structuredContent.result).toMatchObject({
      kind: 'executed',
      record: { operation: 'restart', environment: 'production', user: 'alice' },
    });
    await call(exec, 'process_command', { command: 'delete web-app from staging' });
    const before = writes();
    const no = await call(exec, 'process_command', { command: 'no' });
    expect(no.structuredContent.result).toMatchObject({ kind: 'cancelled', operation: 'delete' });
    expect(writes()).toBe(before);
    expect(kube.deployment('staging', 'web-app')).toBeDefined();
  });

  it('ambiguous or unrelated commands execute nothing and say why', async () => {
    const chat = await call(exec, 'process_command', { command: '오늘 날씨 어때?' });
    expect(chat.isError).toBeFalsy();
    expect(['not_an_operation', 'clarification_needed']).toContain(chat.structuredContent.result.kind);
    expect(chat.structuredContent.result.record).toBeUndefined();
    const tooLong = await call(exec, 'interpret_command', { command: 'x'.repeat(501) });
    expect(tooLong.isError).toBe(true);
    expect(tooLong.content[0].text).toMatch(/500/);
    expect(tooLong.content[0].text).not.toMatch(/2000/);
  });
});
