/**
 * The one image-tag policy (pure): which tag a delivery deploys, to which environment, and which tags
 * it records. The image workflow pushes the same tags.
 *
 * - push to the deploy branch → staging, deploy tag = commit sha; records sha, branch, latest-staging.
 * - release (stable SemVer) → production, deploy tag = vX.Y.Z; records vX.Y.Z, vX.Y, vX, latest-prod.
 * - pre-release (GitHub flag or a SemVer pre-release part) → staging, deploy tag = vX.Y.Z-pre;
 *   records that tag and latest-staging — never latest-prod nor the floating vX.Y / vX.
 */
export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string | null;
  build: string | null;
}

const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

export function parseSemVer(tag: string): SemVer | null {
  const m = SEMVER.exec(tag.trim());
  if (!m) return null;
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
  if (![major, minor, patch].every(Number.isSafeInteger)) return null;
  return { major, minor, patch, prerelease: m[4] ?? null, build: m[5] ?? null };
}

export interface TagPlan {
  environment: 'staging' | 'production';
  /** The image tag that is deployed. */
  deployTag: string;
  /** Every tag recorded for this delivery (the deployed one first). */
  tags: string[];
}

const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Docker tag grammar: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}. */
export function isImageTag(tag: string): boolean {
  return IMAGE_TAG.test(tag);
}

/** Branch names are mapped onto the Docker tag grammar. */
export function toImageTag(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[.-]+/, '');
  return cleaned.slice(0, 128) || 'branch';
}

export function pushPlan(branch: string, sha: string): TagPlan {
  const tags = [sha, toImageTag(branch), 'latest-staging'];
  return { environment: 'staging', deployTag: sha, tags: [...new Set(tags)] };
}

/** null when the tag is not SemVer (the delivery is ignored). */
export function releasePlan(tagName: string, githubPrerelease: boolean): TagPlan | null {
  const v = parseSemVer(tagName);
  if (!v) return null;
  const core = `v${v.major}.${v.minor}.${v.patch}`;
  if (githubPrerelease || v.prerelease) {
    const deployTag = v.prerelease ? `${core}-${v.prerelease}` : core;
    return { environment: 'staging', deployTag, tags: [deployTag, 'latest-staging'] };
  }
  return {
    environment: 'production',
    deployTag: core,
    tags: [core, `v${v.major}.${v.minor}`, `v${v.major}`, 'latest-prod'],
  };
}
