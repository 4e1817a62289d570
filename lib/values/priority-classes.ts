import { BlueprintError, propError } from './_errors';
import { isDnsSubdomain } from './_names';
import { assertProps } from './_prop-check';

/** Which of a blueprint's two priorities a workload's pods run at. */
export type PriorityTier = 'services' | 'data';

/** Options for `PriorityClasses.provided()`: the cluster's own classes, by name. */
export interface PriorityClassesProvidedOptions {
  /** The class of stateless workloads and scheduled tasks (WebService, Worker, CronTask). */
  readonly services: string;
  /** The class of stateful services (Postgres, Redis): should be above `services`. */
  readonly data: string;
}

/** One PriorityClass a blueprint emits, as the API takes it. */
export interface PriorityClassDefinition {
  readonly tier: PriorityTier;
  readonly name: string;
  readonly value: number;
  readonly preemptionPolicy: 'Never' | 'PreemptLowerPriority';
  readonly description: string;
}

/**
 * The annotation a pod template carries when its `priorityClassName` is one the cluster provides (declared with
 * `PriorityClasses.provided()`), so the gate knows the class exists although the output does not emit it.
 */
export const PROVIDED_PRIORITY_CLASS_ANNOTATION = 'blueprints.cdk8s.io/provided-priority-class';

/** The classes every cluster has (Kubernetes creates them); user classes may not be named `system-…`. */
export const SYSTEM_PRIORITY_CLASSES: readonly string[] = ['system-cluster-critical', 'system-node-critical'];

/** Priority of a blueprint's stateless workloads: far below the user maximum (1e9) and the system classes (2e9). */
export const SERVICES_PRIORITY = 1_000_000;
/** Priority of a blueprint's stateful services: above its services. */
export const DATA_PRIORITY = 2_000_000;

type Mode =
  | { kind: 'per-namespace' }
  | { kind: 'provided'; names: PriorityClassesProvidedOptions }
  | { kind: 'none'; reason: string };

/**
 * Which PriorityClass a blueprint's pods name (Polaris priorityClassNotSet), decided by the environment — or by a
 * blueprint's own `priorityClasses` prop.
 *
 * - `perNamespace()` (the default, in every environment): the blueprint emits two cluster-scoped
 *   `scheduling.k8s.io/v1` PriorityClasses named after its namespace, which is unique in a cluster:
 *   `<namespace>-services` (value 1,000,000, `preemptionPolicy: Never`: scheduled ahead of pods without a class
 *   but never evicting a running pod for a stateless replica) and `<namespace>-data` (2,000,000,
 *   `PreemptLowerPriority`: a database that lost its node may evict lower-priority pods, such as its own
 *   application's replicas, to run again). Both are far below the system classes, and neither is `globalDefault`.
 *   Blueprints that share a namespace in one cluster should let one of them emit the classes and give the others
 *   `provided()` with those names.
 * - `provided({ services, data })`: the cluster's own classes, which a platform team manages; the blueprint emits
 *   none and its pods name these (with an annotation that tells the gate they are provided).
 * - `none(reason)`: no priorityClassName at all; the reason suppresses the gate's `priority-class` warning and is
 *   written onto every object of the blueprint.
 *
 * @example Environment.custom({ name: 'production-eu', production: true, priorityClasses: PriorityClasses.provided({ services: 'tenant-standard', data: 'tenant-stateful' }) })
 * @see https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/
 */
export class PriorityClasses {
  /** Two PriorityClasses per namespace, emitted by the blueprint: `<namespace>-services` and `<namespace>-data`. */
  public static perNamespace(): PriorityClasses {
    return new PriorityClasses({ kind: 'per-namespace' });
  }

  /** The cluster's own PriorityClasses, by name: nothing is emitted. */
  public static provided(names: PriorityClassesProvidedOptions): PriorityClasses {
    assertProps('PriorityClassesProvidedOptions', names, 'priorityClasses');
    for (const tier of ['services', 'data'] as const) {
      if (!isDnsSubdomain(names[tier])) throw propError(`priorityClasses.${tier}`, names[tier], 'must be the name of a PriorityClass (a DNS-1123 subdomain)');
    }
    return new PriorityClasses({ kind: 'provided', names: { services: names.services, data: names.data } });
  }

  /** No priority class: pods run at the cluster's default priority. Say why (at least 20 characters). */
  public static none(reason: string): PriorityClasses {
    if (typeof reason !== 'string' || reason.trim().length < 20) {
      throw propError('priorityClasses.reason', reason, 'must explain in at least 20 characters why the pods run without a priority class');
    }
    return new PriorityClasses({ kind: 'none', reason: reason.trim() });
  }

  private constructor(private readonly mode: Mode) {}

  /** 'per-namespace', 'provided' or 'none'. */
  public get kind(): Mode['kind'] {
    return this.mode.kind;
  }

  /** Whether pods name classes that the cluster provides (and the output does not emit). */
  public get isProvided(): boolean {
    return this.mode.kind === 'provided';
  }

  /** Why pods run without a priority class, for `none()`. */
  public get reason(): string | undefined {
    return this.mode.kind === 'none' ? this.mode.reason : undefined;
  }

  /** The class pods of `tier` name in `namespace`; undefined for `none()`. */
  public nameFor(tier: PriorityTier, namespace: string): string | undefined {
    switch (this.mode.kind) {
      case 'per-namespace':
        return `${namespace}-${tier}`;
      case 'provided':
        return this.mode.names[tier];
      case 'none':
        return undefined;
    }
  }

  /** The PriorityClasses a blueprint in `namespace` emits: two for `perNamespace()`, none otherwise. */
  public definitions(namespace: string): PriorityClassDefinition[] {
    if (this.mode.kind !== 'per-namespace') return [];
    if (namespace.startsWith('system-')) {
      throw new BlueprintError(`'namespace' ('${namespace}') cannot name PriorityClasses: Kubernetes reserves names starting with 'system-'; use PriorityClasses.provided()`);
    }
    return [
      {
        tier: 'services', name: `${namespace}-services`, value: SERVICES_PRIORITY, preemptionPolicy: 'Never',
        description: `Stateless workloads and tasks of namespace ${namespace}: scheduled ahead of pods without a priority class, never preempting a running pod.`,
      },
      {
        tier: 'data', name: `${namespace}-data`, value: DATA_PRIORITY, preemptionPolicy: 'PreemptLowerPriority',
        description: `Stateful services of namespace ${namespace}: above its stateless workloads, and may preempt lower-priority pods to be scheduled again.`,
      },
    ];
  }
}
