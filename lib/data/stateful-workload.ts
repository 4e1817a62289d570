import { ApiObject, Size } from 'cdk8s';
import { Construct } from 'constructs';
import { checkedProps } from '../k8s/_construct-props';
import { emitObject } from '../k8s/emit';
import { checkInteger, propError } from '../values/_errors';
import { recorded, report } from '../k8s/_recorded-errors';
import { checkDns1035Label, checkDnsLabel, isDnsSubdomain } from '../values/_names';
import { BACKUP_DISABLED_ANNOTATION } from '../values/conventions';
import { Peer } from '../network/connections';
import { ConnectionEndpoint, IConnectable } from '../network/relations';
import { EnvValue } from '../values/env-value';
import { BackupPolicy } from '../values/backup-policy';
import { quantity } from '../values/resource-profile';
import type { PriorityTier } from '../values/priority-classes';
import { CronTask } from '../workloads/cron-task';
import { spreadSpec } from '../workloads/pod-template';
import { DisruptionBudget } from '../workloads/replicated-workload';
import { VELERO_SCHEDULE, veleroScheduleAnnotations, veleroScheduleSpec } from '../workloads/velero-schedule';
import { addVeleroRestorePath, VolumeRestorePath } from '../workloads/velero-restore';
import { Workload, WorkloadProps } from '../workloads/workload';
import { BackupTools } from './backup-tools';
import { BackupEngine } from './backup/backup-engine';
import { addBackupJobs } from './backup/backup-jobs';
import { BackupMethod } from './backup/backup-method';
import { specialisationOf, stableLabels } from './_stateful-parts';

/** A volumeClaimTemplate: one PersistentVolumeClaim per pod (`<name>-<workload>-<ordinal>`), mounted at `path`. */
export interface StatefulVolumeOptions {
  /** The template's name (a DNS label). */
  readonly name: string;
  /** Where the container mounts it. */
  readonly path: string;
  /** @default Size.gibibytes(10) */
  readonly size?: Size;
  /** @default - the cluster's default StorageClass */
  readonly storageClass?: string;
}

/** Props for `StatefulWorkload`. */
export interface StatefulWorkloadProps extends WorkloadProps {
  /**
   * How many pods; each gets its own claim of every volume. Not scaled by the environment.
   * @default 1
   */
  readonly replicas?: number;
  /**
   * The volumeClaimTemplates (ReadWriteOnce). Claims are retained when the StatefulSet is deleted or scaled down.
   * @default - none
   */
  readonly volumes?: StatefulVolumeOptions[];
  /**
   * 'OrderedReady' starts pods one by one, each once the previous one is ready (and stops them in reverse);
   * 'Parallel' starts and stops them all at once.
   * @default 'OrderedReady'
   * @see https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-management-policies
   */
  readonly podManagementPolicy?: 'OrderedReady' | 'Parallel';
  /**
   * The PodDisruptionBudget where the environment wants one; `false` for none.
   * @default { maxUnavailable: 1 }
   */
  readonly disruptionBudget?: DisruptionBudget | false;
  /**
   * When the volumes are backed up and for how long. Production requires a policy (or `BackupPolicy.disabled(reason)`)
   * when there are volumes.
   * @default - no backup (an error in production when there are volumes)
   */
  readonly backup?: BackupPolicy;
  /**
   * How they are backed up: Velero volume snapshots or a dump (`BackupMethod.sqlite(...)`, `BackupMethod.command(...)`).
   * @default BackupMethod.volumeSnapshots()
   */
  readonly backupMethod?: BackupMethod;
  /**
   * The image a dump method's backup, restore and drill jobs run (create one `BackupTools` per app).
   * @default - required when `backupMethod` is a dump and `backup` a policy
   */
  readonly backupTools?: BackupTools;
}

