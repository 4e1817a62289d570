/**
 * What WebService and Worker share (lib/replicated-workload.ts): the Deployment, replicas or an autoscaler
 * per environment, the rollout strategy, the PodDisruptionBudget and spreading.
 */
import {
  BlueprintTesting, Cpu, DeploymentStrategy, DisruptionBudget, Duration, Environment, ResourceProfile, ScalingPolicy,
  WebService, Worker,
} from '../../lib';
import { WEB, WORKER, blueprint, kindsAndNames, objectOf, objectsOf, podTemplate, selector } from '../_helpers';

type WorkerProps = ConstructorParameters<typeof Worker>[2];

/** A worker 'w' in `env` and its synthesized objects. */
function worker(props: Partial<WorkerProps> = {}, env: Environment = Environment.production()): { w: Worker; objects: any[]; deployment: any } {
  const shop = blueprint(env);
  const w = new Worker(shop, 'w', { ...WORKER, ...props });
  const objects = BlueprintTesting.synth(shop);
  return { w, objects, deployment: objectOf(objects, 'Deployment', 'w') };
}

const AUTOSCALE = ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 });

const SPREAD = {
  topologySpreadConstraints: [
    { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: selector('w', 'production') } },
    { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: selector('w', 'production') } },
  ],
  affinity: {
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        { weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: selector('w', 'production') } } },
      ],
    },
  },
};

describe('default configuration', () => {
  test('the Deployment of a worker in production', () => {
    // WHEN
    const { deployment } = worker();

    // THEN
    const { template: _template, ...spec } = deployment.spec;
    expect(spec).toMatchSnapshot();
    expect(deployment.spec).toMatchObject({
      replicas: 3,
      revisionHistoryLimit: 5,
      progressDeadlineSeconds: 600,
      selector: { matchLabels: selector('w', 'production') },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
    });
    expect(Object.keys(deployment.spec).sort()).toEqual(['progressDeadlineSeconds', 'replicas', 'revisionHistoryLimit', 'selector', 'strategy', 'template']);
  });
});

