/**
 * How a replicated workload's scaling renders (lib/workloads/_scaling.ts): a KEDA ScaledObject and its
 * TriggerAuthentications for ScalingPolicy.events, the NetworkPolicy opening for the KEDA operator, and the
 * VerticalPodAutoscaler of rightSizing — through the workload, as users reach it.
 */
import {
  BackupPolicy, BlueprintTesting, Duration, Environment, GeneratedCredentials, Redis, ScalingPolicy, ScalingTrigger, Worker,
} from '../../lib';
import { WORKER, blueprint, kindsAndNames, objectOf } from '../_helpers';

const CRON = ScalingTrigger.cron({ timezone: 'Europe/Berlin', start: '0 8 * * 1-5', end: '0 18 * * 1-5', desiredReplicas: 4 });

/** A production shop with a Redis 'queue' and a Worker 'ledger' scaled by `scaling`. */
function ledger(scaling: (queue: Redis) => ScalingPolicy, env = Environment.production(), extra: Record<string, unknown> = {}) {
  const shop = blueprint(env, { namespace: 'shop' });
  const auth = new GeneratedCredentials(shop, 'queue-auth').secret;
  const queue = new Redis(shop, 'queue', { credentials: auth, backup: BackupPolicy.disabled('a work queue: producers replay lost items') });
  const worker = new Worker(shop, 'ledger', { ...WORKER, scaling: scaling(queue), ...extra });
  worker.connectTo(queue);
  return { worker, objects: BlueprintTesting.synth(shop) };
}

const onQueue = (queue: Redis, props: Partial<Parameters<typeof ScalingPolicy.events>[0]> = {}) => ScalingPolicy.events({
  minReplicas: 2, maxReplicas: 20,
  triggers: [ScalingTrigger.redisList({ host: queue.host, listName: 'ledger:entries', listLength: 50, password: queue.credentials.keyRef('password') }), CRON],
  ...props,
});

describe('ScalingPolicy.events', () => {
  test('a ScaledObject owns the replicas, with a TriggerAuthentication for the Redis password; no HorizontalPodAutoscaler', () => {
    // WHEN
    const { worker, objects } = ledger((q) => onQueue(q));

    // THEN
    expect(objectOf(objects, 'Deployment', 'ledger').spec.replicas).toBeUndefined();
    expect(kindsAndNames(objects).filter((k) => /HorizontalPodAutoscaler|ScaledObject|TriggerAuthentication/.test(k))).toEqual([
      'TriggerAuthentication/ledger-redis-list', 'ScaledObject/ledger',
    ]);
    expect(objectOf(objects, 'TriggerAuthentication', 'ledger-redis-list').spec).toEqual({ secretTargetRef: [{ parameter: 'password', name: 'queue-auth', key: 'password' }] });
    expect(objectOf(objects, 'ScaledObject', 'ledger').spec).toEqual({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'ledger' },
      pollingInterval: 30, minReplicaCount: 2, maxReplicaCount: 20,
      advanced: { horizontalPodAutoscalerConfig: { name: 'ledger', behavior: { scaleDown: { stabilizationWindowSeconds: 300 } } } },
      triggers: [
        { type: 'redis', name: 'redis-list', authenticationRef: { name: 'ledger-redis-list' }, metadata: { address: 'queue.shop.svc:6379', listName: 'ledger:entries', listLength: '50', databaseIndex: '0' } },
        { type: 'cron', name: 'cron', metadata: { timezone: 'Europe/Berlin', start: '0 8 * * 1-5', end: '0 18 * * 1-5', desiredReplicas: '4' } },
      ],
    });
    expect([worker.minReplicas, worker.maxReplicas, worker.replicas, worker.triggerAuthentications.length]).toEqual([2, 20, undefined, 1]);
    // Two or more replicas: the PodDisruptionBudget as for any workload.
    expect(objectOf(objects, 'PodDisruptionBudget', 'ledger').spec.maxUnavailable).toEqual(1);
  });

  test('the Redis the trigger polls admits the KEDA operator\'s namespace on its port, besides the worker', () => {
    // WHEN
    const { objects } = ledger((q) => onQueue(q, { operatorNamespace: 'keda-system' }));

    // THEN
    expect(objectOf(objects, 'NetworkPolicy', 'queue').spec.ingress).toEqual([
      { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'keda-system' } } }], ports: [{ port: 6379, protocol: 'TCP' }] },
      { from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/instance': 'shop-production', 'app.kubernetes.io/name': 'ledger' } } }], ports: [{ port: 6379, protocol: 'TCP' }] },
    ]);
  });

  test('scale to zero: cooldown and fallback, no PodDisruptionBudget; repeated trigger types get numbered names', () => {
    // WHEN
    const { objects } = ledger(() => ScalingPolicy.events({
      minReplicas: 0, maxReplicas: 5, cooldown: Duration.minutes(2), fallbackReplicas: 2, pollingInterval: Duration.seconds(15),
      triggers: [CRON, ScalingTrigger.cron({ timezone: 'Etc/UTC', start: '0 0 * * 6', end: '0 6 * * 6', desiredReplicas: 1 })],
    }));

    // THEN
    const spec = objectOf(objects, 'ScaledObject', 'ledger').spec;
    expect([spec.minReplicaCount, spec.cooldownPeriod, spec.pollingInterval, spec.fallback]).toEqual([0, 120, 15, { failureThreshold: 3, replicas: 2 }]);
    expect(spec.triggers.map((t: any) => t.name)).toEqual(['cron', 'cron-2']);
    expect(kindsAndNames(objects).filter((k) => /PodDisruptionBudget\/ledger|TriggerAuthentication/.test(k))).toEqual([]);
  });

  test('development does not autoscale: at least 1 fixed replica even from a minimum of 0, and no KEDA objects', () => {
    // WHEN
    const { worker, objects } = ledger(() => ScalingPolicy.events({ minReplicas: 0, maxReplicas: 5, triggers: [CRON] }), Environment.development());

    // THEN
    expect(objectOf(objects, 'Deployment', 'ledger').spec.replicas).toEqual(1);
    expect([worker.autoscaler, worker.triggerAuthentications]).toEqual([undefined, []]);
    expect(kindsAndNames(objects).filter((k) => /ScaledObject|TriggerAuthentication|HorizontalPodAutoscaler/.test(k))).toEqual([]);
  });
});

