import { ApiObject, Size } from 'cdk8s';
import { Construct } from 'constructs';
import { emitObject } from '../k8s/emit';
import { propError } from '../values/_errors';
import { recorded, report } from '../k8s/_recorded-errors';
import { checkDns1035Label, isDnsSubdomain } from '../values/_names';
import { BackupTools } from './backup-tools';
import { BACKUP_DISABLED_ANNOTATION } from '../values/conventions';
import { BackupEngine } from './backup/backup-engine';
import { addBackupJobs } from './backup/backup-jobs';
import { Peer } from '../network/connections';
import { CronTask } from '../workloads/cron-task';
import { ConnectionEndpoint, IConnectable } from '../network/relations';
import { EnvValue } from '../values/env-value';
import { BackupPolicy } from '../values/backup-policy';
import { quantity } from '../values/resource-profile';
import { HealthCheck } from '../values/health-check';
import type { PriorityTier } from '../values/priority-classes';
import { spreadSpec } from '../workloads/pod-template';
import { Workload, WorkloadProps } from '../workloads/workload';

/** Props every stateful service takes. */
export interface StatefulServiceProps extends Omit<WorkloadProps, 'image'> {
  /**
   * The image.
   * @default - the official image of the engine, pinned (see the construct)
   */
  readonly image?: string;
  /**
   * Size of the data volume (a volumeClaimTemplate).
   * @default Size.gibibytes(10)
   */
  readonly storage?: Size;
  /**
   * StorageClass of the data volume.
   * @default - the cluster's default
   */
  readonly storageClass?: string;
  /**
   * How the data is backed up. Production requires a policy, or `BackupPolicy.disabled(reason)`.
   * @default - no backup (an error in production)
   */
  readonly backup?: BackupPolicy;
  /**
   * The image backup, restore and drill jobs run (create one `BackupTools` per app).
   * @default - required when `backup` is a policy
   */
  readonly backupTools?: BackupTools;
}

/** What a concrete stateful service tells its base. */
export interface StatefulEngine {
  readonly port: number;
  readonly portName: string;
  /** Where the data volume is mounted. */
  readonly dataPath: string;
  /** How its data is backed up: the engine's scripts and what its backup, restore and drill jobs need. */
  readonly backup: BackupEngine;
  /**
   * The health check when the user gives none: its readiness (and startup) probe asks whether the server serves
   * clients, its liveness probe only whether the server process answers — a different test, so that a server busy
   * loading or recovering leaves rotation instead of being restarted (kube-score pod-probes).
   */
  readonly health: HealthCheck;
}

/**
 * A single-primary database or cache on a StatefulSet: a `data` volumeClaimTemplate, a headless Service for
 * stable pod DNS and a client Service, the hardened pod of every workload (its environment's priority class, soft
 * topology spread constraints), a PodDisruptionBudget where the environment wants one (`unhealthyPodEvictionPolicy:
 * AlwaysAllow`), a NetworkPolicy admitting only the workloads that `connectTo` it and its own backup jobs,
 * and — from its BackupPolicy — the backup scripts ConfigMap, a dump CronJob, a suspended restore CronJob and an
 * optional restore drill (lib/data/backup/backup-jobs.ts).
 */
export abstract class StatefulService extends Workload implements IConnectable {
  public readonly statefulSet: ApiObject;
  /** The client Service (`<id>`). */
  public readonly service: ApiObject;
  /** The headless Service (`<id>-headless`) that gives the pods stable DNS names. */
  public readonly headlessService: ApiObject;
  public readonly disruptionBudget?: ApiObject;
  /** The dump CronJob, when backed up. */
  public readonly backupTask?: CronTask;
  /** The suspended restore CronJob: `kubectl create job --from=cronjob/<id>-restore <id>-restore-1`. */
  public readonly restoreTask?: CronTask;
  /** The restore drill, when the policy asks for one. */
  public readonly drillTask?: CronTask;
  /** The volume the dumps go to, for BackupDestination.volume(). */
  public readonly backupVolume?: ApiObject;
  /** The ConfigMap `<id>-backup-scripts-<hash>` the backup, restore and drill jobs run their scripts from. */
  public readonly backupScripts?: ApiObject;
  /** How its data is backed up: the engine's scripts, and what its jobs need to reach the server. */
  public readonly backupEngine: BackupEngine;
  public readonly host: string;
  public readonly backup?: BackupPolicy;
  declare public readonly port: number;
  protected readonly engineSpec: StatefulEngine;

  /** A stateful service's pods run at the blueprint's data priority, above its stateless workloads. */
  public override get priorityTier(): PriorityTier {
    return 'data';
  }

