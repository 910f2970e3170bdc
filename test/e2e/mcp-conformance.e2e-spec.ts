import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { startAuthProxy, type AuthProxy } from '../support/mcp-auth-proxy.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AGENT_SCOPES, bearer } from '../support/tokens.js';

/**
 * The official MCP conformance suite (@modelcontextprotocol/conformance, server scenarios) against the
 * running app, through an authenticating proxy. Scenarios that need the reference server's fixture
 * tools/prompts/resources (test_simple_text, test_prompt_with_arguments, …) cannot apply: see README.
 */
const DEFAULT_SCENARIOS = [
  'server-initialize',
  'ping',
  'logging-set-level',
  'tools-list',
  'tools-call-error',
  'resources-list',
  'prompts-list',
  'dns-rebinding-protection',
  'server-sse-multiple-streams',
];
/** `KLEPAAS_CONFORMANCE_SCENARIOS=a,b npm run test:conformance` runs other scenarios. */
const CONFORMANCE_SCENARIOS =
  process.env.KLEPAAS_CONFORMANCE_SCENARIOS?.split(',').filter(Boolean) ?? DEFAULT_SCENARIOS;

const cli = join(
  dirname(createRequire(import.meta.url).resolve('@modelcontextprotocol/conformance/package.json')),
  'dist/index.js',
);

function runScenario(url: string, scenario: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'server', '--url', url, '--scenario', scenario], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('MCP conformance suite (server scenarios)', () => {
  let t: TestApp;
  let proxy: AuthProxy;
  beforeAll(async () => {
    t = await startTestApp();
    proxy = await startAuthProxy(
      t.url,
      await bearer({ sub: 'conformance', scope: AGENT_SCOPES, expiresIn: '1h' }),
    );
  });
  afterAll(async () => {
    await proxy?.close();
    await t?.destroy();
  });

  it.each(CONFORMANCE_SCENARIOS)(
    '%s passes',
    async (scenario) => {
      const { code, output } = await runScenario(`${proxy.url}/mcp`, scenario);
      if (code !== 0) throw new Error(`conformance ${scenario} failed (exit ${code}):\n${output}`);
      expect(output).toMatch(/Passed: (\d+)\/\1, 0 failed/);
    },
    60000,
  );
});