describe('scaling', () => {
  test.each([
    ['development', Environment.development(), 1],
    ['staging', Environment.staging(), 2],
    ['production', Environment.production(), 3],
    ['custom', Environment.custom({ name: 'qa', replicas: 4 }), 4],
  ])('without a policy, %s runs its environment\'s replica count', (_name, env, replicas) => {
    // WHEN
    const { w, objects, deployment } = worker({}, env);

    // THEN
    expect(deployment.spec.replicas).toEqual(replicas);
    expect(objectsOf(objects, 'HorizontalPodAutoscaler')).toEqual([]);
    expect([w.replicas, w.minReplicas, w.maxReplicas, w.autoscaler]).toEqual([replicas, replicas, replicas, undefined]);
  });

  test.each([
    ['development', Environment.development()],
    ['production', Environment.production()],
  ])('fixed(n) runs n replicas in %s', (_name, env) => {
    // WHEN
    const { objects, deployment } = worker({ scaling: ScalingPolicy.fixed(5) }, env);

    // THEN
    expect(deployment.spec.replicas).toEqual(5);
    expect(objectsOf(objects, 'HorizontalPodAutoscaler')).toEqual([]);
  });

  test('fixed(0) scales the workload down to nothing, without a budget', () => {
    // WHEN
    const { objects, deployment } = worker({ scaling: ScalingPolicy.fixed(0) });

    // THEN
    expect(deployment.spec.replicas).toEqual(0);
    expect(kindsAndNames(objects)).toEqual(['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'ServiceAccount/w', 'NetworkPolicy/w', 'Deployment/w']);
  });

  test.each([
    ['staging', Environment.staging()],
    ['production', Environment.production()],
  ])('autoscale in %s: an HPA owns the count and the Deployment has no replicas', (name, env) => {
    // WHEN
    const { w, objects, deployment } = worker({ scaling: AUTOSCALE }, env);

    // THEN
    expect('replicas' in deployment.spec).toBe(false);
    expect(objectOf(objects, 'HorizontalPodAutoscaler', 'w')).toEqual({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: expect.objectContaining({ name: 'w', namespace: 'shop' }),
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'w' },
        minReplicas: 2,
        maxReplicas: 10,
        metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
        behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
      },
    });
    expect(objectOf(objects, 'HorizontalPodAutoscaler', 'w').metadata.labels['blueprints.cdk8s.io/environment']).toEqual(name);
    expect([w.replicas, w.minReplicas, w.maxReplicas]).toEqual([undefined, 2, 10]);
  });

  test('memory, both metrics and the scale-down stabilization window', () => {
    // WHEN
    const { objects } = worker({
      scaling: ScalingPolicy.autoscale({ minReplicas: 3, maxReplicas: 6, cpuUtilization: 60, memoryUtilization: 80, scaleDownStabilization: Duration.minutes(10) }),
    });

    // THEN
    expect(objectOf(objects, 'HorizontalPodAutoscaler', 'w').spec).toEqual({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'w' },
      minReplicas: 3,
      maxReplicas: 6,
      metrics: [
        { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } },
        { type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: 80 } } },
      ],
      behavior: { scaleDown: { stabilizationWindowSeconds: 600 } },
    });
  });

  test('development does not autoscale: it runs min(minReplicas, its replica count), fixed', () => {
    // WHEN
    const { w, objects, deployment } = worker({ scaling: AUTOSCALE }, Environment.development());

    // THEN
    expect(deployment.spec.replicas).toEqual(1);
    expect(objectsOf(objects, 'HorizontalPodAutoscaler')).toEqual([]);
    expect([w.replicas, w.minReplicas, w.maxReplicas, w.autoscaler]).toEqual([1, 1, 1, undefined]);
  });

  test.each([
    [2, 2],
    [5, 3],
  ])('a custom environment without autoscaling and 3 replicas runs min(%p, 3) = %p', (minReplicas, expected) => {
    // GIVEN
    const env = Environment.custom({ name: 'qa', replicas: 3 });

    // WHEN
    const { deployment } = worker({ scaling: ScalingPolicy.autoscale({ minReplicas, maxReplicas: 10, memoryUtilization: 75 }) }, env);

    // THEN
    expect(deployment.spec.replicas).toEqual(expected);
  });
});

describe('strategy', () => {
  test('rollingUpdate options', () => {
    // WHEN
    const { w, deployment } = worker({ strategy: DeploymentStrategy.rollingUpdate({ maxSurge: 1, maxUnavailable: '10%' }) });

    // THEN
    expect(deployment.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: '10%' } });
    expect(w.strategy.type).toEqual('RollingUpdate');
  });

  test('recreate', () => {
    // WHEN
    const { w, deployment } = worker({ strategy: DeploymentStrategy.recreate() });

    // THEN
    expect(deployment.spec.strategy).toEqual({ type: 'Recreate' });
    expect(w.strategy.type).toEqual('Recreate');
  });
});

