import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { emitObject } from '../k8s/emit';
import { BlueprintError, propError } from '../values/_errors';
import { recorded, report } from '../k8s/_recorded-errors';
import { Workload, WorkloadProps } from './workload';
import { DeploymentStrategy } from '../values/deployment-strategy';
import { ScalingPolicy } from '../values/scaling-policy';
import { BackupPolicy } from '../values/backup-policy';
import { BACKUP_DISABLED_ANNOTATION } from '../values/conventions';
import { VELERO_SCHEDULE, veleroScheduleAnnotations, veleroScheduleSpec } from './velero-schedule';
import { addVeleroRestorePath, VolumeRestorePath } from './velero-restore';
import { checkDnsLabel } from '../values/_names';
import { quantity } from '../values/resource-profile';
import { Size } from 'cdk8s';
import { spreadSpec } from './pod-template';
import { emitAutoscaler, emitRightSizing } from './_scaling';

/** The default strategies, made once: a DeploymentStrategy is a value, and every Deployment renders a copy of it. */
const ROLLING_UPDATE = DeploymentStrategy.rollingUpdate();
const RECREATE = DeploymentStrategy.recreate();

/** A PodDisruptionBudget setting: one of the two fields. */
export type DisruptionBudget = { readonly maxUnavailable: number } | { readonly minAvailable: number };

/** A PersistentVolumeClaim owned by a workload and mounted into its container. */
export interface PersistentVolumeOptions {
  /** Volume name (a DNS label); the claim is named `<workload>-<name>`. */
  readonly name: string;
  /** Where it is mounted. */
  readonly path: string;
  readonly size: Size;
  /**
   * @default - the cluster's default StorageClass
   */
  readonly storageClass?: string;
  /**
   * ReadWriteOnce volumes are attached to one node: the workload then runs exactly one replica and is replaced
   * with the Recreate strategy.
   * @default 'ReadWriteOnce'
   */
  readonly accessMode?: 'ReadWriteOnce' | 'ReadWriteMany';
}

/** Props of workloads that run as a Deployment. */
export interface ReplicatedWorkloadProps extends WorkloadProps {
  /**
   * How many replicas: fixed, or autoscaled where the environment autoscales.
   * @default - the environment's replica count, fixed
   * @alias replicas
   */
  readonly scaling?: ScalingPolicy;
  /**
   * How pods are replaced on a change.
   * @default DeploymentStrategy.rollingUpdate() — maxSurge 25%, maxUnavailable 0
   */
  readonly strategy?: DeploymentStrategy;
  /**
   * The PodDisruptionBudget where the environment wants one and the workload runs >= 2 replicas; `false`
   * for none. `minAvailable` must stay below the minimum replica count, or no node could ever be drained.
   * @default { maxUnavailable: 1 }
   */
  readonly disruptionBudget?: DisruptionBudget | false;
  /**
   * Persistent volumes (seed 000's SQLite file, uploads…), one PersistentVolumeClaim each.
   * @default - none
   */
  readonly persistentVolumes?: PersistentVolumeOptions[];
  /**
   * How the persistent volumes are backed up: a Velero Schedule. Production requires a policy (or
   * `BackupPolicy.disabled(reason)`) for every workload with persistent volumes.
   * @default - no backup (an error in production when there are persistent volumes)
   */
  readonly backup?: BackupPolicy;
  /**
   * A VerticalPodAutoscaler in recommendation mode (`updateMode: Off`): the VPA recommender publishes the requests
   * the pods should have in its status (`kubectl describe vpa <name>`), and never evicts or resizes a pod. Needs the
   * VPA's CRDs and recommender in the cluster.
   * @default false
   */
  readonly rightSizing?: boolean;
}

/**
 * A workload run by a Deployment: replicas or a HorizontalPodAutoscaler from its ScalingPolicy and the
 * environment, a PodDisruptionBudget (`unhealthyPodEvictionPolicy: AlwaysAllow`), soft spreading over nodes and
 * zones in every environment, and a soft anti-affinity where the environment spreads replicas.
 */
export abstract class ReplicatedWorkload extends Workload {
  public readonly deployment: ApiObject;
  /**
   * The autoscaler, when the environment autoscales and the policy asks for it: a HorizontalPodAutoscaler
   * (`ScalingPolicy.autoscale`) or a KEDA ScaledObject (`ScalingPolicy.events`).
   */
  public readonly autoscaler?: ApiObject;
  /** The KEDA TriggerAuthentications of the ScaledObject's triggers that read a Secret. */
  public readonly triggerAuthentications: readonly ApiObject[] = [];
  /** The VerticalPodAutoscaler recommending requests, with `rightSizing`. */
  public readonly rightSizing?: ApiObject;
  /** The disruption budget, when one is emitted. */
  public readonly disruptionBudget?: ApiObject;
  /** Replicas when not autoscaled; undefined when an autoscaler owns the count. */
  public readonly replicas?: number;
  /** The fewest replicas this workload runs in this environment. */
  public readonly minReplicas: number;
  /** The most replicas this workload runs in this environment. */
  public readonly maxReplicas: number;
  public readonly strategy: DeploymentStrategy;
  /** The PersistentVolumeClaims, by volume name. */
  public readonly volumeClaims: Record<string, ApiObject> = {};
  /** The Velero Schedule backing up the volumes, when there is one. */
  public readonly volumeBackup?: ApiObject;
  /** The Restore template and restore drill of the Velero volume backup, when there is one. */
  public readonly volumeRestore?: VolumeRestorePath;

