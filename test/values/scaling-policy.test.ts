import { Duration } from 'cdk8s';
import fc from 'fast-check';
import { BlueprintError } from '../../lib/values/_errors';
import { ScalingPolicy } from '../../lib/values/scaling-policy';
import { ScalingTrigger } from '../../lib/values/scaling-trigger';

const NEEDS_TARGET = "'scaling' needs a target: set 'cpuUtilization', 'memoryUtilization' or both";

describe('ScalingPolicy.fixed', () => {
  test('runs exactly the given replicas, with no metrics', () => {
    // GIVEN / WHEN
    const policy = ScalingPolicy.fixed(3);

    // THEN
    expect(policy.minReplicas).toEqual(3);
    expect(policy.maxReplicas).toEqual(3);
    expect(policy.isAutoscaled).toBe(false);
    expect(policy.cpuUtilization).toBeUndefined();
    expect(policy.memoryUtilization).toBeUndefined();
    expect(policy.scaleDownStabilizationSeconds).toEqual(300);
    expect(policy.toMetrics()).toEqual([]);
  });

  test('allows 0 replicas (a scaled-down workload)', () => {
    // GIVEN / WHEN / THEN
    expect(ScalingPolicy.fixed(0).minReplicas).toEqual(0);
  });

  test.each([
    [-1, "'scaling.replicas' (-1) must be >= 0"],
    [1.5, "'scaling.replicas' (1.5) must be a whole number"],
    [NaN, "'scaling.replicas' (NaN) must be a whole number"],
  ])('rejects %p with the exact message', (replicas, message) => {
    // GIVEN / WHEN / THEN
    expect(() => ScalingPolicy.fixed(replicas)).toThrow(message);
  });
});

