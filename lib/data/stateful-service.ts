import { Construct } from 'constructs';
import { BackupTools } from './backup-tools';
import { BackupEngine } from './backup/backup-engine';
import { EnvValue } from '../values/env-value';
import { BackupPolicy } from '../values/backup-policy';
import { HealthCheck } from '../values/health-check';
import { WorkloadProps } from '../workloads/workload';
import { StatefulWorkload } from './stateful-workload';
import { specialised } from './_stateful-parts';
import { ApiObject, Size } from 'cdk8s';

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
 * A single-primary database or cache: a `StatefulWorkload` of one replica with a `data` volumeClaimTemplate, a
 * headless Service for stable pod DNS and a client Service, the hardened pod of every workload (its environment's
 * priority class, soft topology spread constraints), a PodDisruptionBudget where the environment wants one
 * (`unhealthyPodEvictionPolicy: AlwaysAllow`), a NetworkPolicy admitting only the workloads that `connectTo` it and
 * its own backup jobs, and — from its BackupPolicy — the backup scripts ConfigMap, a dump CronJob, a suspended
 * restore CronJob and an optional restore drill of its engine (lib/data/backup/backup-jobs.ts).
 */
export abstract class StatefulService extends StatefulWorkload {
  /** The client Service (`<id>`). */
  declare public readonly service: ApiObject;
  /** How its data is backed up: the engine's scripts, and what its jobs need to reach the server. */
  declare public readonly backupEngine: BackupEngine;
  declare public readonly port: number;
  protected readonly engineSpec: StatefulEngine;

  protected constructor(scope: Construct, id: string, kind: string, component: string, props: StatefulServiceProps & { image: string }, engine: StatefulEngine) {
    const { storage, storageClass, ...rest } = props;
    super(scope, id, specialised({
      ...rest,
      health: props.health ?? engine.health, port: engine.port, portName: engine.portName,
      volumes: [{ name: 'data', path: engine.dataPath, ...(storage !== undefined ? { size: storage } : {}), ...(storageClass !== undefined ? { storageClass } : {}) }],
    }, { kind, component, engine: engine.backup, storageProps: true }));
    this.engineSpec = engine;
  }

  /** The variables a client gets besides HOST and PORT (credentials by reference, a URL built from them). */
  protected abstract override connectionEnv(nameOf: (suffix: string) => string): Array<[string, EnvValue]>;
}
