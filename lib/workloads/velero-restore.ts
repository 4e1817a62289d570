import { Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { emitObject } from '../k8s/emit';
import { report } from '../k8s/_recorded-errors';
import { propError } from '../values/_errors';
import { BackupPolicy } from '../values/backup-policy';
import { RESTORE_OF_LABEL } from '../values/conventions';
import { ResourceProfile } from '../values/resource-profile';
import { CronTask } from './cron-task';
import { KUBECTL_IMAGE } from './_waits';

/** The Velero `Restore` kind. */
export const VELERO_RESTORE = { apiVersion: 'velero.io/v1', kind: 'Restore' } as const;

/** What a volume restore restores: the volumes' claims and their PersistentVolumes, nothing GitOps owns. */
export const RESTORED_RESOURCES = ['persistentvolumeclaims', 'persistentvolumes'];

/** Where the drill mounts its Restore object (a ConfigMap). */
const DRILL_DIR = '/etc/restore-drill';

/** What a restore of one workload's volumes restores from: the input of `veleroRestore`. */
export interface VeleroRestoreOptions {
  /** The Restore's name (in Velero's namespace). */
  readonly name: string;
  /** The Velero Schedule whose newest completed backup is restored. */
  readonly scheduleName: string;
  /** The backup policy (Velero's namespace). */
  readonly policy: BackupPolicy;
  /** The namespace of the application whose volumes were backed up. */
  readonly appNamespace: string;
  /** Labels that select the workload's pods and PersistentVolumeClaims (the Schedule's). */
  readonly selector: Record<string, string>;
  /**
   * Restore into this namespace instead of the application's (a drill).
   * @default - the application's namespace
   */
  readonly intoNamespace?: string;
}

/**
 * A Velero `Restore` (velero.io/v1) of one workload's volumes from the newest completed backup of its Schedule
 * (`scheduleName`): only the PersistentVolumeClaims and PersistentVolumes the workload's labels select in its
 * namespace, the volumes restored from their snapshots (`restorePVs`), an existing claim left alone
 * (`existingResourcePolicy: none`: delete the claim first to restore it), into another namespace with
 * `namespaceMapping`. Never part of the manifests: a Restore applied on every sync would restore on every sync.
 *
 * @see https://velero.io/docs/main/api-types/restore/
 */
export function veleroRestore(options: VeleroRestoreOptions): Record<string, unknown> {
  return {
    ...VELERO_RESTORE,
    metadata: { name: options.name, namespace: options.policy.veleroNamespace },
    spec: {
      scheduleName: options.scheduleName,
      includedNamespaces: [options.appNamespace],
      includedResources: RESTORED_RESOURCES,
      labelSelector: { matchLabels: options.selector },
      ...(options.intoNamespace ? { namespaceMapping: { [options.appNamespace]: options.intoNamespace } } : {}),
      restorePVs: true,
      existingResourcePolicy: 'none',
    },
  };
}

/** What `veleroRestoreCommand` restores. */
export interface VeleroRestoreCommandOptions {
  /** The namespace Velero runs in. */
  readonly veleroNamespace: string;
  /** The Velero Schedule whose newest completed backup is restored. */
  readonly scheduleName: string;
  readonly appNamespace: string;
  readonly selector: Record<string, string>;
  /** @default - the application's namespace */
  readonly intoNamespace?: string;
}

/** The `velero restore create` command equivalent to `veleroRestore` (without a name: Velero names it `<schedule>-<timestamp>`). */
export function veleroRestoreCommand(options: VeleroRestoreCommandOptions): string {
  const selector = Object.entries(options.selector).map(([k, v]) => `${k}=${v}`).join(',');
  return [
    'velero restore create', `--namespace ${options.veleroNamespace}`, `--from-schedule ${options.scheduleName}`,
    `--include-namespaces ${options.appNamespace}`, `--include-resources ${RESTORED_RESOURCES.join(',')}`, `--selector ${selector}`,
    ...(options.intoNamespace ? [`--namespace-mappings ${options.appNamespace}:${options.intoNamespace}`] : []),
    '--restore-volumes=true', '--existing-resource-policy=none', '--wait',
  ].join(' ');
}

/** The workload whose volume backup a drill restores. */
export interface VolumeDrillOwner {
  readonly scope: Construct;
  /** The workload's name. */
  readonly name: string;
  readonly appNamespace: string;
  readonly selector: Record<string, string>;
  /** The Velero Schedule's name. */
  readonly scheduleName: string;
}

/** What `addVeleroRestoreDrill` made. */
export interface VolumeRestoreDrill {
  readonly task: CronTask;
  /** The scratch namespace the volumes are restored into. */
  readonly scratchNamespace: string;
  /** The Restore the drill creates on each run. */
  readonly restore: Record<string, unknown>;
}

/**
 * The restore drill of a Velero volume backup, on the policy's `restoreDrill` schedule: CronJob `<id>-restore-drill`
 * (labelled `restore-of: <id>` like the dump drills) in the registry.k8s.io kubectl image, one step per init
 * container, each of which fails the run: delete the previous drill's Restore and restored claims, create the
 * Restore (from the newest backup of the Schedule into the scratch namespace `<namespace>-<id>-drill`), wait for
 * it to be `Completed`, wait for every restored claim to be `Bound`; the main container then deletes the claims. A
 * failed run leaves them for inspection until the next run. Roles: restores in Velero's namespace, claims in the
 * scratch namespace (a Namespace of its own, restricted); egress to the API server only.
 */
export function addVeleroRestoreDrill(owner: VolumeDrillOwner, policy: BackupPolicy): VolumeRestoreDrill | undefined {
  const id = owner.name;
  const scratchNamespace = `${owner.appNamespace}-${id}-drill`;
  if (scratchNamespace.length > 63) {
    report(owner.scope, 'VolumeRestoreDrill', propError('restoreDrill (scratch namespace)', scratchNamespace, 'must be at most 63 characters: shorten the workload\'s id or the namespace'));
    return undefined;
  }
  const restoreName = `${owner.appNamespace}.${id}-drill`;
  const restore = veleroRestore({ name: restoreName, scheduleName: owner.scheduleName, policy, appNamespace: owner.appNamespace, selector: owner.selector, intoNamespace: scratchNamespace });
  const velero = `--namespace=${policy.veleroNamespace}`;
  const scratch = `--namespace=${scratchNamespace}`;
  const selector = `--selector=${Object.entries(owner.selector).map(([k, v]) => `${k}=${v}`).join(',')}`;
  const timeout = `--timeout=${Math.max(60, policy.activeDeadlineSeconds - 120)}s`;

  const namespace = emitObject(owner.scope, 'RestoreDrillNamespace', {
    apiVersion: 'v1', kind: 'Namespace', name: scratchNamespace, clusterScoped: true, fields: [],
    labels: {
      'pod-security.kubernetes.io/enforce': 'restricted',
      'pod-security.kubernetes.io/enforce-version': 'v1.28',
      [RESTORE_OF_LABEL]: id,
    },
    annotations: { 'blueprints.cdk8s.io/purpose': `scratch space of the restore drill of ${id}: restored claims, deleted by each run` },
    render: () => ({}),
  });
  const configName = `${id}-restore-drill`;
  emitObject(owner.scope, 'RestoreDrillRestore', {
    apiVersion: 'v1', kind: 'ConfigMap', name: configName, labels: { [RESTORE_OF_LABEL]: id }, fields: ['data'],
    render: () => ({ data: { 'restore.json': `${JSON.stringify(restore, undefined, 2)}\n` } }),
  });

  const kubectl = (name: string, args: string[]) => ({
    name, image: KUBECTL_IMAGE, imagePullPolicy: 'Always', args,
    // kubectl writes its discovery cache under $HOME: the pod's /tmp, as the root filesystem is read-only.
    env: [{ name: 'HOME', value: '/tmp' }],
    resources: ResourceProfile.nano().toKube(),
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }, { name: 'restore', mountPath: DRILL_DIR, readOnly: true }],
  });
  const task = new CronTask(owner.scope, `${id}-restore-drill`, {
    image: KUBECTL_IMAGE,
    args: ['delete', 'persistentvolumeclaims', scratch, selector, '--wait=false'],
    env: { HOME: '/tmp' },
    resources: ResourceProfile.nano(),
    labels: { [RESTORE_OF_LABEL]: id },
    schedule: policy.restoreDrill!,
    concurrencyPolicy: 'Forbid',
    backoffLimit: 0,
    startingDeadline: Duration.seconds(policy.startingDeadlineSeconds),
    activeDeadline: Duration.seconds(policy.activeDeadlineSeconds),
  });
  task.addVolumeMount('restore', DRILL_DIR, { configMap: { name: configName, defaultMode: 0o444 } }, { readOnly: true });
  const steps: Array<[string, string[]]> = [
    ['delete-previous-restore', ['delete', `restores.velero.io/${restoreName}`, velero, '--ignore-not-found', '--wait=true', timeout]],
    ['delete-previous-claims', ['delete', 'persistentvolumeclaims', scratch, selector, '--ignore-not-found', '--wait=true', timeout]],
    ['create-restore', ['create', `--filename=${DRILL_DIR}/restore.json`]],
    ['wait-for-restore', ['wait', `restores.velero.io/${restoreName}`, velero, '--for=jsonpath={.status.phase}=Completed', timeout]],
    ['wait-for-bound-claims', ['wait', 'persistentvolumeclaims', scratch, selector, '--for=jsonpath={.status.phase}=Bound', timeout]],
  ];
  for (const [name, args] of steps) task.addInitContainer(kubectl(name, args));
  task.permissions.grantInNamespace(policy.veleroNamespace, { apiGroups: ['velero.io'], resources: ['restores'], verbs: ['create'] });
  task.permissions.grantInNamespace(policy.veleroNamespace, { apiGroups: ['velero.io'], resources: ['restores'], resourceNames: [restoreName], verbs: ['get', 'list', 'watch', 'delete'] });
  task.permissions.grantInNamespace(scratchNamespace, { resources: ['persistentvolumeclaims'], verbs: ['get', 'list', 'watch', 'delete'] });
  // The Role and RoleBinding in the scratch namespace are applied after it (the task's objects are written after their dependencies).
  task.node.addDependency(namespace);
  return { task, scratchNamespace, restore };
}

/** What `addVeleroRestorePath` made for a workload's Velero volume backup. */
export interface VolumeRestorePath {
  /** The Restore template of the volumes (`<namespace>.<id>-volumes-restore`): an artifact, never applied by sync. */
  readonly template: Record<string, unknown>;
  /** The restore drill, when the policy asks for one. */
  readonly drill?: VolumeRestoreDrill;
}

/** The restore path of a workload whose volumes a Velero Schedule backs up: its Restore template and drill. */
export function addVeleroRestorePath(owner: VolumeDrillOwner, policy: BackupPolicy): VolumeRestorePath {
  const template = veleroRestore({ name: `${owner.scheduleName}-restore`, scheduleName: owner.scheduleName, policy, appNamespace: owner.appNamespace, selector: owner.selector });
  return { template, drill: policy.restoreDrill ? addVeleroRestoreDrill(owner, policy) : undefined };
}