/**
 * Any stateful image on a StatefulSet: `replicas` pods with stable names (`<id>-0`, `<id>-1`…) and DNS through a
 * headless Service (`<id>-headless`), a client Service (`<id>`) when it has a port, one claim per pod of every
 * volumeClaimTemplate (retained on delete and scale-down), ordered or parallel pod management, the hardened pod of
 * every workload at the blueprint's data priority, topology spread (and a soft anti-affinity with two replicas or
 * more where the environment spreads), a PodDisruptionBudget where the environment wants one, a NetworkPolicy
 * admitting only the workloads that `connectTo` it (and its own replicas, with two or more), and backups from its
 * `BackupPolicy`: Velero volume snapshots, or a dump with the dump CronJob, suspended restore CronJob and restore
 * drill of the Postgres dumps (`BackupMethod.sqlite()`, `BackupMethod.command()`: the user's own commands).
 * `Postgres` and `Redis` are its specialisations (through `StatefulService`).
 *
 * What a dump that reads the data volume guarantees (SQLite, or a command with `volume`): a ReadWriteOnce volume is
 * attached to one node, and every pod of that node may mount it; so the dump CronJob has a required pod affinity to
 * pod `<id>-0` on `kubernetes.io/hostname`, mounts `<volume>-<id>-0` read-only and runs as the app's UID/GID. It
 * never writes the app's files; it runs only while pod `<id>-0` runs (otherwise it stays pending and fails at its
 * deadline, a failed backup you see); SQLite's copy (VACUUM INTO, one read transaction) is the database as of one
 * committed transaction even while the app writes, in rollback-journal and in WAL mode (in rollback-journal mode
 * the app's writes wait for the copy, up to their busy timeout). It needs a volume mounted by kernel file locks
 * shared on the node (block storage; not a ReadWriteOncePod claim). The restore writes the claim of the STOPPED app
 * (scale it to 0: it refuses while the app's port answers) and keeps the replaced files aside.
 *
 * @example
 * new StatefulWorkload(bp, 'notes', {
 *   image, port: 8080, env: { DATA_DIR: '/data' },
 *   volumes: [{ name: 'data', path: '/data', size: Size.gibibytes(1) }],
 *   backup: BackupPolicy.daily({ retention: Duration.days(14), encryption }), backupTools: tools,
 *   backupMethod: BackupMethod.sqlite({ database: '/data/notes.db', drillTable: 'users' }),
 * });
 */
export class StatefulWorkload extends Workload implements IConnectable {
  public readonly statefulSet: ApiObject;
  /** The client Service (`<id>`), when the workload has a port. */
  public readonly service?: ApiObject;
  /** The headless Service (`<id>-headless`) that gives the pods stable DNS names. */
  public readonly headlessService: ApiObject;
  public readonly disruptionBudget?: ApiObject;
  public readonly replicas: number;
  public readonly podManagementPolicy: 'OrderedReady' | 'Parallel';
  /** The in-cluster DNS name of the client Service. */
  public readonly host: string;
  public readonly backup?: BackupPolicy;
  /** The engine of a dump method: its scripts, and what its jobs need. */
  public readonly backupEngine?: BackupEngine;
  /** The Velero Schedule of volume snapshots, when that is the method. */
  public readonly volumeBackup?: ApiObject;
  /** The Restore template and restore drill of the Velero volume backup, when there is one. */
  public readonly volumeRestore?: VolumeRestorePath;
  /** The dump CronJob, when backed up by dumps. */
  public readonly backupTask?: CronTask;
  /** The suspended restore CronJob: `kubectl create job --from=cronjob/<id>-restore <id>-restore-1`. */
  public readonly restoreTask?: CronTask;
  /** The restore drill, when the policy asks for one. */
  public readonly drillTask?: CronTask;
  /** The volume the dumps go to, for BackupDestination.volume(). */
  public readonly backupVolume?: ApiObject;
  /** The ConfigMap `<id>-backup-scripts-<hash>` the backup, restore and drill jobs run their scripts from. */
  public readonly backupScripts?: ApiObject;

