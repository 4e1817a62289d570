import { Duration } from 'cdk8s';
import { BlueprintError, checkInteger, propError } from './_errors';
import { assertProps } from './_prop-check';
import { wholeSeconds } from './_duration';

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

/**
 * How many replicas a workload runs: a fixed count, or an autoscaled range with CPU and memory targets.
 * Autoscaled workloads leave the Deployment's `replicas` unset so the HorizontalPodAutoscaler owns it.
 *
 * @example ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 })
 * @see https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/
 */
export class ScalingPolicy {
  /** Exactly `replicas` pods in every environment. */
  public static fixed(replicas: number): ScalingPolicy {
    checkInteger('scaling.replicas', replicas, 0);
    return new ScalingPolicy(replicas, replicas, undefined, undefined, 300, false);
  }

  /** A HorizontalPodAutoscaler between min and max where the environment autoscales; elsewhere `min(minReplicas, the environment's replicas)` fixed replicas. */
  public static autoscale(props: AutoscalingProps): ScalingPolicy {
    assertProps('AutoscalingProps', props, 'scaling');
    checkInteger('scaling.minReplicas', props.minReplicas, 1);
    checkInteger('scaling.maxReplicas', props.maxReplicas, 1);
    if (props.minReplicas > props.maxReplicas) {
      throw new BlueprintError(`'scaling.minReplicas' (${props.minReplicas}) must be <= 'scaling.maxReplicas' (${props.maxReplicas})`);
    }
    for (const [prop, value] of [['scaling.cpuUtilization', props.cpuUtilization], ['scaling.memoryUtilization', props.memoryUtilization]] as const) {
      if (value !== undefined && (!Number.isInteger(value) || value < 1 || value > 100)) {
        throw propError(prop, value, 'must be a whole percentage from 1 to 100');
      }
    }
    if (props.cpuUtilization === undefined && props.memoryUtilization === undefined) {
      throw new BlueprintError('\'scaling\' needs a target: set \'cpuUtilization\', \'memoryUtilization\' or both');
    }
    const stabilization = wholeSeconds('scaling.scaleDownStabilization', props.scaleDownStabilization ?? Duration.minutes(5));
    if (stabilization > 3600) throw propError('scaling.scaleDownStabilization', `${stabilization}s`, 'must be at most 1 hour (the API limit)');
    return new ScalingPolicy(props.minReplicas, props.maxReplicas, props.cpuUtilization, props.memoryUtilization, stabilization, true);
  }

  private constructor(
    public readonly minReplicas: number,
    public readonly maxReplicas: number,
    public readonly cpuUtilization: number | undefined,
    public readonly memoryUtilization: number | undefined,
    public readonly scaleDownStabilizationSeconds: number,
    /** False for `fixed()`. */
    public readonly isAutoscaled: boolean,
  ) {}

  /** The autoscaling/v2 `metrics` list. */
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
