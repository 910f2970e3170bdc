import type { V1Deployment, V1Pod } from '@kubernetes/client-node';
import { canonicalJson } from './confirmation.service.js';
import { tagOf } from './manifests.js';
import { podFailure, rolloutSnapshot } from './rollout.js';

const dep = (spec: number, gen: number, status: NonNullable<V1Deployment['status']>): V1Deployment => ({
  metadata: { generation: gen },
  spec: { replicas: spec, selector: {}, template: {} },
  status,
});

describe('rolloutSnapshot', () => {
  it('waits for the controller to observe the new generation', () => {
    const s = rolloutSnapshot(
      dep(2, 3, {
        observedGeneration: 2,
        readyReplicas: 2,
        updatedReplicas: 2,
        availableReplicas: 2,
        replicas: 2,
      }),
    );
    expect(s.done).toBe(false);
    expect(s.message).toMatch(/observe/);
  });

  it('is done when updated, ready and available reach desired and no old pods remain', () => {
    const base = { observedGeneration: 3, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2 };
    expect(rolloutSnapshot(dep(2, 3, { ...base, replicas: 3 })).done).toBe(false);
    expect(rolloutSnapshot(dep(2, 3, { ...base, replicas: 2 })).done).toBe(true);
    expect(rolloutSnapshot(dep(0, 3, { observedGeneration: 3 })).done).toBe(true);
  });

  it('fails on ProgressDeadlineExceeded', () => {
    const s = rolloutSnapshot(
      dep(2, 1, {
        observedGeneration: 1,
        conditions: [
          { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'timed out' },
        ],
      }),
    );
    expect(s.failure).toEqual({ reason: 'ProgressDeadlineExceeded', message: 'timed out' });
  });
});

describe('podFailure', () => {
  const pod = (reason: string): V1Pod => ({
    metadata: { name: 'p1' },
    status: {
      containerStatuses: [
        {
          name: 'app',
          image: 'i',
          imageID: '',
          ready: false,
          restartCount: 0,
          state: { waiting: { reason } },
        },
      ],
    },
  });
  it('names how a crash-looping container last ended, with the kubelet message', () => {
    const crashing = pod('CrashLoopBackOff');
    crashing.status!.containerStatuses![0].state!.waiting!.message =
      'back-off 10s restarting failed container';
    crashing.status!.containerStatuses![0].lastState = { terminated: { exitCode: 1, reason: 'Error' } };
    expect(podFailure([crashing])).toEqual({
      reason: 'CrashLoopBackOff',
      message:
        'Pod p1 container app: CrashLoopBackOff (back-off 10s restarting failed container); last exit code 1 (Error)',
    });
  });
  it("skips the pods of an older ReplicaSet (another image than the Deployment's)", () => {
    const old = {
      ...pod('ImagePullBackOff'),
      spec: { containers: [{ name: 'app', image: 'r/web:broken' }] },
    };
    const fixed = { spec: { template: { spec: { containers: [{ name: 'app', image: 'r/web:v2' }] } } } };
    expect(podFailure([old], fixed as V1Deployment)).toBeNull();
    expect(podFailure([old])?.reason).toBe('ImagePullBackOff');
    const current = { ...old, spec: { containers: [{ name: 'app', image: 'r/web:v2' }] } };
    expect(podFailure([current], fixed as V1Deployment)?.reason).toBe('ImagePullBackOff');
  });
  it('reports image pull and crash loops, not ContainerCreating', () => {
    expect(podFailure([pod('ImagePullBackOff')])?.reason).toBe('ImagePullBackOff');
    expect(podFailure([pod('CrashLoopBackOff')])?.message).toMatch(/p1 container app/);
    expect(podFailure([pod('ContainerCreating')])).toBeNull();
  });
});

describe('helpers', () => {
  it('tagOf ignores registry ports', () => {
    expect(tagOf('localhost:5000/web:v1')).toBe('v1');
    expect(tagOf('localhost:5000/web')).toBeNull();
    expect(tagOf(undefined)).toBeNull();
  });
  it('canonicalJson is independent of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });
});
