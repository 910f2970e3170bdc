import type { V1Deployment, V1Pod } from '@kubernetes/client-node';

/** Container waiting reasons that mean the rollout cannot succeed without a change. */
export const FATAL_WAITING_REASONS = new Set([
  'ImagePullBackOff',
  'ErrImagePull',
  'InvalidImageName',
  'ErrImageNeverPull',
  'CrashLoopBackOff',
  'CreateContainerConfigError',
  'CreateContainerError',
]);

export interface RolloutSnapshot {
  done: boolean;
  desired: number;
  ready: number;
  updated: number;
  available: number;
  /** Set when the rollout has failed for good. */
  failure?: { reason: string; message: string };
  message: string;
}

/** Where a Deployment's rollout stands (what `kubectl rollout status` checks). */
export function rolloutSnapshot(d: V1Deployment, desiredOverride?: number): RolloutSnapshot {
  const desired = desiredOverride ?? d.spec?.replicas ?? 1;
  const st = d.status ?? {};
  const ready = st.readyReplicas ?? 0;
  const updated = st.updatedReplicas ?? 0;
  const available = st.availableReplicas ?? 0;
  const total = st.replicas ?? 0;
  const counts = { desired, ready, updated, available };
  const generation = d.metadata?.generation ?? 0;
  const observed = st.observedGeneration ?? 0;
  const progressing = st.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded') {
    return {
      done: false,
      ...counts,
      failure: {
        reason: 'ProgressDeadlineExceeded',
        message: progressing.message ?? 'The deployment exceeded its progress deadline',
      },
      message: 'progress deadline exceeded',
    };
  }
  if (observed < generation)
    return {
      done: false,
      ...counts,
      message: 'waiting for the controller to observe the change',
    };
  const done = updated >= desired && ready >= desired && available >= desired && total <= desired;
  return {
    done,
    ...counts,
    message: done ? 'rollout complete' : `${ready}/${desired} replicas ready, ${updated} updated`,
  };
}

/**
 * The first fatal container waiting state among the pods, if any: the pod-level cause of a failing
 * rollout (ImagePullBackOff, CrashLoopBackOff, CreateContainerConfigError, …) with the kubelet's message
 * and, for a crash loop, how the container last ended. Pass the Deployment to skip the pods of older
 * ReplicaSets (another image). Callers prefer it to the Deployment's own
 * `ProgressDeadlineExceeded`, which only says that time ran out — and only after the deadline (10 minutes
 * by default), where the pods show the cause within seconds.
 */
export function podFailure(
  pods: V1Pod[],
  current?: V1Deployment | null,
): { reason: string; message: string } | null {
  const images = new Map(
    (current?.spec?.template?.spec?.containers ?? []).map((c) => [c.name, c.image] as const),
  );
  for (const pod of pods) {
    if (pod.metadata?.deletionTimestamp) continue;
    // A pod running another image than the Deployment's template belongs to an older ReplicaSet on its
    // way out (e.g. the broken release a fix replaces): its trouble is not this rollout's.
    if ((pod.spec?.containers ?? []).some((c) => images.has(c.name) && images.get(c.name) !== c.image))
      continue;
    for (const cs of [
      ...(pod.status?.initContainerStatuses ?? []),
      ...(pod.status?.containerStatuses ?? []),
    ]) {
      const waiting = cs.state?.waiting;
      if (!waiting?.reason || !FATAL_WAITING_REASONS.has(waiting.reason)) continue;
      const last = cs.lastState?.terminated;
      const ended = last
        ? `; last exit code ${last.exitCode}${last.reason ? ` (${last.reason})` : ''}${last.message ? `: ${last.message}` : ''}`
        : '';
      return {
        reason: waiting.reason,
        message: `Pod ${pod.metadata?.name ?? '?'} container ${cs.name}: ${waiting.reason}${waiting.message ? ` (${waiting.message})` : ''}${ended}`,
      };
    }
  }
  return null;
}
