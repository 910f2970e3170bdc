import { createHash } from 'node:crypto';
import { isImageTag, pushPlan, releasePlan, type TagPlan } from './tag-policy.js';

/** What a verified delivery asks for, before the repository is looked up in the apps registry. */
export type Route =
  | { kind: 'pong'; zen: string | null; hookId: number | null }
  | { kind: 'ignored'; reason: string; repository: string | null }
  | {
      kind: 'deploy';
      repository: string;
      trigger: string;
      ref: string;
      plan: TagPlan;
      /**
       * The payload's own identity (the delivery id is not signed, a replay can change it): push =
       * repository + ref + `after`, release = release id + action, workflow_run = run id + attempt.
       */
      identity: string;
    }
  /** A signed payload GitHub would never send (e.g. `after` that is not a commit sha): refused with 400. */
  | { kind: 'invalid'; field: string; message: string };

export interface RouterSettings {
  /** Overrides the repository's default branch. */
  branch?: string;
  deployOnWorkflowRun: boolean;
  workflowNames: string[];
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};
const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** GitHub's own limits (owner 1–39, repository 1–100 characters): anything else is not from GitHub. */
const FULL_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;

/** A git commit id as GitHub sends it (SHA-1, 40 hex digits). */
const COMMIT_SHA = /^[0-9a-f]{40}$/;

const identityOf = (event: string, ...parts: (string | number)[]) =>
  `${event}:${createHash('sha256').update(parts.join('\n')).digest('hex')}`;

const invalid = (field: string, message: string): Route => ({ kind: 'invalid', field, message });

/** A sha as a deploy tag, or why it cannot be one (never echoing the value itself: it may be huge). */
function commitSha(value: unknown, field: string): string | Route {
  if (typeof value !== 'string' || !COMMIT_SHA.test(value))
    return invalid(
      field,
      `${field} must be a 40-character lowercase hex commit sha` +
        (typeof value === 'string' ? ` (got ${value.length} characters)` : ''),
    );
  return value;
}

const ignored = (reason: string, repository: string | null): Route => ({
  kind: 'ignored',
  reason,
  repository,
});

/** Pure routing of a GitHub event (its X-GitHub-Event name and parsed payload). */
export function routeEvent(event: string, payload: unknown, settings: RouterSettings): Route {
  const body = obj(payload);
  if (event === 'ping') return pong(body);
  const repo = obj(body.repository);
  const repository = str(repo.full_name);
  if (!repository) return ignored(`event "${event}" carries no repository`, null);
  if (!FULL_NAME.test(repository))
    return ignored(`repository ${JSON.stringify(repository.slice(0, 100))} is not a GitHub owner/name`, null);
  const deployBranch = settings.branch ?? str(repo.default_branch);
  if (event === 'push') return routePush(body, repository, deployBranch);
  if (event === 'release') return routeRelease(body, repository);
  if (event === 'workflow_run') return routeWorkflowRun(body, repository, deployBranch, settings);
  return ignored(`event "${event}" is not handled`, repository);
}

function pong(body: Json): Route {
  const hookId = obj(body.hook).id;
  return { kind: 'pong', zen: str(body.zen), hookId: typeof hookId === 'number' ? hookId : null };
}

/** A push to the deploy branch deploys its head commit to staging. */
function routePush(body: Json, repository: string, deployBranch: string | null): Route {
  const ref = str(body.ref) ?? '';
  if (body.deleted === true) return ignored(`ref ${ref} was deleted`, repository);
  if (!ref.startsWith('refs/heads/'))
    return ignored(`push to ${ref || 'an unknown ref'} is not a branch push`, repository);
  const branch = ref.slice('refs/heads/'.length);
  if (!deployBranch) return ignored('the repository has no default branch', repository);
  if (branch !== deployBranch)
    return ignored(`push to branch "${branch}", deploys follow "${deployBranch}"`, repository);
  const after = str(body.after) ?? str(obj(body.head_commit).id);
  if (!after || /^0+$/.test(after)) return ignored('push carries no commit', repository);
  const sha = commitSha(after, 'after');
  if (typeof sha !== 'string') return sha;
  return {
    kind: 'deploy',
    repository,
    trigger: 'push',
    ref: branch,
    plan: pushPlan(branch, sha),
    identity: identityOf('push', repository, ref, sha),
  };
}

/** A published SemVer release deploys to production, a pre-release to staging. */
function routeRelease(body: Json, repository: string): Route {
  const action = str(body.action);
  const release = obj(body.release);
  const tag = str(release.tag_name) ?? '';
  const prerelease = release.prerelease === true;
  if (release.draft === true) return ignored('draft releases are not deployed', repository);
  // GitHub sends `published` for every release and also `prereleased` for pre-releases: deploying
  // on both would deploy a pre-release twice, so each release deploys on exactly one action.
  if (action === 'published' && prerelease)
    return ignored('pre-release deploys on its "prereleased" action', repository);
  if (action !== 'published' && action !== 'prereleased')
    return ignored(`release action "${action ?? 'none'}" is not deployed`, repository);
  const plan = releasePlan(tag, action === 'prereleased' || prerelease);
  if (!plan) return ignored(`release tag "${tag.slice(0, 64)}" is not SemVer`, repository);
  if (!isImageTag(plan.deployTag))
    return ignored('release tag is too long for an image tag (at most 128 characters)', repository);
  const releaseId = typeof release.id === 'number' ? release.id : `${repository}@${tag}`;
  return {
    kind: 'deploy',
    repository,
    trigger: `release.${action}`,
    ref: tag,
    plan,
    identity: identityOf('release', releaseId, action),
  };
}

/** When enabled, a successful run of a listed workflow on the deploy branch deploys what it built to staging. */
function routeWorkflowRun(
  body: Json,
  repository: string,
  deployBranch: string | null,
  settings: RouterSettings,
): Route {
  if (!settings.deployOnWorkflowRun)
    return ignored('workflow_run deploys are off (KLEPAAS_CICD_DEPLOY_ON_WORKFLOW_RUN)', repository);
  const run = obj(body.workflow_run);
  const action = str(body.action);
  if (action !== 'completed') return ignored(`workflow_run action "${action ?? 'none'}"`, repository);
  if (run.conclusion !== 'success')
    return ignored(`workflow_run concluded "${String(run.conclusion)}"`, repository);
  const name = str(run.name) ?? str(obj(body.workflow).name) ?? '';
  if (settings.workflowNames.length > 0 && !settings.workflowNames.includes(name))
    return ignored(`workflow "${name}" is not in KLEPAAS_CICD_WORKFLOW_NAMES`, repository);
  const branch = str(run.head_branch) ?? '';
  if (deployBranch && branch !== deployBranch)
    return ignored(`workflow ran on "${branch}", deploys follow "${deployBranch}"`, repository);
  const headSha = str(run.head_sha);
  if (!headSha) return ignored('workflow_run carries no head_sha', repository);
  const sha = commitSha(headSha, 'workflow_run.head_sha');
  if (typeof sha !== 'string') return sha;
  const runId = typeof run.id === 'number' ? run.id : `${repository}@${sha}`;
  const attempt = typeof run.run_attempt === 'number' ? run.run_attempt : 1;
  return {
    kind: 'deploy',
    repository,
    trigger: 'workflow_run',
    ref: branch,
    plan: pushPlan(branch, sha),
    identity: identityOf('workflow_run', runId, attempt),
  };
}