  /** A stateful workload's pods run at the blueprint's data priority, above its stateless workloads. */
  public override get priorityTier(): PriorityTier {
    return 'data';
  }

  constructor(scope: Construct, id: string, props: StatefulWorkloadProps) {
    const special = specialisationOf(props);
    if (!special) props = checkedProps('StatefulWorkload', scope, id, props);
    const kind = special?.kind ?? 'StatefulWorkload';
    super(scope, id, kind, special?.component ?? 'stateful', props);
    const env = this.blueprint.environment;
    const check = (fn: () => void) => recorded(this, kind, fn);
    this.backup = props.backup;
    this.replicas = recorded(this, kind, () => { checkInteger('replicas', props.replicas ?? 1, 1, 1000); return props.replicas ?? 1; }, 1);
    this.podManagementPolicy = props.podManagementPolicy ?? 'OrderedReady';

    // Made here, not while rendering: a size Kubernetes cannot take is this construct's recorded mistake.
    const seen = new Set<string>();
    const volumes = (props.volumes ?? []).map((v) => {
      const prop = (field: string) => (special ? field : `volumes['${v.name}'].${field}`);
      const storage = recorded(this, kind, () => quantity(v.size ?? Size.gibibytes(10), prop(special ? 'storage' : 'size')), '10Gi');
      if (v.storageClass !== undefined && !isDnsSubdomain(v.storageClass)) report(this, kind, propError(prop('storageClass'), v.storageClass, 'must be the name of a StorageClass'));
      if (!special) {
        check(() => checkDnsLabel('volumes.name', v.name));
        if (seen.has(v.name)) report(this, kind, propError('volumes.name', v.name, 'must be unique among the workload\'s volumes'));
        seen.add(v.name);
      }
      return { ...v, storage };
    });
    check(() => checkDns1035Label('id', id));

    const method = special ? undefined : props.backupMethod ?? BackupMethod.volumeSnapshots();
    this.host = `${id}.${this.blueprint.namespaceName}.svc`;
    const engine = special?.engine ?? (method ? this.dumpEngine(method, volumes) : undefined);
    this.backupEngine = engine;
    if (engine && id.length > 38) report(this, kind, propError('id', id, 'must be at most 38 characters: its jobs are named <id>-restore-drill, and CronJob names may have at most 52'));
    if (special && env.isProduction && !props.backup) {
      report(this, kind, '\'backup\' (undefined) must be set in production: BackupPolicy.daily({ retention, encryption }) or BackupPolicy.disabled(reason) to opt out explicitly');
    } else if (!special && env.isProduction && !props.backup && volumes.length > 0) {
      report(this, kind, `'backup' (undefined) must be set in production for volumes (${volumes.map((v) => v.name).join(', ')}): a BackupPolicy, or BackupPolicy.disabled(reason) to opt out explicitly`);
    }
    if (!special && props.backup && !props.backup.isDisabled && volumes.length === 0) {
      report(this, kind, propError('backup', props.backup.schedule?.expression ?? 'disabled', 'needs volumes to back up'));
    }
    if (!engine && props.backup?.encryption?.kind === 'age') {
      report(this, kind, '\'backup.encryption\' (age) cannot apply to volume snapshots: Velero encrypts at its storage location; state how with BackupEncryption.none(reason), or back up with a dump (backupMethod)');
    }
    check(() => props.backup?.checkFor(env.isProduction, engine ? `${kind} backups` : 'volume backups'));
    const toolsMissing = engine && props.backup && !props.backup.isDisabled && !props.backupTools;
    if (toolsMissing) {
      report(this, kind, '\'backupTools\' (undefined) must be set when \'backup\' is a policy: create new BackupTools(app, \'backup-tools\', { repository }) once and pass it');
    }
    for (const v of volumes) this.addVolumeMount(v.name, v.path, undefined);
    if (this.replicas >= 2) {
      // Replicas of one set talk to each other (clustering, replication) on its ports.
      const peers = Peer.pods(this.selectorLabels, `${kind} ${id} (its replicas)`);
      const ports = this.port !== undefined ? [{ port: this.port }] : [];
      this.connections.allowFrom(peers, ports);
      this.connections.allowTo(peers, ports);
    }

    const ports = () => (this.port !== undefined ? [{ name: this.portName, port: this.port, targetPort: this.port, protocol: 'TCP' }] : []);
    this.headlessService = emitObject(this, 'HeadlessService', {
      apiVersion: 'v1', kind: 'Service', name: `${id}-headless`, labels: this.labels,
      render: () => ({ spec: { clusterIP: 'None', publishNotReadyAddresses: true, selector: this.selectorLabels, ...(this.port !== undefined ? { ports: ports() } : {}) } }),
    });
    if (this.port !== undefined) {
      this.service = emitObject(this, 'Service', {
        apiVersion: 'v1', kind: 'Service', name: id, labels: this.labels,
        render: () => ({ spec: { type: 'ClusterIP', selector: this.selectorLabels, ports: ports() } }),
      });
    }

    const disabled = props.backup?.isDisabled ? { [BACKUP_DISABLED_ANNOTATION]: props.backup.disabledReason! } : undefined;
    // Spread constraints everywhere (soft, harmless with one replica); the anti-affinity where the environment spreads replicas.
    const antiAffinity = env.topologySpread && this.replicas >= 2;
    this.statefulSet = emitObject(this, 'StatefulSet', {
      apiVersion: 'apps/v1', kind: 'StatefulSet', name: id, labels: this.labels, ...(disabled ? { annotations: disabled } : {}),
      render: () => ({
        spec: {
          serviceName: `${id}-headless`,
          replicas: this.replicas,
          podManagementPolicy: this.podManagementPolicy,
          updateStrategy: { type: 'RollingUpdate' },
          persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
          selector: { matchLabels: this.selectorLabels },
          template: this.renderPodTemplate(spreadSpec(this.selectorLabels, antiAffinity)),
          ...(volumes.length ? {
            volumeClaimTemplates: volumes.map((v) => ({
              // volumeClaimTemplates can never change in place: no label that changes with a release (version).
              metadata: { name: v.name, labels: stableLabels(this.labels) },
              spec: {
                accessModes: ['ReadWriteOnce'],
                ...(v.storageClass ? { storageClassName: v.storageClass } : {}),
                resources: { requests: { storage: v.storage } },
              },
            })),
          } : {}),
        },
      }),
    });

    const budget = props.disruptionBudget ?? { maxUnavailable: 1 };
    if (budget !== false) check(() => checkBudget(budget, this.replicas));
    if (env.disruptionBudgets && budget !== false) {
      this.disruptionBudget = emitObject(this, 'DisruptionBudget', {
        apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', name: id, labels: this.labels,
        // AlwaysAllow: a pod that is not ready (crash-looping, stuck in recovery) may be evicted, so it cannot block
        // a node drain; a healthy pod is still evicted only within the budget (kube-linter
        // pdb-unhealthy-pod-eviction-policy).
        render: () => ({ spec: { selector: { matchLabels: this.selectorLabels }, ...budget, unhealthyPodEvictionPolicy: 'AlwaysAllow' } }),
      });
    }

    const policy = props.backup;
    if (policy && !policy.isDisabled && engine && !toolsMissing) {
      const jobs = addBackupJobs(this, engine, policy, props.backupTools!);
      this.backupVolume = jobs.volume;
      this.backupScripts = jobs.scripts;
      this.backupTask = jobs.backup;
      this.restoreTask = jobs.restore;
      this.drillTask = jobs.drill;
    } else if (policy?.schedule && !policy.isDisabled && !engine && volumes.length > 0) {
      const schedule = policy.schedule;
      // Velero's namespace is shared by every application of the cluster: the name carries the namespace.
      this.volumeBackup = emitObject(this, 'VolumeBackup', {
        ...VELERO_SCHEDULE, name: `${this.blueprint.namespaceName}.${id}-volumes`, namespace: policy.veleroNamespace, labels: this.labels,
        annotations: veleroScheduleAnnotations(policy),
        render: () => ({ spec: veleroScheduleSpec({ schedule, policy, appNamespace: this.blueprint.namespaceName, selector: this.selectorLabels }) }),
      });
      this.volumeRestore = addVeleroRestorePath(
        { scope: this, name: id, appNamespace: this.blueprint.namespaceName, selector: this.selectorLabels, scheduleName: `${this.blueprint.namespaceName}.${id}-volumes` }, policy);
    }
  }