  protected constructor(scope: Construct, id: string, kind: string, component: string, props: StatefulServiceProps & { image: string }, engine: StatefulEngine) {
    super(scope, id, kind, component, { ...props, health: props.health ?? engine.health, port: engine.port, portName: engine.portName });
    this.engineSpec = engine;
    this.backupEngine = engine.backup;
    this.backup = props.backup;
    const env = this.blueprint.environment;
    // Made here, not while rendering: a size Kubernetes cannot take is this construct's recorded mistake.
    const storage = recorded(this, kind, () => quantity(props.storage ?? Size.gibibytes(10), 'storage'), '10Gi');
    if (props.storageClass !== undefined && !isDnsSubdomain(props.storageClass)) report(this, kind, propError('storageClass', props.storageClass, 'must be the name of a StorageClass'));
    recorded(this, kind, () => checkDns1035Label('id', id));
    if (id.length > 38) report(this, kind, propError('id', id, 'must be at most 38 characters: its jobs are named <id>-restore-drill, and CronJob names may have at most 52'));
    if (env.isProduction && !props.backup) {
      report(this, kind, '\'backup\' (undefined) must be set in production: BackupPolicy.daily({ retention, encryption }) or BackupPolicy.disabled(reason) to opt out explicitly');
    }
    recorded(this, kind, () => props.backup?.checkFor(env.isProduction, `${kind} backups`));
    const toolsMissing = props.backup && !props.backup.isDisabled && !props.backupTools;
    if (toolsMissing) {
      report(this, kind, '\'backupTools\' (undefined) must be set when \'backup\' is a policy: create new BackupTools(app, \'backup-tools\', { repository }) once and pass it');
    }
    this.host = `${id}.${this.blueprint.namespaceName}.svc`;
    this.addVolumeMount('data', engine.dataPath, undefined);

    this.headlessService = emitObject(this, 'HeadlessService', {
      apiVersion: 'v1', kind: 'Service', name: `${id}-headless`, labels: this.labels,
      render: () => ({
        spec: {
          clusterIP: 'None',
          publishNotReadyAddresses: true,
          selector: this.selectorLabels,
          ports: [{ name: engine.portName, port: engine.port, targetPort: engine.port, protocol: 'TCP' }],
        },
      }),
    });
    this.service = emitObject(this, 'Service', {
      apiVersion: 'v1', kind: 'Service', name: id, labels: this.labels,
      render: () => ({
        spec: {
          type: 'ClusterIP',
          selector: this.selectorLabels,
          ports: [{ name: engine.portName, port: engine.port, targetPort: engine.port, protocol: 'TCP' }],
        },
      }),
    });

    const disabled = props.backup?.isDisabled ? { [BACKUP_DISABLED_ANNOTATION]: props.backup.disabledReason! } : undefined;
    this.statefulSet = emitObject(this, 'StatefulSet', {
      apiVersion: 'apps/v1', kind: 'StatefulSet', name: id, labels: this.labels, ...(disabled ? { annotations: disabled } : {}),
      render: () => ({
        spec: {
          serviceName: `${id}-headless`,
          replicas: 1,
          podManagementPolicy: 'OrderedReady',
          updateStrategy: { type: 'RollingUpdate' },
          persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
          selector: { matchLabels: this.selectorLabels },
          // One replica: soft spread constraints only (Polaris topologySpreadConstraint), which never block scheduling.
          template: this.renderPodTemplate(spreadSpec(this.selectorLabels, false)),
          volumeClaimTemplates: [{
            // volumeClaimTemplates can never change in place: no label that changes with a release (version).
            metadata: { name: 'data', labels: stableLabels(this.labels) },
            spec: {
              accessModes: ['ReadWriteOnce'],
              ...(props.storageClass ? { storageClassName: props.storageClass } : {}),
              resources: { requests: { storage } },
            },
          }],
        },
      }),
    });

    if (env.disruptionBudgets) {
      this.disruptionBudget = emitObject(this, 'DisruptionBudget', {
        apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', name: id, labels: this.labels,
        // AlwaysAllow: a pod that is not ready (crash-looping, stuck in recovery) may be evicted, so it cannot block
        // a node drain; a healthy server is still evicted only within the budget (kube-linter
        // pdb-unhealthy-pod-eviction-policy).
        render: () => ({ spec: { selector: { matchLabels: this.selectorLabels }, maxUnavailable: 1, unhealthyPodEvictionPolicy: 'AlwaysAllow' } }),
      });
    }

    if (props.backup && !props.backup.isDisabled && !toolsMissing) {
      const jobs = addBackupJobs(this, engine.backup, props.backup, props.backupTools!);
      this.backupVolume = jobs.volume;
      this.backupScripts = jobs.scripts;
      this.backupTask = jobs.backup;
      this.restoreTask = jobs.restore;
      this.drillTask = jobs.drill;
    }
  }

  public get workloadObject(): ApiObject {
    return this.statefulSet;
  }

  /** Clients reach the client Service; the NetworkPolicies admit them to the server's port. */
  public connectionEndpoint(): ConnectionEndpoint {
    return {
      name: this.name,
      path: this.node.path,
      host: this.host,
      port: this.port,
      peer: Peer.pods(this.selectorLabels, `${this.kind} ${this.name}`),
      peerPorts: [{ port: this.port }],
      env: (nameOf) => this.connectionEnv(nameOf),
      admit: (client) => this.connections.allowFrom(client, [{ port: this.port }]),
      dependencies: [this],
    };
  }

  /** The variables a client gets besides HOST and PORT (credentials by reference, a URL built from them). */
  protected abstract connectionEnv(nameOf: (suffix: string) => string): Array<[string, EnvValue]>;
}

/** The labels without `app.kubernetes.io/version`, for fields Kubernetes will not let change. */
function stableLabels(labels: Record<string, string>): Record<string, string> {
  const { ['app.kubernetes.io/version']: _version, ...stable } = labels;
  return stable;
}
