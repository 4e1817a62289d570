import { ApiObject, Duration } from 'cdk8s';
import { emitObject } from '../../k8s/emit';
import { Peer } from '../../network/connections';
import { IConnectable } from '../../network/relations';
import { BackupPolicy } from '../../values/backup-policy';
import { BACKUP_DISABLED_ANNOTATION, BACKUP_OF_LABEL, RESTORE_OF_LABEL } from '../../values/conventions';
import { EnvValue } from '../../values/env-value';
import { contentHash } from '../../values/_names';
import { quantity } from '../../values/resource-profile';
import { Schedule } from '../../values/schedule';
import { CronTask } from '../../workloads/cron-task';
import { Workload } from '../../workloads/workload';
import { BackupTools } from '../backup-tools';
import { BackupEngine, BackupScript } from './backup-engine';
import { backupScripts } from './_scripts';

/** Where the jobs mount the service's backup scripts ConfigMap (read-only). */
export const BACKUP_SCRIPTS_DIR = '/opt/backup';
/** Where the backup, restore and drill jobs mount the backups volume of `BackupDestination.volume()`. */
export const BACKUP_DIR = '/backups';
/** Scratch space of the jobs (TMPDIR): a generic ephemeral volume, not the 256Mi /tmp. */
export const SCRATCH_DIR = '/scratch';
const RECIPIENTS_DIR = '/etc/backup/age-recipients';
const IDENTITY_DIR = '/etc/backup/age-identity';
/**
 * In the mesh: runs the script (passed as $0) and then stops the Istio sidecar through its /quitquitquit
 * endpoint, so the Job completes; the script's exit status is kept.
 */
const MESH_WRAPPER = '/bin/sh "$0"; rc=$?; curl -fsS -X POST http://127.0.0.1:15020/quitquitquit >/dev/null 2>&1 || true; exit $rc';

/** The label the StatefulSet controller puts on each of its pods: `<set>-<ordinal>`. */
const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';

/**
 * A backup CronJob whose pods must run on the node of one pod (the one a ReadWriteOnce volume is attached to): a
 * required pod affinity on `kubernetes.io/hostname`. While that pod is not running the job's pod stays pending, and
 * the run fails at its deadline: no backup is taken of a volume the scheduler could attach elsewhere meanwhile.
 */
class PinnedCronTask extends CronTask {
  private affinity?: Record<string, unknown>;

  /** Pins the pods to the node of the pod with these labels. */
  public pinTo(podLabels: Record<string, string>): void {
    this.affinity = {
      podAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: podLabels }, topologyKey: 'kubernetes.io/hostname' }],
      },
    };
  }

  protected override renderPodTemplate(extraSpec: Record<string, unknown> = {}): any {
    return super.renderPodTemplate(this.affinity ? { ...extraSpec, affinity: this.affinity } : extraSpec);
  }
}

/** What `addBackupJobs` made. */
export interface BackupJobs {
  /** The ConfigMap `<id>-backup-scripts-<hash>` holding lib.sh and the engine's three scripts. */
  readonly scripts: ApiObject;
  /** `<id>-backup`: dump, verify, encrypt, store, prune. */
  readonly backup: CronTask;
  /** `<id>-restore`, suspended: `kubectl create job --from=cronjob/<id>-restore <id>-restore-1`. */
  readonly restore: CronTask;
  /** `<id>-restore-drill`, when the policy asks for one. */
  readonly drill?: CronTask;
  /** The PersistentVolumeClaim `<id>-backups` of `BackupDestination.volume()`. */
  readonly volume?: ApiObject;
}