describe('ScalingPolicy.autoscale', () => {
  test('the documented example: 2-10 replicas at 70% CPU', () => {
    // GIVEN / WHEN
    const policy = ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 });

    // THEN
    expect(policy.isAutoscaled).toBe(true);
    expect(policy.minReplicas).toEqual(2);
    expect(policy.maxReplicas).toEqual(10);
    expect(policy.scaleDownStabilizationSeconds).toEqual(300);
    expect(policy.toMetrics()).toEqual([
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
    ]);
  });

  test('memory only', () => {
    // GIVEN / WHEN
    const policy = ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 3, memoryUtilization: 80 });

    // THEN
    expect(policy.cpuUtilization).toBeUndefined();
    expect(policy.memoryUtilization).toEqual(80);
    expect(policy.toMetrics()).toEqual([
      { type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: 80 } } },
    ]);
  });

  test('both metrics, CPU first, and a custom stabilization window', () => {
    // GIVEN / WHEN
    const policy = ScalingPolicy.autoscale({
      minReplicas: 3,
      maxReplicas: 3,
      cpuUtilization: 1,
      memoryUtilization: 100,
      scaleDownStabilization: Duration.minutes(1),
    });

    // THEN
    expect(policy.scaleDownStabilizationSeconds).toEqual(60);
    expect(policy.toMetrics()).toEqual([
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 1 } } },
      { type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: 100 } } },
    ]);
  });

  test('a stabilization window of 0s and of exactly 1 hour are accepted', () => {
    // GIVEN / WHEN / THEN
    expect(ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 2, cpuUtilization: 50, scaleDownStabilization: Duration.seconds(0) })
      .scaleDownStabilizationSeconds).toEqual(0);
    expect(ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 2, cpuUtilization: 50, scaleDownStabilization: Duration.hours(1) })
      .scaleDownStabilizationSeconds).toEqual(3600);
  });

  test.each([
    [{ minReplicas: 0, maxReplicas: 10, cpuUtilization: 70 }, "'scaling.minReplicas' (0) must be >= 1"],
    [{ minReplicas: 1.5, maxReplicas: 10, cpuUtilization: 70 }, "'scaling.minReplicas' (1.5) must be a whole number"],
    [{ minReplicas: 1, maxReplicas: 0, cpuUtilization: 70 }, "'scaling.maxReplicas' (0) must be >= 1"],
    [{ minReplicas: 1, maxReplicas: 2.5, cpuUtilization: 70 }, "'scaling.maxReplicas' (2.5) must be a whole number"],
    [{ minReplicas: 12, maxReplicas: 10, cpuUtilization: 70 }, "'scaling.minReplicas' (12) must be <= 'scaling.maxReplicas' (10)"],
    [{ minReplicas: 2, maxReplicas: 10, cpuUtilization: 0 }, "'scaling.cpuUtilization' (0) must be a whole percentage from 1 to 100"],
    [{ minReplicas: 2, maxReplicas: 10, cpuUtilization: 101 }, "'scaling.cpuUtilization' (101) must be a whole percentage from 1 to 100"],
    [{ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70.5 }, "'scaling.cpuUtilization' (70.5) must be a whole percentage from 1 to 100"],
    [{ minReplicas: 2, maxReplicas: 10, memoryUtilization: 0 }, "'scaling.memoryUtilization' (0) must be a whole percentage from 1 to 100"],
    [{ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70, memoryUtilization: 150 }, "'scaling.memoryUtilization' (150) must be a whole percentage from 1 to 100"],
    [{ minReplicas: 2, maxReplicas: 10 }, NEEDS_TARGET],
    [{ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70, scaleDownStabilization: Duration.millis(1500) }, "'scaling.scaleDownStabilization' ('1500ms') must be a whole number of seconds"],
    [{ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70, scaleDownStabilization: Duration.seconds(3601) }, "'scaling.scaleDownStabilization' ('3601s') must be at most 1 hour (the API limit)"],
    [{ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70, scaleDownStabilization: Duration.hours(2) }, "'scaling.scaleDownStabilization' ('7200s') must be at most 1 hour (the API limit)"],
  ])('%j throws the exact message', (props, message) => {
    // GIVEN / WHEN / THEN
    expect(() => ScalingPolicy.autoscale(props)).toThrow(message);
  });

  test('checks in order: min, max, min <= max, utilization, target, stabilization', () => {
    // GIVEN / WHEN / THEN
    expect(() => ScalingPolicy.autoscale({ minReplicas: 0, maxReplicas: 0 })).toThrow("'scaling.minReplicas' (0) must be >= 1");
    expect(() => ScalingPolicy.autoscale({ minReplicas: 5, maxReplicas: 2, cpuUtilization: 0 }))
      .toThrow("'scaling.minReplicas' (5) must be <= 'scaling.maxReplicas' (2)");
    expect(() => ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 2, cpuUtilization: 0, scaleDownStabilization: Duration.hours(2) }))
      .toThrow("'scaling.cpuUtilization' (0) must be a whole percentage from 1 to 100");
    expect(() => ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 2, scaleDownStabilization: Duration.hours(2) }))
      .toThrow(NEEDS_TARGET);
    expect(() => ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 2 })).toThrow(BlueprintError);
  });

  test('property: every whole utilization from 1 to 100 is accepted and rendered as given', () => {
    // GIVEN / WHEN / THEN
    fc.assert(fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), (cpu, memory) => {
      const policy = ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 5, cpuUtilization: cpu, memoryUtilization: memory });
      expect(policy.toMetrics().map((m) => m.resource.target.averageUtilization)).toEqual([cpu, memory]);
    }));
  });

  test('property: any whole number outside 1..100 throws the exact message, for CPU and for memory', () => {
    // GIVEN
    const outside = fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 101 }));

    // WHEN / THEN
    fc.assert(fc.property(outside, (value) => {
      expect(() => ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 5, cpuUtilization: value }))
        .toThrow(`'scaling.cpuUtilization' (${value}) must be a whole percentage from 1 to 100`);
      expect(() => ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 5, cpuUtilization: 50, memoryUtilization: value }))
        .toThrow(`'scaling.memoryUtilization' (${value}) must be a whole percentage from 1 to 100`);
    }));
  });

  test('property: any min > max throws the exact message', () => {
    // GIVEN / WHEN / THEN
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (a, b) => {
      fc.pre(a !== b);
      const [min, max] = a > b ? [a, b] : [b, a];
      expect(() => ScalingPolicy.autoscale({ minReplicas: min, maxReplicas: max, cpuUtilization: 50 }))
        .toThrow(`'scaling.minReplicas' (${min}) must be <= 'scaling.maxReplicas' (${max})`);
    }));
  });
});