describe('rightSizing', () => {
  test('a VerticalPodAutoscaler that only recommends, next to the autoscaler, in every environment', () => {
    for (const env of [Environment.production(), Environment.development()]) {
      // WHEN
      const { worker, objects } = ledger((q) => onQueue(q), env, { rightSizing: true });

      // THEN
      expect(worker.rightSizing).toBeDefined();
      expect(objectOf(objects, 'VerticalPodAutoscaler', 'ledger')).toMatchObject({
        apiVersion: 'autoscaling.k8s.io/v1',
        spec: {
          targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'ledger' },
          updatePolicy: { updateMode: 'Off' },
          resourcePolicy: { containerPolicies: [{ containerName: '*', controlledResources: ['cpu', 'memory'] }] },
        },
      });
    }
  });

  test('off by default', () => {
    // WHEN
    const { worker, objects } = ledger((q) => onQueue(q));

    // THEN
    expect(worker.rightSizing).toBeUndefined();
    expect(kindsAndNames(objects).filter((k) => k.startsWith('VerticalPodAutoscaler/'))).toEqual([]);
  });
});

describe('the emitted objects pass the validators of kubernetes-models (KEDA, autoscaler, Gateway API packages)', () => {
  // The packages' own precompiled schema validators, independent of the gate's schemas.
  /* eslint-disable @typescript-eslint/no-var-requires */
  const { ScaledObject } = require('@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject');
  const { TriggerAuthentication } = require('@kubernetes-models/keda/keda.sh/v1alpha1/TriggerAuthentication');
  const { VerticalPodAutoscaler } = require('@kubernetes-models/autoscaler/autoscaling.k8s.io/v1/VerticalPodAutoscaler');

  test('ScaledObject, TriggerAuthentication and VerticalPodAutoscaler', () => {
    // GIVEN
    const { objects } = ledger((q) => onQueue(q, { minReplicas: 0, cooldown: Duration.minutes(1), fallbackReplicas: 2 }), Environment.production(), { rightSizing: true });

    // WHEN / THEN: validate() throws on any schema error
    expect(() => new ScaledObject(objectOf(objects, 'ScaledObject', 'ledger')).validate()).not.toThrow();
    expect(() => new TriggerAuthentication(objectOf(objects, 'TriggerAuthentication', 'ledger-redis-list')).validate()).not.toThrow();
    expect(() => new VerticalPodAutoscaler(objectOf(objects, 'VerticalPodAutoscaler', 'ledger')).validate()).not.toThrow();
    // and the validators do check: a broken copy fails
    const broken = objectOf(objects, 'VerticalPodAutoscaler', 'ledger');
    expect(() => new VerticalPodAutoscaler({ ...broken, spec: { ...broken.spec, updatePolicy: { updateMode: 'Never' } } }).validate()).toThrow(/updateMode must be equal to one of the allowed values/);
  });
});
