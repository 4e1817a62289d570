import { ApiObject, Duration, Lazy, Size } from 'cdk8s';
import { Construct } from 'constructs';
import { kubeObject } from '../k8s/kube-object';
import { propError } from '../values/_errors';
import { recorded, report } from '../k8s/_recorded-errors';
import { checkDns1035Label, isDnsSubdomain } from '../values/_names';
import { BackupTools } from './backup-tools';
import { BACKUP_DISABLED_ANNOTATION, BACKUP_OF_LABEL, RESTORE_OF_LABEL } from '../values/conventions';
import {
  BackupDestination as ScriptDestination, BackupEngine, renderBackupScript, renderRestoreScript, renderScriptEnv, renderVerifyScript,
} from './backup/_scripts';
import { Peer } from '../network/connections';
import { CronTask } from '../workloads/cron-task';
import { ConnectionEndpoint, IConnectable } from '../network/relations';
import { EnvValue } from '../values/env-value';
import { BackupPolicy } from '../values/backup-policy';
import { quantity } from '../values/resource-profile';
import { Schedule } from '../values/schedule';
import { Workload, WorkloadProps } from '../workloads/workload';
import { Policy } from '../k8s/suppressions';

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
  readonly engine: BackupEngine;
  readonly port: number;
  readonly portName: string;
  /** Where the data volume is mounted. */
  readonly dataPath: string;
  /** Env of backup, restore and drill jobs that connects them to the server (credentials by reference). */
  readonly clientEnv: Record<string, string | EnvValue>;
  /**
   * The UID/GID the official image runs as and owns its data as, and why: the one loosening the library
   * justifies itself (a low ID the user chooses is reported by the gate).
   */
  readonly imageUser: { readonly id: number; readonly reason: string };
}

const BACKUP_DIR = '/backups';
/** Scratch space of the jobs (TMPDIR): a generic ephemeral volume, not the 256Mi /tmp. */
const SCRATCH_DIR = '/scratch';
/**
 * Runs the script (passed as $0) and then stops the Istio sidecar through its /quitquitquit endpoint, so the
 * Job completes; the script's exit status is kept.
 */
const MESH_WRAPPER = '/bin/sh -c "$0"; rc=$?; curl -fsS -X POST http://127.0.0.1:15020/quitquitquit >/dev/null 2>&1 || true; exit $rc';
const RECIPIENTS_DIR = '/etc/backup/age-recipients';
const IDENTITY_DIR = '/etc/backup/age-identity';