describe('ScalingPolicy.events', () => {
  const redis = () => ScalingTrigger.redisList({ host: 'queue.shop.svc', listName: 'ledger:entries', listLength: 50 });

  test('a KEDA range with defaults: 30 s polling, 5 min cooldown and stabilization, the keda namespace', () => {
    // GIVEN / WHEN
    const policy = ScalingPolicy.events({ minReplicas: 0, maxReplicas: 20, triggers: [redis()] });

    // THEN
    expect([policy.kind, policy.isAutoscaled, policy.minReplicas, policy.maxReplicas]).toEqual(['events', true, 0, 20]);
    expect(policy.events).toEqual({ triggers: [redis()], pollingIntervalSeconds: 30, cooldownSeconds: 300, fallbackReplicas: undefined, operatorNamespace: 'keda' });
    expect(policy.scaleDownStabilizationSeconds).toEqual(300);
    expect(policy.toMetrics()).toEqual([]);
    expect(ScalingPolicy.fixed(1).kind).toEqual('fixed');
    expect(ScalingPolicy.autoscale({ minReplicas: 1, maxReplicas: 2, cpuUtilization: 50 }).kind).toEqual('resource');
  });

  test('takes polling, cooldown (scale to zero only), stabilization, fallback and the operator namespace', () => {
    // GIVEN / WHEN
    const policy = ScalingPolicy.events({
      minReplicas: 0, maxReplicas: 10, triggers: [redis()], pollingInterval: Duration.seconds(10), cooldown: Duration.minutes(1),
      scaleDownStabilization: Duration.minutes(2), fallbackReplicas: 3, operatorNamespace: 'keda-system',
    });

    // THEN
    expect(policy.events).toMatchObject({ pollingIntervalSeconds: 10, cooldownSeconds: 60, fallbackReplicas: 3, operatorNamespace: 'keda-system' });
    expect(policy.scaleDownStabilizationSeconds).toEqual(120);
  });

  test.each([
    [{ minReplicas: -1, maxReplicas: 2 }, "'scaling.minReplicas' (-1) must be >= 0"],
    [{ minReplicas: 0, maxReplicas: 0 }, "'scaling.maxReplicas' (0) must be >= 1"],
    [{ minReplicas: 3, maxReplicas: 2 }, "'scaling.minReplicas' (3) must be <= 'scaling.maxReplicas' (2)"],
    [{ minReplicas: 1, maxReplicas: 2, triggers: [] }, "'scaling.triggers' ([]) must list at least one ScalingTrigger"],
    [{ minReplicas: 1, maxReplicas: 2, triggers: [ScalingTrigger.cron({ timezone: 'Etc/UTC', start: '0 8 * * *', end: '0 18 * * *', desiredReplicas: 3 })] },
      "'scaling.triggers.cron.desiredReplicas' (3) must be <= 'scaling.maxReplicas' (2)"],
    [{ minReplicas: 1, maxReplicas: 2, pollingInterval: Duration.millis(500) }, "'scaling.pollingInterval' ('500ms') must be a whole number of seconds"],
    [{ minReplicas: 1, maxReplicas: 2, cooldown: Duration.minutes(1) },
      "'scaling.cooldown' ('60s') applies only when scaling to zero (minReplicas 0): above zero the HorizontalPodAutoscaler's scaleDownStabilization decides"],
    [{ minReplicas: 1, maxReplicas: 2, scaleDownStabilization: Duration.hours(2) }, "'scaling.scaleDownStabilization' ('7200s') must be at most 1 hour (the API limit)"],
    [{ minReplicas: 1, maxReplicas: 2, fallbackReplicas: 3 }, "'scaling.fallbackReplicas' (3) must be <= 2"],
    [{ minReplicas: 2, maxReplicas: 4, fallbackReplicas: 1 }, "'scaling.fallbackReplicas' (1) must be >= 'scaling.minReplicas' (2)"],
    [{ minReplicas: 1, maxReplicas: 2, operatorNamespace: 'KEDA' }, "'scaling.operatorNamespace' ('KEDA') must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit"],
  ])('rejects %p with the exact message', (props, message) => {
    // GIVEN / WHEN / THEN
    expect(() => ScalingPolicy.events({ triggers: [redis()], ...props })).toThrow(new BlueprintError(message));
  });
});
