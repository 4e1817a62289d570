import { checkDnsLabel } from './_names';
import { BlueprintError, checkInteger } from './_errors';
import { assertProps } from './_prop-check';
import { ImagePolicy } from './image-ref';
import { PriorityClasses } from './priority-classes';
import { ResourceProfile } from './resource-profile';

/** What a custom environment decides. */
export interface EnvironmentProps {
  /** A DNS label: 'development', 'qa', 'production-eu'… It names output files and labels. */
  readonly name: string;
  /**
   * Replicas of a workload that has no scaling policy of its own.
   * @default 1
   */
  readonly replicas?: number;
  /**
   * The resource profile of a container that names none.
   * @default ResourceProfile.small()
   */
  readonly resources?: ResourceProfile;
  /**
   * Whether autoscaling policies become HorizontalPodAutoscalers. When false, an autoscaled workload runs
   * `min(minReplicas, replicas)` fixed replicas.
   * @default false
   */
  readonly autoscaling?: boolean;
  /**
   * Whether workloads with two or more replicas get a PodDisruptionBudget.
   * @default false
   */
  readonly disruptionBudgets?: boolean;
  /**
   * Whether replicas of a workload with two or more also get a soft pod anti-affinity over nodes. Topology spread
   * constraints over nodes and zones (`whenUnsatisfiable: ScheduleAnyway`, harmless with one replica) are on every
   * long-running workload in every environment.
   * @default false
   */
  readonly topologySpread?: boolean;
  /**
   * How strict image references must be.
   * @default ImagePolicy.ANY
   */
  readonly imagePolicy?: ImagePolicy;
  /**
   * Whether this is a production environment: stricter gate rules (health checks on exposed services, backups,
   * encryption) apply.
   * @default false
   */
  readonly production?: boolean;
  /**
   * Which PriorityClass pods name: the blueprint's own two (`<namespace>-services`, `<namespace>-data`), classes the
   * cluster provides (`PriorityClasses.provided({ services, data })`, for a platform team's), or none with a reason.
   * @default PriorityClasses.perNamespace()
   */
  readonly priorityClasses?: PriorityClasses;
}

/** Per-environment values for `Environment.select()`. */
export interface EnvironmentValues<T> {
  readonly development?: T;
  readonly staging?: T;
  readonly production?: T;
  /** Used for any environment not listed, including custom ones. */
  readonly default?: T;
  /** Values for custom environments, by name. */
  readonly [name: string]: T | undefined;
}

/**
 * An environment is a value, not a copy: the same blueprint is synthesized once per environment, and the
 * environment decides replicas, resources, autoscaling, disruption budgets, spreading, priority classes and image
 * strictness.
 *
 * | | development | staging | production |
 * |---|---|---|---|
 * | replicas (no scaling policy) | 1 | 2 | 3 |
 * | default resources | small | small | medium |
 * | autoscaling policies → HPA | no (runs `min(minReplicas, replicas)`) | yes | yes |
 * | PodDisruptionBudget (≥ 2 replicas) | no | yes | yes |
 * | topology spread constraints (ScheduleAnyway) | yes | yes | yes |
 * | soft anti-affinity for ≥ 2 replicas | no | yes | yes |
 * | PriorityClasses `<namespace>-services` and `-data` | yes | yes | yes |
 * | image references | anything | no mutable tag | no mutable tag |
 * | production rules in the gate | no | no | yes |
 *
 * @example
 * for (const env of [Environment.development(), Environment.production()]) {
 *   const shop = new Blueprint(app, `shop-${env.name}`, { environment: env });
 * }
 */
export class Environment {
  public static development(): Environment {
    return new Environment({ name: 'development', replicas: 1, resources: ResourceProfile.small(), imagePolicy: ImagePolicy.ANY });
  }

  public static staging(): Environment {
    return new Environment({
      name: 'staging', replicas: 2, resources: ResourceProfile.small(), autoscaling: true,
      disruptionBudgets: true, topologySpread: true, imagePolicy: ImagePolicy.NO_MUTABLE_TAG,
    });
  }

  public static production(): Environment {
    return new Environment({
      name: 'production', replicas: 3, resources: ResourceProfile.medium(), autoscaling: true,
      disruptionBudgets: true, topologySpread: true, imagePolicy: ImagePolicy.NO_MUTABLE_TAG, production: true,
    });
  }

  /** An environment of your own; unset fields take the development defaults. */
  public static custom(props: EnvironmentProps): Environment {
    return new Environment(props);
  }

  public readonly name: string;
  public readonly replicas: number;
  public readonly resources: ResourceProfile;
  public readonly autoscaling: boolean;
  public readonly disruptionBudgets: boolean;
  public readonly topologySpread: boolean;
  public readonly imagePolicy: ImagePolicy;
  public readonly isProduction: boolean;
  /** Which PriorityClass pods name. */
  public readonly priorityClasses: PriorityClasses;

  private constructor(props: EnvironmentProps) {
    try {
      assertProps('EnvironmentProps', props);
      checkDnsLabel('name', props.name);
      checkInteger('replicas', props.replicas ?? 1, 1);
    } catch (e) {
      throw new BlueprintError(`Environment: ${(e as Error).message}`);
    }
    this.name = props.name;
    this.replicas = props.replicas ?? 1;
    this.resources = props.resources ?? ResourceProfile.small();
    this.autoscaling = props.autoscaling ?? false;
    this.disruptionBudgets = props.disruptionBudgets ?? false;
    this.topologySpread = props.topologySpread ?? false;
    this.imagePolicy = props.imagePolicy ?? ImagePolicy.ANY;
    this.isProduction = props.production ?? false;
    this.priorityClasses = props.priorityClasses ?? PriorityClasses.perNamespace();
  }

  /**
   * Picks the value for this environment: the value given for its name (even an explicit `undefined`, for
   * `select<T | undefined>`), else `default`.
   * @throws when neither is given
   * @example replicas: env.select({ development: 1, production: 4, default: 2 })
   */
  public select<T>(values: EnvironmentValues<T>): T {
    // A value given for this environment wins, even an explicit undefined (select<T | undefined>).
    if (Object.prototype.hasOwnProperty.call(values, this.name)) return values[this.name] as T;
    const value = values.default;
    if (value === undefined) {
      throw new BlueprintError(`Environment '${this.name}': select() has no value for '${this.name}' and no 'default'`);
    }
    return value;
  }
}