/**
 * A single-primary database or cache on a StatefulSet: a `data` volumeClaimTemplate, a headless Service for
 * stable pod DNS and a client Service, the hardened pod of every workload, a PodDisruptionBudget where the
 * environment wants one, a NetworkPolicy admitting only the workloads that `connectTo` it and its own backup jobs,
 * and — from its BackupPolicy — a dump CronJob, a suspended restore CronJob and an optional restore drill.
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
  public readonly host: string;
  public readonly backup?: BackupPolicy;
  declare public readonly port: number;
  protected readonly engineSpec: StatefulEngine;

  protected constructor(scope: Construct, id: string, kind: string, component: string, props: StatefulServiceProps & { image: string }, engine: StatefulEngine) {
    super(scope, id, kind, component, { ...props, port: engine.port, portName: engine.portName });
    this.engineSpec = engine;
    this.backup = props.backup;
    const env = this.blueprint.environment;
    const storage = props.storage ?? Size.gibibytes(10);
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

    this.blueprint.claimName(this, 'Service', `${id}-headless`);
    this.headlessService = kubeObject(this, 'HeadlessService', 'v1', 'Service', { name: `${id}-headless`, labels: this.labels }, {
      spec: {
        clusterIP: 'None',
        publishNotReadyAddresses: true,
        selector: this.selectorLabels,
        ports: [{ name: engine.portName, port: engine.port, targetPort: engine.port, protocol: 'TCP' }],
      },
    });
    this.blueprint.claimName(this, 'Service', id);
    this.service = kubeObject(this, 'Service', 'v1', 'Service', { name: id, labels: this.labels }, {
      spec: {
        type: 'ClusterIP',
        selector: this.selectorLabels,
        ports: [{ name: engine.portName, port: engine.port, targetPort: engine.port, protocol: 'TCP' }],
      },
    });

    const disabled = props.backup?.isDisabled ? { [BACKUP_DISABLED_ANNOTATION]: props.backup.disabledReason! } : undefined;
    this.blueprint.claimName(this, 'StatefulSet', id);
    this.statefulSet = kubeObject(this, 'StatefulSet', 'apps/v1', 'StatefulSet', {
      name: id, labels: this.labels, ...(disabled ? { annotations: disabled } : {}),
    }, {
      spec: Lazy.any({
        produce: () => ({
          serviceName: `${id}-headless`,
          replicas: 1,
          podManagementPolicy: 'OrderedReady',
          updateStrategy: { type: 'RollingUpdate' },
          persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
          selector: { matchLabels: this.selectorLabels },
          template: this.renderPodTemplate(),
          volumeClaimTemplates: [{
            // volumeClaimTemplates can never change in place: no label that changes with a release (version).
            metadata: { name: 'data', labels: stableLabels(this.labels) },
            spec: {
              accessModes: ['ReadWriteOnce'],
              ...(props.storageClass ? { storageClassName: props.storageClass } : {}),
              resources: { requests: { storage: quantity(storage) } },
            },
          }],
        }),
      }),
    });

    if (env.disruptionBudgets) {
      this.blueprint.claimName(this, 'PodDisruptionBudget', id);
      this.disruptionBudget = kubeObject(this, 'DisruptionBudget', 'policy/v1', 'PodDisruptionBudget', { name: id, labels: this.labels }, {
        spec: { selector: { matchLabels: this.selectorLabels }, maxUnavailable: 1 },
      });
    }

    const low = [this.security.user, this.security.group].filter((x) => x < 10000);
    if (low.length > 0 && low.every((x) => x === engine.imageUser.id)) {
      Policy.suppress(this.statefulSet, 'high-uid', engine.imageUser.reason);
    }

    if (props.backup && !props.backup.isDisabled && !toolsMissing) {
      const jobs = this.renderBackupJobs(props.backup, props.backupTools!);
      this.backupTask = jobs.backup;
      this.restoreTask = jobs.restore;
      this.drillTask = jobs.drill;
      this.backupVolume = jobs.volume;
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

  private renderBackupJobs(policy: BackupPolicy, tools: BackupTools): { backup: CronTask; restore: CronTask; drill?: CronTask; volume?: ApiObject } {
    const id = this.name;
    const engine = this.engineSpec.engine;
    const dest = policy.destination.spec;
    const scriptDest: ScriptDestination = dest.kind === 'volume'
      ? { kind: 'volume', path: BACKUP_DIR }
      : { kind: 's3', endpoint: dest.endpoint, bucket: dest.bucket, prefix: dest.prefix, ...(dest.region ? { region: dest.region } : {}) };
    const encryption = policy.encryption?.kind === 'age' ? policy.encryption : undefined;

    let volume: ApiObject | undefined;
    if (dest.kind === 'volume') {
      this.blueprint.claimName(this, 'PersistentVolumeClaim', `${id}-backups`);
      volume = kubeObject(this, 'BackupVolume', 'v1', 'PersistentVolumeClaim', {
        name: `${id}-backups`,
        labels: { ...this.labels, [BACKUP_OF_LABEL]: id },
        annotations: { [BACKUP_DISABLED_ANNOTATION]: `holds the backups of ${id} themselves` },
      }, {
        spec: {
          accessModes: ['ReadWriteOnce'],
          ...(dest.storageClass ? { storageClassName: dest.storageClass } : {}),
          resources: { requests: { storage: quantity(dest.size) } },
        },
      });
    }

    const baseEnv: Record<string, string | EnvValue> = { ...this.engineSpec.clientEnv, TMPDIR: SCRATCH_DIR };
    for (const e of renderScriptEnv({ destination: scriptDest })) baseEnv[e.name] = e.value;
    if (dest.kind === 's3') {
      baseEnv.AWS_ACCESS_KEY_ID = EnvValue.fromSecret(dest.accessKeyId.secret, dest.accessKeyId.key);
      baseEnv.AWS_SECRET_ACCESS_KEY = EnvValue.fromSecret(dest.secretAccessKey.secret, dest.secretAccessKey.key);
    }
    const mesh = this.blueprint.mesh;
    // In the mesh the jobs keep their sidecar (the database requires mutual TLS) and stop it when the script ends.
    const command = (script: string) => (mesh ? ['/bin/sh', '-c', MESH_WRAPPER, script] : ['/bin/sh', '-c', script]);
    const common = {
      image: tools,
      meshSidecar: mesh,
      env: baseEnv,
      resources: this.resources,
      labels: { [RESTORE_OF_LABEL]: id },
      concurrencyPolicy: 'Forbid' as const,
    };
    const s3Port = dest.kind === 's3' ? Number(/:(\d+)\/?$/.exec(dest.endpoint)?.[1] ?? (dest.endpoint.startsWith('https') ? 443 : 80)) : undefined;

    const scratch = (task: CronTask) => task.addVolumeMount('scratch', SCRATCH_DIR, {
      ephemeral: {
        volumeClaimTemplate: {
          metadata: { labels: { 'blueprints.cdk8s.io/scratch-of': id } },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: quantity(policy.scratchSpace) } } },
        },
      },
    });
    const mountVolume = (task: CronTask, readOnly: boolean) => {
      scratch(task);
      if (dest.kind === 'volume') task.addVolumeMount('backups', BACKUP_DIR, { persistentVolumeClaim: { claimName: `${id}-backups`, ...(readOnly ? { readOnly: true } : {}) } }, { readOnly });
    };
    const wire = (task: CronTask) => {
      task.connectTo(this, { skipEnv: true });
      if (s3Port !== undefined) task.connections.allowTo(Peer.cidr('0.0.0.0/0'), [{ port: s3Port }]);
    };

    const backup = new CronTask(this, `${id}-backup`, {
      ...common,
      labels: { [BACKUP_OF_LABEL]: id },
      command: command(renderBackupScript({
        engine, destination: scriptDest, retentionDays: policy.retentionDays, prefix: id,
        ...(encryption ? { encryption: { recipientsFile: `${RECIPIENTS_DIR}/recipients` } } : {}),
      })),
      schedule: policy.schedule!,
      backoffLimit: 1,
      startingDeadline: Duration.seconds(policy.startingDeadlineSeconds),
      activeDeadline: Duration.seconds(policy.activeDeadlineSeconds),
    });
    mountVolume(backup, false);
    if (encryption) {
      backup.addVolumeMount('age-recipients', RECIPIENTS_DIR, {
        secret: { secretName: encryption.recipients!.secret.name, items: [{ key: encryption.recipients!.key, path: 'recipients' }], defaultMode: 0o440 },
      }, { readOnly: true });
    }
    wire(backup);

    const identity = (task: CronTask) => {
      if (!encryption) return;
      task.addVolumeMount('age-identity', IDENTITY_DIR, {
        secret: { secretName: encryption.identity!.secret.name, items: [{ key: encryption.identity!.key, path: 'identity' }], defaultMode: 0o440 },
      }, { readOnly: true });
    };

    const restore = new CronTask(this, `${id}-restore`, {
      ...common,
      command: command(renderRestoreScript({
        engine, destination: scriptDest, prefix: id,
        ...(encryption ? { encryption: { identityFile: `${IDENTITY_DIR}/identity` } } : {}),
        ...(engine === 'redis' ? { redis: { dataDir: '/data', appendOnly: true } } : {}),
      })),
      // Never runs on its own: start it with `kubectl create job --from=cronjob/<id>-restore <id>-restore-<n>`.
      schedule: Schedule.cron('@yearly'),
      suspend: true,
      backoffLimit: 0,
      activeDeadline: Duration.seconds(policy.activeDeadlineSeconds),
      podAnnotations: { 'blueprints.cdk8s.io/run': `kubectl -n ${this.blueprint.namespaceName} create job --from=cronjob/${id}-restore ${id}-restore-$(date +%s)` },
    });
    mountVolume(restore, true);
    identity(restore);
    if (engine === 'redis') {
      // An RDB cannot be loaded into a running server: the restore writes into the (stopped) server's volume.
      restore.addVolumeMount('data', '/data', { persistentVolumeClaim: { claimName: `data-${id}-0` } });
    }
    // Redis too: its restore refuses to run while a server answers, and it must be able to ask.
    wire(restore);

    let drill: CronTask | undefined;
    if (policy.restoreDrill) {
      drill = new CronTask(this, `${id}-restore-drill`, {
        ...common,
        command: command(renderVerifyScript({
          engine, destination: scriptDest, prefix: id,
          ...(encryption ? { encryption: { identityFile: `${IDENTITY_DIR}/identity` } } : {}),
        })),
        schedule: policy.restoreDrill,
        backoffLimit: 0,
        activeDeadline: Duration.seconds(policy.activeDeadlineSeconds),
      });
      mountVolume(drill, true);
      identity(drill);
      if (engine === 'postgres') {
        wire(drill);
      } else {
        // The Redis drill checks the file itself (redis-check-rdb): it needs the destination, not the server.
        drill.node.addDependency(this);
        if (s3Port !== undefined) drill.connections.allowTo(Peer.cidr('0.0.0.0/0'), [{ port: s3Port }]);
      }
    }
    return { backup, restore, drill, volume };
  }
}

/** The labels without `app.kubernetes.io/version`, for fields Kubernetes will not let change. */
function stableLabels(labels: Record<string, string>): Record<string, string> {
  const { ['app.kubernetes.io/version']: _version, ...stable } = labels;
  return stable;
}