/** The files of an engine's scripts ConfigMap: the scripts and the lib.sh they source, by file name. */
export function backupScriptFiles(engine: BackupEngine): Record<string, string> {
  const scripts: BackupScript[] = [backupScripts().BACKUP_SCRIPT_LIBRARY, engine.scripts.backup, engine.scripts.restore, engine.scripts.verify];
  return Object.fromEntries(scripts.map((s) => [s.fileName, s.text]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
}

/**
 * Adds the backup objects of a stateful service from its policy: the scripts ConfigMap, the backups volume (for
 * `BackupDestination.volume()`), the dump CronJob, the suspended restore CronJob and, with `restoreDrill`, the
 * restore drill — all children of `service`. The jobs run `/bin/sh /opt/backup/<engine>-<role>.sh` in the
 * BackupTools image with the environment the scripts document: the engine's client env, the destination, the file
 * prefix `<id>`, the retention, the age key files; credentials only as Secret references.
 */
export function addBackupJobs(service: Workload & IConnectable, engine: BackupEngine, policy: BackupPolicy, tools: BackupTools): BackupJobs {
  const id = service.name;
  const dest = policy.destination.spec;
  const encryption = policy.encryption?.kind === 'age' ? policy.encryption : undefined;

  let volume: ApiObject | undefined;
  if (dest.kind === 'volume') {
    volume = emitObject(service, 'BackupVolume', {
      apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: `${id}-backups`,
      labels: { ...service.labels, [BACKUP_OF_LABEL]: id },
      annotations: { [BACKUP_DISABLED_ANNOTATION]: `holds the backups of ${id} themselves` },
      render: () => ({
        spec: {
          accessModes: ['ReadWriteOnce'],
          ...(dest.storageClass ? { storageClassName: dest.storageClass } : {}),
          resources: { requests: { storage: quantity(dest.size) } },
        },
      }),
    });
  }

  // The scripts read nothing but their environment: the ConfigMap is the same for every service of an engine.
  const files = backupScriptFiles(engine);
  const scriptsName = `${id}-backup-scripts-${contentHash(JSON.stringify(files))}`;
  const scripts = emitObject(service, 'BackupScripts', {
    apiVersion: 'v1', kind: 'ConfigMap', name: scriptsName,
    labels: { ...service.blueprint.standardLabels.forPart(`${id}-backup-scripts`, 'config'), [BACKUP_OF_LABEL]: id },
    fields: ['data', 'immutable'],
    render: () => ({ data: files, immutable: true }),
  });

  // What every job reads (where the dumps are); the jobs that talk to the server get the engine's client env first.
  const env: Record<string, string | EnvValue> = {
    TMPDIR: SCRATCH_DIR,
    BACKUP_PREFIX: id,
    BACKUP_DESTINATION: dest.kind,
  };
  if (dest.kind === 'volume') {
    env.BACKUP_DIR = BACKUP_DIR;
  } else {
    env.S3_ENDPOINT = dest.endpoint;
    env.S3_BUCKET = dest.bucket;
    env.S3_PREFIX = dest.prefix;
    if (dest.region !== undefined) env.S3_REGION = dest.region;
    env.AWS_ACCESS_KEY_ID = EnvValue.fromSecret(dest.accessKeyId.secret, dest.accessKeyId.key);
    env.AWS_SECRET_ACCESS_KEY = EnvValue.fromSecret(dest.secretAccessKey.secret, dest.secretAccessKey.key);
  }
  const mesh = service.blueprint.mesh;
  // In the mesh the jobs keep their sidecar (the database requires mutual TLS) and stop it when the script ends.
  const command = (script: BackupScript) => {
    const file = `${BACKUP_SCRIPTS_DIR}/${script.fileName}`;
    return mesh ? ['/bin/sh', '-c', MESH_WRAPPER, file] : ['/bin/sh', file];
  };
  const common = {
    image: tools,
    meshSidecar: mesh,
    resources: service.resources,
    labels: { [RESTORE_OF_LABEL]: id },
    concurrencyPolicy: 'Forbid' as const,
  };
  const s3Port = dest.kind === 's3' ? Number(/:(\d+)\/?$/.exec(dest.endpoint)?.[1] ?? (dest.endpoint.startsWith('https') ? 443 : 80)) : undefined;

  /** The scripts, the scratch volume and the backups volume (read-only but for the backup). */
  const mountVolumes = (task: CronTask, readOnly: boolean) => {
    task.addVolumeMount('backup-scripts', BACKUP_SCRIPTS_DIR, { configMap: { name: scriptsName, defaultMode: 0o444 } }, { readOnly: true });
    task.addVolumeMount('scratch', SCRATCH_DIR, {
      ephemeral: {
        volumeClaimTemplate: {
          metadata: { labels: { 'blueprints.cdk8s.io/scratch-of': id } },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: quantity(policy.scratchSpace) } } },
        },
      },
    });
    if (dest.kind === 'volume') task.addVolumeMount('backups', BACKUP_DIR, { persistentVolumeClaim: { claimName: `${id}-backups`, ...(readOnly ? { readOnly: true } : {}) } }, { readOnly });
  };
  const reachDestination = (task: CronTask) => {
    if (s3Port !== undefined) task.connections.allowTo(Peer.cidr('0.0.0.0/0'), [{ port: s3Port }]);
  };
  const wire = (task: CronTask) => {
    task.connectTo(service, { skipEnv: true });
    reachDestination(task);
  };
  /** Only the restore and the drill mount the age identity. */
  const identity = (task: CronTask) => {
    if (!encryption) return;
    task.addVolumeMount('age-identity', IDENTITY_DIR, {
      secret: { secretName: encryption.identity!.secret.name, items: [{ key: encryption.identity!.key, path: 'identity' }], defaultMode: 0o440 },
    }, { readOnly: true });
  };
  const identityEnv: Record<string, string> = encryption ? { AGE_IDENTITY_FILE: `${IDENTITY_DIR}/identity` } : {};

  const fromData = engine.dumpFromDataVolume;
  // A backup that reads the data volume runs on the node of the pod that has it attached, as the server's user.
  const backup = new (fromData ? PinnedCronTask : CronTask)(service, `${id}-backup`, {
    ...common,
    ...(fromData ? { security: { user: service.security.user, group: service.security.group } } : {}),
    labels: { [BACKUP_OF_LABEL]: id },
    command: command(engine.scripts.backup),
    env: { ...engine.clientEnv, ...fromData?.env, ...engine.backupEnv, ...env, RETENTION_DAYS: String(policy.retentionDays), ...(encryption ? { AGE_RECIPIENTS_FILE: `${RECIPIENTS_DIR}/recipients` } : {}) },
    schedule: policy.schedule!,
    backoffLimit: 1,
    startingDeadline: Duration.seconds(policy.startingDeadlineSeconds),
    activeDeadline: Duration.seconds(policy.activeDeadlineSeconds),
  });
  mountVolumes(backup, false);
  if (encryption) {
    backup.addVolumeMount('age-recipients', RECIPIENTS_DIR, {
      secret: { secretName: encryption.recipients!.secret.name, items: [{ key: encryption.recipients!.key, path: 'recipients' }], defaultMode: 0o440 },
    }, { readOnly: true });
  }
  if (fromData) {
    const claimName = `${fromData.volume ?? 'data'}-${id}-0`;
    backup.addVolumeMount(fromData.volume ?? 'data', fromData.mountPath, { persistentVolumeClaim: { claimName, readOnly: true } }, { readOnly: true });
    (backup as PinnedCronTask).pinTo({ ...service.selectorLabels, [POD_NAME_LABEL]: `${id}-0` });
    // It reads the volume, not the server: ordered after it, no connection to it.
    backup.node.addDependency(service);
    reachDestination(backup);
  } else {
    wire(backup);
  }

  const intoData = engine.restoreIntoDataVolume;
  const restore = new CronTask(service, `${id}-restore`, {
    ...common,
    ...(intoData && fromData ? { security: { user: service.security.user, group: service.security.group } } : {}),
    command: command(engine.scripts.restore),
    env: { ...engine.clientEnv, ...env, ...identityEnv, ...intoData?.env, ...engine.restoreEnv },
    // Never runs on its own: start it with `kubectl create job --from=cronjob/<id>-restore <id>-restore-<n>`.
    schedule: Schedule.cron('@yearly'),
    suspend: true,
    backoffLimit: 0,
    activeDeadline: Duration.seconds(policy.activeDeadlineSeconds),
    podAnnotations: { 'blueprints.cdk8s.io/run': `kubectl -n ${service.blueprint.namespaceName} create job --from=cronjob/${id}-restore ${id}-restore-$(date +%s)` },
  });
  mountVolumes(restore, true);
  identity(restore);
  if (intoData) restore.addVolumeMount(intoData.volume ?? 'data', intoData.mountPath, { persistentVolumeClaim: { claimName: `${intoData.volume ?? 'data'}-${id}-0` } });
  if (engine.restoreConnectsToServer ?? true) {
    // Also a restore into the stopped server's volume: it refuses to run while a server answers, and must be able to ask.
    wire(restore);
  } else {
    restore.node.addDependency(service);
    reachDestination(restore);
  }

  let drill: CronTask | undefined;
  if (policy.restoreDrill) {
    drill = new CronTask(service, `${id}-restore-drill`, {
      ...common,
      command: command(engine.scripts.verify),
      // A drill that checks the dump on its own gets no credentials of the server.
      env: { ...(engine.drillConnectsToServer ? engine.clientEnv : {}), ...env, ...identityEnv, ...engine.drillEnv },
      schedule: policy.restoreDrill,
      backoffLimit: 0,
      activeDeadline: Duration.seconds(policy.activeDeadlineSeconds),
    });
    mountVolumes(drill, true);
    identity(drill);
    if (engine.drillConnectsToServer) {
      wire(drill);
    } else {
      // A drill that checks the dump on its own needs the destination, not the server.
      drill.node.addDependency(service);
      reachDestination(drill);
    }
  }
  return { scripts, backup, restore, drill, volume };
}