describe('disruptionBudget', () => {
  test('production with 3 replicas: maxUnavailable 1, selecting name+instance; an unhealthy pod may always be evicted', () => {
    // WHEN
    const { objects } = worker();

    // THEN
    expect(objectOf(objects, 'PodDisruptionBudget', 'w')).toEqual({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: expect.objectContaining({ name: 'w', namespace: 'shop' }),
      spec: { selector: { matchLabels: selector('w', 'production') }, maxUnavailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow' },
    });
  });

  test('staging with its 2 replicas gets one too', () => {
    expect(objectsOf(worker({}, Environment.staging()).objects, 'PodDisruptionBudget').length).toEqual(1);
  });

  test('none with fewer than 2 replicas', () => {
    expect(objectsOf(worker({ scaling: ScalingPolicy.fixed(1) }).objects, 'PodDisruptionBudget')).toEqual([]);
  });

  test('none for an autoscaled workload whose minimum is 1', () => {
    // WHEN
    const { objects } = worker({ scaling: ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 4, cpuUtilization: 70 }) });

    // THEN
    expect(objectsOf(objects, 'PodDisruptionBudget')).toEqual([]);
  });

  test('an autoscaled workload whose minimum is 2 gets one', () => {
    expect(objectsOf(worker({ scaling: AUTOSCALE }).objects, 'PodDisruptionBudget').length).toEqual(1);
  });

  test('none where the environment wants none, even with 3 replicas', () => {
    // WHEN
    const { w, objects } = worker({ scaling: ScalingPolicy.fixed(3) }, Environment.development());

    // THEN
    expect(objectsOf(objects, 'PodDisruptionBudget')).toEqual([]);
    expect(w.disruptionBudget).toBeUndefined();
  });

  test('a custom environment with disruptionBudgets', () => {
    // GIVEN
    const env = Environment.custom({ name: 'qa', replicas: 2, disruptionBudgets: true });

    // THEN
    expect(objectOf(worker({}, env).objects, 'PodDisruptionBudget', 'w').spec.maxUnavailable).toEqual(1);
  });

  test.each<[string, DisruptionBudget, Record<string, number>]>([
    ['minAvailable', { minAvailable: 2 }, { minAvailable: 2 }],
    ['maxUnavailable', { maxUnavailable: 2 }, { maxUnavailable: 2 }],
  ])('%s replaces the default', (_name, budget, expected) => {
    // WHEN
    const { objects } = worker({ disruptionBudget: budget });

    // THEN
    expect(objectOf(objects, 'PodDisruptionBudget', 'w').spec).toEqual({ selector: { matchLabels: selector('w', 'production') }, ...expected, unhealthyPodEvictionPolicy: 'AlwaysAllow' });
  });

  test('false: none', () => {
    // WHEN
    const { objects } = worker({ disruptionBudget: false }, Environment.staging());

    // THEN
    expect(objectsOf(objects, 'PodDisruptionBudget')).toEqual([]);
  });

  test('false in production is reported by the gate', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new Worker(shop, 'w', { ...WORKER, disruptionBudget: false });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toFail(/\[disruption-budget\] shop-production\/w\/Deployment: Deployment 'w' runs 3\+ replicas without a PodDisruptionBudget/);
  });

  test('minAvailable is not checked where no budget is emitted', () => {
    expect(objectsOf(worker({ disruptionBudget: { minAvailable: 5 } }, Environment.development()).objects, 'PodDisruptionBudget')).toEqual([]);
  });
});

describe('topology spread', () => {
  test('production with 3 replicas spreads over zones and nodes and prefers distinct nodes', () => {
    // WHEN
    const spec = podTemplate(worker().deployment).spec;

    // THEN
    expect({ topologySpreadConstraints: spec.topologySpreadConstraints, affinity: spec.affinity }).toEqual(SPREAD);
  });

  test('staging spreads its 2 replicas', () => {
    expect(podTemplate(worker({}, Environment.staging()).deployment).spec.topologySpreadConstraints).toHaveLength(2);
  });

  test('an autoscaled workload that may grow to 2 or more spreads, even from 1', () => {
    // WHEN
    const { deployment } = worker({ scaling: ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 3, cpuUtilization: 70 }) });

    // THEN
    expect(podTemplate(deployment).spec.topologySpreadConstraints).toHaveLength(2);
  });

  test('one replica keeps the (soft) spread constraints, without the anti-affinity', () => {
    // WHEN
    const spec = podTemplate(worker({ scaling: ScalingPolicy.fixed(1) }).deployment).spec;

    // THEN
    expect(spec.topologySpreadConstraints).toEqual(SPREAD.topologySpreadConstraints);
    expect(spec.affinity).toBeUndefined();
  });

  test('development spreads too (ScheduleAnyway), even with 3 replicas without the anti-affinity', () => {
    // WHEN
    const spec = podTemplate(worker({ scaling: ScalingPolicy.fixed(3) }, Environment.development()).deployment).spec;

    // THEN
    expect(spec.topologySpreadConstraints).toEqual(SPREAD.topologySpreadConstraints.map((t) => ({ ...t, labelSelector: { matchLabels: selector('w', 'development') } })));
    expect(spec.affinity).toBeUndefined();
  });
});