  protected constructor(scope: Construct, id: string, kind: string, component: string, props: ReplicatedWorkloadProps) {
    super(scope, id, kind, component, props);
    const env = this.blueprint.environment;
    const scaling = props.scaling;
    const allVolumes = props.persistentVolumes ?? [];
    const singleAttach = allVolumes.some((v) => (v.accessMode ?? 'ReadWriteOnce') === 'ReadWriteOnce');
    this.strategy = props.strategy ?? (singleAttach ? RECREATE : ROLLING_UPDATE);

    const autoscaled = scaling?.isAutoscaled === true && env.autoscaling;
    if (autoscaled) {
      this.minReplicas = scaling.minReplicas;
      this.maxReplicas = scaling.maxReplicas;
    } else if (scaling?.isAutoscaled) {
      // Event-driven policies may start at zero; without KEDA nothing would ever scale them up.
      this.replicas = Math.max(scaling.kind === 'events' ? 1 : 0, Math.min(scaling.minReplicas, env.replicas));
      this.minReplicas = this.maxReplicas = this.replicas;
    } else {
      this.replicas = scaling ? scaling.minReplicas : env.replicas;
      this.minReplicas = this.maxReplicas = this.replicas;
    }

    const check = (fn: () => void) => recorded(this, kind, fn);
    if (singleAttach) {
      const rwo = allVolumes.find((v) => (v.accessMode ?? 'ReadWriteOnce') === 'ReadWriteOnce')!;
      if (autoscaled || this.maxReplicas !== 1) {
        report(this, kind, `'persistentVolumes' ('${rwo.name}') is ReadWriteOnce and can be attached to one node only: run exactly one replica (scaling: ScalingPolicy.fixed(1)), or use accessMode 'ReadWriteMany'`);
      }
      if (this.strategy.type !== 'Recreate') {
        report(this, kind, `'strategy' ('${this.strategy.type}') cannot replace a pod that holds the ReadWriteOnce volume '${rwo.name}': the new pod would wait for the volume forever; use DeploymentStrategy.recreate()`);
      }
    }
    // Each volume that passes, with its size as the API takes it. In a block of its own, so the render functions made
    // below (kept until synthesis) do not keep the set of names alive, and only when there are volumes.
    let volumes: Array<PersistentVolumeOptions & { readonly storage: string }> = [];
    if (allVolumes.length > 0) {
      const seen = new Set<string>();
      volumes = allVolumes.flatMap((v) => recorded(this, kind, () => {
        checkDnsLabel('persistentVolumes.name', v.name);
        if (seen.has(v.name)) throw propError('persistentVolumes.name', v.name, 'must be unique among the workload\'s persistent volumes');
        seen.add(v.name);
        return [{ ...v, storage: quantity(v.size) }];
      }, []));
    }
    if (props.backup?.encryption?.kind === 'age') {
      report(this, kind, '\'backup.encryption\' (age) cannot apply to volume backups: Velero encrypts at its storage location; state how with BackupEncryption.none(reason)');
    }
    if (props.backup && allVolumes.length === 0) {
      report(this, kind, propError('backup', props.backup!.schedule?.expression ?? 'disabled', 'needs persistentVolumes to back up'));
    }
    if (allVolumes.length > 0 && env.isProduction && !props.backup) {
      report(this, kind, `'backup' (undefined) must be set in production for persistent volumes (${allVolumes.map((v) => v.name).join(', ')}): a BackupPolicy, or BackupPolicy.disabled(reason) to opt out explicitly`);
    }
    check(() => props.backup?.checkFor(env.isProduction, 'volume backups'));
    if (scaling?.kind === 'events' && scaling.minReplicas === 0 && props.disruptionBudget && 'minAvailable' in props.disruptionBudget) {
      report(this, kind, `'disruptionBudget.minAvailable' (${props.disruptionBudget.minAvailable}) contradicts 'scaling.minReplicas' (0): a workload that scales to zero cannot keep pods available; use { maxUnavailable: 1 } or a minimum of 1`);
    }
    if (autoscaled && scaling.cpuUtilization !== undefined && !this.resources.cpu.request) {
      report(this, kind, propError('scaling.cpuUtilization', scaling.cpuUtilization, 'needs a CPU request on the container: utilization is a percentage of the request'));
    }
    const givenBudget = props.disruptionBudget;
    const budgetOk = givenBudget === undefined || givenBudget === false || recorded(this, kind, () => {
      if ('minAvailable' in givenBudget) {
        if (!Number.isInteger(givenBudget.minAvailable) || givenBudget.minAvailable < 1) throw propError('disruptionBudget.minAvailable', givenBudget.minAvailable, 'must be a whole number >= 1');
        if (env.disruptionBudgets && this.minReplicas >= 2 && givenBudget.minAvailable >= this.minReplicas) {
          throw new BlueprintError(`'disruptionBudget.minAvailable' (${givenBudget.minAvailable}) must be < the minimum replicas (${this.minReplicas}), or no node could ever be drained`);
        }
      }
      if ('maxUnavailable' in givenBudget && (!Number.isInteger(givenBudget.maxUnavailable) || givenBudget.maxUnavailable < 1)) {
        throw propError('disruptionBudget.maxUnavailable', givenBudget.maxUnavailable, 'must be a whole number >= 1 (0 would block every node drain)');
      }
      return true;
    }, false);

    for (const v of volumes) {
      const claimName = `${id}-${v.name}`;
      this.volumeClaims[v.name] = emitObject(this, `Volume-${v.name}`, {
        apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: claimName, labels: this.labels,
        ...(props.backup?.isDisabled ? { annotations: { [BACKUP_DISABLED_ANNOTATION]: props.backup.disabledReason! } } : {}),
        render: () => ({
          spec: {
            accessModes: [v.accessMode ?? 'ReadWriteOnce'],
            ...(v.storageClass ? { storageClassName: v.storageClass } : {}),
            resources: { requests: { storage: v.storage } },
          },
        }),
      });
      this.addVolumeMount(v.name, v.path, { persistentVolumeClaim: { claimName } });
    }
    const backup = props.backup;
    if (backup?.schedule && !backup.isDisabled && volumes.length > 0) {
      const schedule = backup.schedule;
      // Velero's namespace is shared by every application of the cluster: the name carries the namespace, which
      // is unique in a cluster, and the workload's name within it, joined by a '.' that neither can contain.
      this.volumeBackup = emitObject(this, 'VolumeBackup', {
        // The Schedule lives in Velero's namespace, not the blueprint's.
        ...VELERO_SCHEDULE, name: `${this.blueprint.namespaceName}.${id}-volumes`, namespace: backup.veleroNamespace, labels: this.labels,
        annotations: veleroScheduleAnnotations(backup),
        render: () => ({
          spec: veleroScheduleSpec({ schedule, policy: backup, appNamespace: this.blueprint.namespaceName, selector: this.selectorLabels }),
        }),
      });
      this.volumeRestore = addVeleroRestorePath(
        { scope: this, name: id, appNamespace: this.blueprint.namespaceName, selector: this.selectorLabels, scheduleName: `${this.blueprint.namespaceName}.${id}-volumes` }, backup);
    }

    // Spread constraints everywhere (soft, harmless with one replica); the anti-affinity where the environment spreads replicas.
    const antiAffinity = env.topologySpread && this.maxReplicas >= 2;
    this.deployment = emitObject(this, 'Deployment', {
      apiVersion: 'apps/v1', kind: 'Deployment', name: id, labels: this.labels,
      render: () => ({
        spec: {
          ...(this.replicas !== undefined ? { replicas: this.replicas } : {}),
          revisionHistoryLimit: 5,
          progressDeadlineSeconds: 600,
          selector: { matchLabels: this.selectorLabels },
          strategy: this.strategy.toKube(),
          template: this.renderPodTemplate(spreadSpec(this.selectorLabels, antiAffinity)),
        },
      }),
    });

    const target = { scope: this, name: id, labels: this.labels, blueprint: this.blueprint };
    if (autoscaled) {
      const made = emitAutoscaler(target, scaling);
      this.autoscaler = made.autoscaler;
      this.triggerAuthentications = made.triggerAuthentications;
    }
    if (props.rightSizing) this.rightSizing = emitRightSizing(target);

    const budget = budgetOk ? props.disruptionBudget ?? { maxUnavailable: 1 } : { maxUnavailable: 1 };
    if (env.disruptionBudgets && budget !== false && this.minReplicas >= 2) {
      this.disruptionBudget = emitObject(this, 'DisruptionBudget', {
        apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', name: id, labels: this.labels,
        // AlwaysAllow: a pod that is not ready (crash-looping) may be evicted even when the budget is spent, so it can
        // never block a node drain (kube-linter pdb-unhealthy-pod-eviction-policy; the field is beta and on by default since Kubernetes 1.27).
        render: () => ({ spec: { selector: { matchLabels: this.selectorLabels }, ...budget, unhealthyPodEvictionPolicy: 'AlwaysAllow' } }),
      });
    }
  }

  public get workloadObject(): ApiObject {
    return this.deployment;
  }
}
