import { Duration } from 'cdk8s';
import { BlueprintError, checkInteger, propError } from './_errors';
import { assertProps } from './_prop-check';
import { wholeSeconds } from './_duration';
import { checkDnsLabel } from './_names';
import { ScalingTrigger } from './scaling-trigger';

/** Props of an autoscaling policy (seed 004's `scaling_policy`). */
export interface AutoscalingProps {
  /** Fewest replicas; >= 1. */
  readonly minReplicas: number;
  /** Most replicas; >= minReplicas. */
  readonly maxReplicas: number;
  /**
   * Target average CPU utilization, percent of the CPU request (1–100).
   * @default - not a metric (at least one of cpu or memory is required)
   */
  readonly cpuUtilization?: number;
  /**
   * Target average memory utilization, percent of the memory request (1–100).
   * @default - not a metric
   */
  readonly memoryUtilization?: number;
  /**
   * How long the autoscaler waits, after load drops, before removing replicas.
   * @default Duration.minutes(5)
   */
  readonly scaleDownStabilization?: Duration;
}

/** Props of an event-driven scaling policy (a KEDA ScaledObject). */
export interface EventScalingProps {
  /** Fewest replicas; 0 scales to zero when no trigger is active (only without a PodDisruptionBudget). */
  readonly minReplicas: number;
  /** Most replicas; >= 1 and >= minReplicas. */
  readonly maxReplicas: number;
  /** What to scale on: KEDA runs the most replicas any trigger asks for. */
  readonly triggers: ScalingTrigger[];
  /**
   * How often KEDA checks each trigger.
   * @default Duration.seconds(30)
   */
  readonly pollingInterval?: Duration;
  /**
   * How long after the last active trigger KEDA scales to zero (only with minReplicas 0).
   * @default Duration.minutes(5)
   */
  readonly cooldown?: Duration;
  /**
   * How long the HorizontalPodAutoscaler KEDA creates waits, after load drops, before removing replicas.
   * @default Duration.minutes(5)
   */
  readonly scaleDownStabilization?: Duration;
  /**
   * Replicas KEDA runs after 3 failed checks of a trigger (the queue cannot be read).
   * @default - none: KEDA keeps the current count
   */
  readonly fallbackReplicas?: number;
  /**
   * The namespace the KEDA operator runs in: the servers it polls in the blueprint (a Redis) admit it.
   * @default 'keda'
   */
  readonly operatorNamespace?: string;
}

/**
 * How many replicas a workload runs: a fixed count, an autoscaled range with CPU and memory targets (a
 * HorizontalPodAutoscaler), or a range driven by events (a KEDA ScaledObject, which creates its own
 * HorizontalPodAutoscaler: a workload never has both). Autoscaled workloads leave the Deployment's `replicas` unset so
 * the autoscaler owns it.
 *
 * @example ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 })
 * @example ScalingPolicy.events({ minReplicas: 1, maxReplicas: 20, triggers: [ScalingTrigger.redisList({ host: cache.host, listName: 'jobs', listLength: 50 })] })
 * @see https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/
 * @see https://keda.sh/docs/2.16/reference/scaledobject-spec/
 */
export class ScalingPolicy {
  /** Exactly `replicas` pods in every environment. */
  public static fixed(replicas: number): ScalingPolicy {
    checkInteger('scaling.replicas', replicas, 0);
    return new ScalingPolicy(replicas, replicas, undefined, undefined, 300, false, 'fixed');
  }

  /** A HorizontalPodAutoscaler between min and max where the environment autoscales; elsewhere `min(minReplicas, the environment's replicas)` fixed replicas. */
  public static autoscale(props: AutoscalingProps): ScalingPolicy {
    assertProps('AutoscalingProps', props, 'scaling');
    checkInteger('scaling.minReplicas', props.minReplicas, 1);
    checkInteger('scaling.maxReplicas', props.maxReplicas, 1);
    if (props.minReplicas > props.maxReplicas) {
      throw new BlueprintError(`'scaling.minReplicas' (${props.minReplicas}) must be <= 'scaling.maxReplicas' (${props.maxReplicas})`);
    }
    // One call each, not a loop over destructured pairs (the iterator protocol, per policy made).
    checkPercentage('scaling.cpuUtilization', props.cpuUtilization);
    checkPercentage('scaling.memoryUtilization', props.memoryUtilization);
    if (props.cpuUtilization === undefined && props.memoryUtilization === undefined) {
      throw new BlueprintError('\'scaling\' needs a target: set \'cpuUtilization\', \'memoryUtilization\' or both');
    }
    const stabilization = wholeSeconds('scaling.scaleDownStabilization', props.scaleDownStabilization ?? Duration.minutes(5));
    if (stabilization > 3600) throw propError('scaling.scaleDownStabilization', `${stabilization}s`, 'must be at most 1 hour (the API limit)');
    return new ScalingPolicy(props.minReplicas, props.maxReplicas, props.cpuUtilization, props.memoryUtilization, stabilization, true, 'resource');
  }