  public get workloadObject(): ApiObject {
    return this.statefulSet;
  }

  /** Clients reach the client Service; the NetworkPolicies admit them to the workload's port. */
  public connectionEndpoint(): ConnectionEndpoint {
    if (this.port === undefined) report(this, this.kind, `'port' (undefined) is required to connect to ${this.kind} '${this.name}': set the port it serves on`);
    const port = this.port ?? 1;
    return {
      name: this.name,
      path: this.node.path,
      host: this.host,
      port,
      peer: Peer.pods(this.selectorLabels, `${this.kind} ${this.name}`),
      peerPorts: [{ port }],
      env: (nameOf) => this.connectionEnv(nameOf),
      admit: (client) => this.connections.allowFrom(client, [{ port }]),
      dependencies: [this],
    };
  }

  /** The variables a client gets besides HOST and PORT: none for any image (a specialisation adds its URL and credentials). */
  protected connectionEnv(_nameOf: (suffix: string) => string): Array<[string, EnvValue]> {
    return [];
  }

  /** The dump engine of `method`, for the volume that holds its data; its mistakes recorded. */
  private dumpEngine(method: BackupMethod, volumes: ReadonlyArray<{ name: string; path: string }>): BackupEngine | undefined {
    if (method.kind === 'volume-snapshots') return undefined;
    const db = method.database;
    const byName = method.volumeName;
    let volume: { name: string; path: string } | undefined;
    if (db !== undefined) {
      volume = volumes.find((v) => db.startsWith(`${v.path.replace(/\/+$/, '')}/`));
      if (!volume) {
        report(this, this.kind, propError('backupMethod.database', db, `must be a file on one of the volumes (${volumes.map((v) => v.path).join(', ') || 'none declared'})`));
        return undefined;
      }
    } else if (byName !== undefined) {
      volume = volumes.find((v) => v.name === byName);
      if (!volume) {
        report(this, this.kind, propError('backupMethod.volume', byName, `must be one of the volumes (${volumes.map((v) => v.name).join(', ') || 'none declared'})`));
        return undefined;
      }
    }
    if (volume && this.replicas !== 1) {
      const why = db !== undefined ? 'an SQLite file has one writer' : 'the other pods\' volumes would not be backed up';
      report(this, this.kind, propError('replicas', this.replicas, `must be 1 with BackupMethod.${method.kind}() on a volume: the dump reads the volume of pod ${this.name}-0, and ${why}`));
    }
    return method.engineFor({ ...(volume ? { volume } : {}), ...(this.port !== undefined ? { app: { host: this.host, port: this.port } } : {}) });
  }
}

/** A budget that lets nodes drain: whole numbers >= 1, minAvailable below the replicas. */
function checkBudget(budget: DisruptionBudget, replicas: number): void {
  if ('minAvailable' in budget) {
    checkInteger('disruptionBudget.minAvailable', budget.minAvailable, 1);
    if (budget.minAvailable >= replicas) throw propError('disruptionBudget.minAvailable', budget.minAvailable, `must be < 'replicas' (${replicas}), or no node could ever be drained`);
  } else {
    checkInteger('disruptionBudget.maxUnavailable', budget.maxUnavailable, 1);
  }
}
