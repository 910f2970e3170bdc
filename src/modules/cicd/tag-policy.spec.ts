import { parseSemVer, pushPlan, releasePlan, toImageTag } from './tag-policy.js';

describe('tag policy', () => {
  it('parses SemVer with or without v, with pre-release and build parts', () => {
    expect(parseSemVer('v1.2.3')).toEqual({ major: 1, minor: 2, patch: 3, prerelease: null, build: null });
    expect(parseSemVer('0.0.1')).toMatchObject({ major: 0, minor: 0, patch: 1 });
    expect(parseSemVer('v2.0.0-rc.1+build.7')).toEqual({
      major: 2,
      minor: 0,
      patch: 0,
      prerelease: 'rc.1',
      build: 'build.7',
    });
  });

  it.each(['simple-tag', 'v1.2', '1', 'v01.2.3', '1.2.3.4', 'v1.2.3-', 'latest', '', 'v1.2.3-01'])(
    'refuses non-SemVer %p',
    (tag) => {
      expect(parseSemVer(tag)).toBeNull();
      expect(releasePlan(tag, false)).toBeNull();
    },
  );

  it('fans a stable release out to vX.Y.Z, vX.Y, vX and latest-prod in production', () => {
    expect(releasePlan('v1.4.2', false)).toEqual({
      environment: 'production',
      deployTag: 'v1.4.2',
      tags: ['v1.4.2', 'v1.4', 'v1', 'latest-prod'],
    });
    expect(releasePlan('0.0.1', false)?.tags).toEqual(['v0.0.1', 'v0.0', 'v0', 'latest-prod']);
    expect(releasePlan('v1.4.2+meta', false)?.deployTag).toBe('v1.4.2');
  });

  it('sends pre-releases to staging and never moves latest-prod or the floating tags', () => {
    expect(releasePlan('v2.0.0-rc.1', false)).toEqual({
      environment: 'staging',
      deployTag: 'v2.0.0-rc.1',
      tags: ['v2.0.0-rc.1', 'latest-staging'],
    });
    const flagged = releasePlan('0.0.1', true);
    expect(flagged).toEqual({
      environment: 'staging',
      deployTag: 'v0.0.1',
      tags: ['v0.0.1', 'latest-staging'],
    });
    expect(flagged?.tags).not.toContain('latest-prod');
  });

  it('deploys a push by commit sha and records branch and latest-staging', () => {
    const sha = '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c';
    expect(pushPlan('main', sha)).toEqual({
      environment: 'staging',
      deployTag: sha,
      tags: [sha, 'main', 'latest-staging'],
    });
    expect(pushPlan('release/2026.11', sha).tags[1]).toBe('release-2026.11');
  });

  it('maps branch names onto the image tag grammar', () => {
    expect(toImageTag('feature/ä-x')).toBe('feature---x');
    expect(toImageTag('.hidden')).toBe('hidden');
    expect(toImageTag('x'.repeat(300))).toHaveLength(128);
  });
});
