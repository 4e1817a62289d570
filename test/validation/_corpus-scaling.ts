/**
 * The corpus, the scaling rules (`lib/validation/scaling-rules.ts`): KEDA ScaledObjects and TriggerAuthentications,
 * VerticalPodAutoscalers, and how they agree with HorizontalPodAutoscalers and PodDisruptionBudgets. Each with the
 * exact error while building or the exact report of the gate.
 */
import { ApiObject, JsonPatch } from 'cdk8s';
import { BlueprintApp, ScalingPolicy, SecretRef, Worker } from '../../lib/index';
import { ScalingTrigger } from '../../lib/values/scaling-trigger';
import { CorpusCase, error, ONE_ERROR, production, report, WORKER } from './_corpus-kit';

/** Business hours: a trigger that needs no server and no Secret. */
const CRON = ScalingTrigger.cron({ timezone: 'Europe/Berlin', start: '0 8 * * 1-5', end: '0 18 * * 1-5', desiredReplicas: 3 });

/** A production Worker 'worker' scaled by KEDA between 2 and 6 replicas (a clean app: the gate passes it). */
function kedaWorker(app: BlueprintApp, props: { min?: number; triggers?: ScalingTrigger[]; rightSizing?: boolean } = {}): Worker {
  return new Worker(production(app), 'worker', {
    ...WORKER, rightSizing: props.rightSizing,
    scaling: ScalingPolicy.events({ minReplicas: props.min ?? 2, maxReplicas: 6, triggers: props.triggers ?? [CRON] }),
  });
}

const FIX = {
  'scaledobject-target': 'scale through the workload\'s scaling prop: ScalingPolicy.events({ minReplicas, maxReplicas, triggers })',
  'one-autoscaler': 'give the workload one scaling policy: ScalingPolicy.autoscale (CPU, memory) or ScalingPolicy.events (KEDA triggers; add a cpu trigger there if needed)',
  'scale-to-zero-budget': 'keep a minimum of 1 (ScalingPolicy.events({ minReplicas: 1, ... })) or give the workload disruptionBudget { maxUnavailable: 1 }',
  'trigger-authentication': 'pass the trigger a key of a Secret you provision (GeneratedCredentials, ExternalSecret) or declare (ProvidedSecret), e.g. password: redis.credentials.keyRef(\'password\')',
  'vpa-recommend-only': 'use the workload\'s rightSizing prop (updateMode Off)',
} as const;

const one = (rule: keyof typeof FIX, path: string, message: string) => report(ONE_ERROR, error(rule, path, message, FIX[rule]));

/** Scaling mistakes the workload records while building (run with the construct-workloads family). */
export const SCALING_CONSTRUCT_CASES: readonly CorpusCase[] = [
  {
    name: 'scaling: a workload that scales to zero with a disruption budget keeping pods available',
    kind: 'construct',
    build: (app) => {
      new Worker(production(app), 'worker', { ...WORKER, disruptionBudget: { minAvailable: 1 }, scaling: ScalingPolicy.events({ minReplicas: 0, maxReplicas: 4, triggers: [CRON] }) });
    },
    expected: "Worker 'shop-production/worker': 'disruptionBudget.minAvailable' (1) contradicts 'scaling.minReplicas' (0): a workload that scales to zero cannot keep pods available; use { maxUnavailable: 1 } or a minimum of 1",
  },
];

/** Inputs the scaling rules reject. */
export const SCALING_CASES: readonly CorpusCase[] = [
  {
    name: 'scaledobject-target: the Deployment a ScaledObject scales sets replicas',
    kind: 'gate', rule: 'scaledobject-target',
    build: (app) => { kedaWorker(app).deployment.addJsonPatch(JsonPatch.add('/spec/replicas', 3)); },
    expected: one('scaledobject-target', 'shop-production/worker/Deployment', "Deployment 'worker' sets replicas (3) but ScaledObject 'worker' scales it: every apply would reset the count"),
  },
  {
    name: 'one-autoscaler: a HorizontalPodAutoscaler besides the ScaledObject on one Deployment',
    kind: 'gate', rule: 'one-autoscaler',
    build: (app) => {
      const worker = kedaWorker(app);
      new ApiObject(worker, 'cpu-hpa', {
        apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'worker-cpu', namespace: 'shop' },
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'worker' }, minReplicas: 2, maxReplicas: 6 },
      });
    },
    expected: one('one-autoscaler', 'shop-production/worker/Autoscaler', "Deployment 'worker' is scaled by HorizontalPodAutoscaler 'worker-cpu' and ScaledObject 'worker': they would fight over its replicas"),
  },
  {
    name: 'scale-to-zero-budget: a PodDisruptionBudget with minAvailable on pods KEDA scales to zero',
    kind: 'gate', rule: 'scale-to-zero-budget',
    build: (app) => {
      const worker = kedaWorker(app, { min: 0 });
      new ApiObject(worker, 'budget', {
        apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'worker-budget', namespace: 'shop' },
        spec: { selector: { matchLabels: worker.selectorLabels }, minAvailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow' },
      });
    },
    // Also the minimum replicas vs the budget (pdb-selects-pods), and production's warning about fewer than two replicas.
    expected: report('Validation failed: 2 errors, 1 warning; nothing was written.',
      error('scale-to-zero-budget', 'shop-production/worker/Autoscaler',
        "ScaledObject 'worker' scales Deployment 'worker' to zero, but PodDisruptionBudget 'worker-budget' keeps minAvailable 1 of its pods available", FIX['scale-to-zero-budget']),
      error('pdb-selects-pods', 'shop-production/worker/budget',
        "PodDisruptionBudget 'worker-budget': minAvailable 1 is not below the minimum replicas (0) of Deployment 'worker'", 'use the workload\'s disruptionBudget prop'),
      "  ! [deployment-replicas] shop-production/worker/Deployment: Deployment 'worker' may scale down to 0 replicas (ScaledObject 'worker' has minReplicaCount 0)\n" +
      '      fix: one replica is by design in Environment.development() and with a ReadWriteOnce volume (expect this warning there); elsewhere use ScalingPolicy.fixed(n >= 2) or an autoscale policy with minReplicas >= 2'),
  },
  {
    name: 'trigger-authentication: a trigger password from a Secret the blueprint neither provisions nor declares',
    kind: 'gate', rule: 'trigger-authentication',
    build: (app) => {
      const auth = SecretRef.existing('queue-auth', ['password']);
      kedaWorker(app, { triggers: [ScalingTrigger.redisList({ host: 'redis.example.com', listName: 'jobs', listLength: 10, password: auth.keyRef('password') })] });
    },
    expected: one('trigger-authentication', 'shop-production/worker/TriggerAuthentication-redis-list',
      "TriggerAuthentication 'worker-redis-list' reads key 'password' of Secret 'queue-auth' (parameter password), which no ExternalSecret of the blueprint creates and no ProvidedSecret declares"),
  },
  {
    name: 'vpa-recommend-only: a VerticalPodAutoscaler that resizes pods an autoscaler also scales',
    kind: 'gate', rule: 'vpa-recommend-only',
    build: (app) => { kedaWorker(app, { rightSizing: true }).rightSizing!.addJsonPatch(JsonPatch.replace('/spec/updatePolicy/updateMode', 'Auto')); },
    expected: one('vpa-recommend-only', 'shop-production/worker/RightSizing',
      "VerticalPodAutoscaler 'worker' has updateMode 'Auto' on Deployment 'worker', which ScaledObject 'worker' also scales: VPA would resize the pods the autoscaler counts"),
  },
];