describe('errors', () => {
  const PREFIX = "Worker 'shop-production/w': ";
  const w = (props: Partial<WorkerProps>, env: Environment = Environment.production()) => () => new Worker(blueprint(env), 'w', { ...WORKER, ...props });

  // Value objects validate in their factory, before any construct exists: the message names the prop, the value
  // and the rule, and the stack trace points at the call in the app file (npm run synth prints that location).
  test('min > max replicas (current message, thrown by the ScalingPolicy)', () => {
    expect(() => new WebService(blueprint(), 'user-service', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 12, maxReplicas: 10, cpuUtilization: 70 }) }))
      .toFail("'scaling.minReplicas' (12) must be <= 'scaling.maxReplicas' (10)");
  });

  test.each([
    ['staging', Environment.staging(), 2, 2],
    ['production', Environment.production(), 3, 3],
  ])('minAvailable >= the minimum replicas in %s', (name, env, minAvailable, replicas) => {
    expect(w({ disruptionBudget: { minAvailable } }, env))
      .toFail(`Worker 'shop-${name}/w': 'disruptionBudget.minAvailable' (${minAvailable}) must be < the minimum replicas (${replicas}), or no node could ever be drained`);
  });

  test('minAvailable >= the autoscaler\'s minimum', () => {
    expect(w({ scaling: AUTOSCALE, disruptionBudget: { minAvailable: 2 } }))
      .toFail(`${PREFIX}'disruptionBudget.minAvailable' (2) must be < the minimum replicas (2), or no node could ever be drained`);
  });

  test.each([0, 1.5])('minAvailable %p', (minAvailable) => {
    expect(w({ disruptionBudget: { minAvailable } }))
      .toFail(`${PREFIX}'disruptionBudget.minAvailable' (${minAvailable}) must be a whole number >= 1`);
  });

  test.each([0, -1, 0.5])('maxUnavailable %p', (maxUnavailable) => {
    expect(w({ disruptionBudget: { maxUnavailable } }))
      .toFail(`${PREFIX}'disruptionBudget.maxUnavailable' (${maxUnavailable}) must be a whole number >= 1 (0 would block every node drain)`);
  });

  test('a CPU target without a CPU request', () => {
    // GIVEN: unreachable through the typed API (ResourceProfile always has a CPU request); forged here, with the small
    // profile's resources block (the workload renders it when it is made)
    const small = ResourceProfile.small();
    const noCpuRequest = Object.assign(Object.create(ResourceProfile.prototype), { ...small, cpu: { limit: Cpu.millis(500) }, toKube: () => small.toKube() });

    // THEN
    expect(w({ resources: noCpuRequest, scaling: AUTOSCALE }))
      .toFail(`${PREFIX}'scaling.cpuUtilization' (70) needs a CPU request on the container: utilization is a percentage of the request`);
  });

  test('value errors surface from the factory before the workload exists', () => {
    expect(() => ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 4 }))
      .toFail("'scaling' needs a target: set 'cpuUtilization', 'memoryUtilization' or both");
    expect(() => ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 4, cpuUtilization: 101 }))
      .toFail("'scaling.cpuUtilization' (101) must be a whole percentage from 1 to 100");
    expect(() => ScalingPolicy.autoscale({ minReplicas: 0, maxReplicas: 4, cpuUtilization: 50 }))
      .toFail("'scaling.minReplicas' (0) must be >= 1");
    expect(() => ScalingPolicy.fixed(-1)).toFail("'scaling.replicas' (-1) must be >= 0");
    expect(() => DeploymentStrategy.rollingUpdate({ maxSurge: 0, maxUnavailable: '0%' }))
      .toFail("'strategy.maxSurge' and 'strategy.maxUnavailable' must not both be 0: the rollout could never progress");
  });
});

describe('defaultChild', () => {
  test('deployment, autoscaler and disruptionBudget are the Deployment, HPA and PDB named after the workload', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    const w = new Worker(shop, 'w', { ...WORKER, scaling: AUTOSCALE });

    // THEN
    expect([w.deployment.kind, w.deployment.name, w.deployment.node.id]).toEqual(['Deployment', 'w', 'Deployment']);
    expect([w.autoscaler?.kind, w.autoscaler?.name]).toEqual(['HorizontalPodAutoscaler', 'w']);
    expect([w.disruptionBudget?.kind, w.disruptionBudget?.name]).toEqual(['PodDisruptionBudget', 'w']);
  });
});
