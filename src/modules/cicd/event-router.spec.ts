import { createRequire } from 'node:module';
import { routeEvent, type RouterSettings } from './event-router.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: Record<string, any>[];
}[];
const example = (name: string, pick: (e: Record<string, any>) => boolean = () => true) =>
  structuredClone(examples.find((e) => e.name === name)!.examples.find(pick)!);

const settings: RouterSettings = { deployOnWorkflowRun: true, workflowNames: [] };

describe('routeEvent (real GitHub payloads)', () => {
  it('answers ping with pong, even without a repository', () => {
    expect(
      routeEvent(
        'ping',
        example('ping', (e) => !e.repository),
        settings,
      ),
    ).toMatchObject({
      kind: 'pong',
      zen: 'Anything added dilutes everything else.',
    });
  });

  it('deploys a push to the default branch to staging by sha', () => {
    const push = example('push', (e) => e.ref === 'refs/heads/master');
    expect(routeEvent('push', push, settings)).toEqual({
      kind: 'deploy',
      repository: 'Codertocat/Hello-World',
      trigger: 'push',
      ref: 'master',
      plan: { environment: 'staging', deployTag: push.after, tags: [push.after, 'master', 'latest-staging'] },
      identity: expect.stringMatching(/^push:[0-9a-f]{64}$/),
    });
  });

  it('ignores a repository name GitHub cannot have (too long, wrong shape) without keeping it', () => {
    for (const fullName of [
      'a'.repeat(300),
      'acme',
      'acme/web/x',
      '-acme/web',
      'acme/we b',
      'a'.repeat(40) + '/web',
    ]) {
      const push = example('push', (e) => e.ref === 'refs/heads/master');
      push.repository.full_name = fullName;
      const route = routeEvent('push', push, settings);
      expect(route).toMatchObject({ kind: 'ignored', repository: null });
      expect((route as { reason: string }).reason).toMatch(/is not a GitHub owner\/name$/);
      expect((route as { reason: string }).reason.length).toBeLessThan(160);
    }
    const ok = example('push', (e) => e.ref === 'refs/heads/master');
    ok.repository.full_name = `${'o'.repeat(39)}/${'r'.repeat(100)}`;
    expect(routeEvent('push', ok, settings).kind).toBe('deploy');
  });

  it('identifies a payload by what it says, not by its delivery: push = repository + ref + after', () => {
    const push = example('push', (e) => e.ref === 'refs/heads/master');
    const identity = (p: Record<string, any>) =>
      (routeEvent('push', p, settings) as { identity: string }).identity;
    expect(identity(structuredClone(push))).toBe(identity(push));
    expect(identity({ ...push, after: 'a'.repeat(40) })).not.toBe(identity(push));
    expect(identity({ ...push, repository: { ...push.repository, full_name: 'Codertocat/Other' } })).not.toBe(
      identity(push),
    );
    const release = example('release', (e) => e.action === 'published');
    const first = routeEvent('release', release, settings) as { identity: string };
    expect(first.identity).toMatch(/^release:[0-9a-f]{64}$/);
    expect(
      (
        routeEvent('release', { ...release, release: { ...release.release, id: 7 } }, settings) as {
          identity: string;
        }
      ).identity,
    ).not.toBe(first.identity);
  });

  it('refuses a push whose after is not a 40-hex commit sha', () => {
    const push = example('push', (e) => e.ref === 'refs/heads/master');
    for (const after of ['v9.9.9', 'latest', 'a'.repeat(300), 'ABCDEF'.repeat(7).slice(0, 40)])
      expect(routeEvent('push', { ...push, after }, settings)).toMatchObject({
        kind: 'invalid',
        field: 'after',
        message: `after must be a 40-character lowercase hex commit sha (got ${after.length} characters)`,
      });
  });

  it('follows KLEPAAS_CICD_BRANCH over the default branch', () => {
    const push = example('push', (e) => e.ref === 'refs/heads/master');
    expect(routeEvent('push', push, { ...settings, branch: 'main' })).toMatchObject({
      kind: 'ignored',
      reason: 'push to branch "master", deploys follow "main"',
    });
  });

  it('ignores tag pushes and deletions', () => {
    expect(
      routeEvent(
        'push',
        example('push', (e) => e.deleted === false && e.ref.startsWith('refs/tags/')),
        settings,
      ),
    ).toMatchObject({
      kind: 'ignored',
      reason: expect.stringContaining('not a branch push'),
    });
    const deleted = example('push', (e) => e.ref === 'refs/heads/master');
    deleted.deleted = true;
    expect(routeEvent('push', deleted, settings)).toMatchObject({
      kind: 'ignored',
      reason: 'ref refs/heads/master was deleted',
    });
  });

  it('deploys a published release to production with the fan-out, pre-releases to staging once', () => {
    expect(
      routeEvent(
        'release',
        example('release', (e) => e.action === 'published'),
        settings,
      ),
    ).toMatchObject({
      kind: 'deploy',
      trigger: 'release.published',
      plan: { environment: 'production', deployTag: 'v0.0.1', tags: ['v0.0.1', 'v0.0', 'v0', 'latest-prod'] },
    });
    expect(
      routeEvent(
        'release',
        example('release', (e) => e.action === 'prereleased'),
        settings,
      ),
    ).toMatchObject({
      kind: 'deploy',
      plan: { environment: 'staging', deployTag: 'v0.0.1', tags: ['v0.0.1', 'latest-staging'] },
    });
    const publishedPre = example('release', (e) => e.action === 'prereleased');
    publishedPre.action = 'published';
    expect(routeEvent('release', publishedPre, settings)).toMatchObject({ kind: 'ignored' });
    for (const action of ['created', 'edited', 'deleted', 'released'])
      expect(
        routeEvent(
          'release',
          example('release', (e) => e.action === action),
          settings,
        ).kind,
      ).toBe('ignored');
  });

  it('ignores non-SemVer release tags', () => {
    const r = example('release', (e) => e.action === 'published');
    r.release.tag_name = 'nightly';
    expect(routeEvent('release', r, settings)).toMatchObject({
      kind: 'ignored',
      reason: 'release tag "nightly" is not SemVer',
    });
  });

  it('deploys a successful workflow_run by head_sha only when enabled', () => {
    const run = example('workflow_run', (e) => e.workflow_run.conclusion === 'success');
    expect(routeEvent('workflow_run', run, settings)).toMatchObject({
      kind: 'deploy',
      trigger: 'workflow_run',
      plan: { environment: 'staging', deployTag: run.workflow_run.head_sha },
    });
    expect(routeEvent('workflow_run', run, { ...settings, deployOnWorkflowRun: false }).kind).toBe('ignored');
    expect(routeEvent('workflow_run', run, { ...settings, workflowNames: ['Build'] }).kind).toBe('ignored');
    expect(
      routeEvent(
        'workflow_run',
        example('workflow_run', (e) => e.action === 'requested'),
        settings,
      ).kind,
    ).toBe('ignored');
    expect(
      routeEvent(
        'workflow_run',
        example('workflow_run', (e) => e.workflow_run.conclusion === null),
        settings,
      ).kind,
    ).toBe('ignored');
  });

  it('ignores other events with the reason', () => {
    expect(routeEvent('issues', example('issues'), settings)).toEqual({
      kind: 'ignored',
      reason: 'event "issues" is not handled',
      repository: 'Codertocat/Hello-World',
    });
  });
});