  /**
   * A KEDA ScaledObject between min and max where the environment autoscales (KEDA makes and owns the
   * HorizontalPodAutoscaler); elsewhere `max(1, min(minReplicas, the environment's replicas))` fixed replicas.
   */
  public static events(props: EventScalingProps): ScalingPolicy {
    assertProps('EventScalingProps', props, 'scaling');
    checkInteger('scaling.minReplicas', props.minReplicas, 0);
    checkInteger('scaling.maxReplicas', props.maxReplicas, 1);
    if (props.minReplicas > props.maxReplicas) {
      throw new BlueprintError(`'scaling.minReplicas' (${props.minReplicas}) must be <= 'scaling.maxReplicas' (${props.maxReplicas})`);
    }
    if (props.triggers.length === 0) throw propError('scaling.triggers', [], 'must list at least one ScalingTrigger');
    for (const t of props.triggers) {
      if (t.desiredReplicas !== undefined && t.desiredReplicas > props.maxReplicas) {
        throw new BlueprintError(`'scaling.triggers.cron.desiredReplicas' (${t.desiredReplicas}) must be <= 'scaling.maxReplicas' (${props.maxReplicas})`);
      }
    }
    const polling = wholeSeconds('scaling.pollingInterval', props.pollingInterval ?? Duration.seconds(30), 1);
    const cooldown = wholeSeconds('scaling.cooldown', props.cooldown ?? Duration.minutes(5));
    if (props.cooldown !== undefined && props.minReplicas !== 0) {
      throw propError('scaling.cooldown', `${cooldown}s`, 'applies only when scaling to zero (minReplicas 0): above zero the HorizontalPodAutoscaler\'s scaleDownStabilization decides');
    }
    const stabilization = wholeSeconds('scaling.scaleDownStabilization', props.scaleDownStabilization ?? Duration.minutes(5));
    if (stabilization > 3600) throw propError('scaling.scaleDownStabilization', `${stabilization}s`, 'must be at most 1 hour (the API limit)');
    if (props.fallbackReplicas !== undefined) {
      checkInteger('scaling.fallbackReplicas', props.fallbackReplicas, 1, props.maxReplicas);
      if (props.fallbackReplicas < props.minReplicas) throw propError('scaling.fallbackReplicas', props.fallbackReplicas, `must be >= 'scaling.minReplicas' (${props.minReplicas})`);
    }
    const operatorNamespace = props.operatorNamespace ?? 'keda';
    checkDnsLabel('scaling.operatorNamespace', operatorNamespace);
    return new ScalingPolicy(props.minReplicas, props.maxReplicas, undefined, undefined, stabilization, true, 'events', {
      triggers: [...props.triggers], pollingIntervalSeconds: polling, cooldownSeconds: cooldown, fallbackReplicas: props.fallbackReplicas, operatorNamespace,
    });
  }

  private constructor(
    public readonly minReplicas: number,
    public readonly maxReplicas: number,
    public readonly cpuUtilization: number | undefined,
    public readonly memoryUtilization: number | undefined,
    public readonly scaleDownStabilizationSeconds: number,
    /** False for `fixed()`. */
    public readonly isAutoscaled: boolean,
    /** `fixed()`, `autoscale()` (a HorizontalPodAutoscaler on resources) or `events()` (a KEDA ScaledObject). */
    public readonly kind: 'fixed' | 'resource' | 'events',
    /** The KEDA settings of an `events()` policy. */
    public readonly events?: EventScaling,
  ) {}

  /** The autoscaling/v2 `metrics` list (of an `autoscale()` policy). */
  public toMetrics(): any[] {
    const metrics: any[] = [];
    if (this.cpuUtilization !== undefined) {
      metrics.push({ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: this.cpuUtilization } } });
    }
    if (this.memoryUtilization !== undefined) {
      metrics.push({ type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: this.memoryUtilization } } });
    }
    return metrics;
  }
}

/** The KEDA settings of an `events()` policy, resolved. */
export interface EventScaling {
  readonly triggers: readonly ScalingTrigger[];
  readonly pollingIntervalSeconds: number;
  readonly cooldownSeconds: number;
  readonly fallbackReplicas?: number;
  readonly operatorNamespace: string;
}

/** A utilization target: unset, or a whole percentage from 1 to 100. */
function checkPercentage(prop: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 1 || value > 100)) {
    throw propError(prop, value, 'must be a whole percentage from 1 to 100');
  }
}
