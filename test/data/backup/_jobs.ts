/**
 * The backup, restore and drill jobs exactly as a blueprint ships them, run on this machine: `shipped()`
 * synthesizes a Postgres, Redis or other StatefulWorkload with a BackupPolicy (`shippedIn()` takes an already
 * synthesized blueprint, e.g. an example app's) and returns its scripts ConfigMap, its three CronJobs'
 * command, env and user, and the user its StatefulSet runs the server as; `runJob()` writes the ConfigMap's files
 * to a directory (as the kubelet mounts them at /opt/backup), resolves the env the CronJob gives (Secret references
 * from a map of test Secrets) and runs the CronJob's command with `sh` (dash) as the CronJob's user, like the
 * container would.
 *
 * What differs between a cluster and this machine is given per run, by name: where the servers listen, where the
 * volumes and key files are mounted, and the inputs an operator adds (BACKUP_NOW, BACKUP_NAME, …). Each of those
 * must be a variable the CronJob sets or its script documents: a run can change where things are, never add an
 * input the script does not declare.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { BackupTools, Blueprint, BlueprintTesting, Environment, ImageSigning } from '../../../lib';
import { BackupEngine } from '../../../lib/data/backup/backup-engine';
import { StatefulWorkload } from '../../../lib/data/stateful-workload';
import { BackupScript } from '../../../lib/data/backup/backup-engine';
import { BACKUP_SCRIPTS_DIR } from '../../../lib/data/backup/backup-jobs';
import { RunAs, RunResult, SCRIPT_PATH, run, volumeDir } from './_servers';

/** One CronJob's container, as synthesized. */
export interface ShippedJob {
  readonly name: string;
  readonly command: string[];
  readonly env: ReadonlyArray<{ name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }>;
  /** The script its command runs, with the env it documents. */
  readonly script: BackupScript;
  /** The user and group its pod runs as, and the pod's fsGroup (the group its volumes are made writable for). */
  readonly user: PodUser;
}

/** A pod's runAsUser, runAsGroup and fsGroup, as synthesized. */
export interface PodUser extends RunAs {
  readonly fsGroup: number;
}

/** The user a pod spec's first container runs as (its securityContext, else the pod's) and the pod's fsGroup. */
function podUser(spec: any, what: string): PodUser {
  const container = spec.containers[0].securityContext ?? {};
  const pod = spec.securityContext ?? {};
  const user = { uid: container.runAsUser ?? pod.runAsUser, gid: container.runAsGroup ?? pod.runAsGroup, fsGroup: pod.fsGroup };
  if ([user.uid, user.gid, user.fsGroup].some((x) => typeof x !== 'number')) throw new Error(`${what}: no runAsUser, runAsGroup or fsGroup in ${JSON.stringify({ container, pod })}`);
  return user;
}

/** What a stateful workload's BackupPolicy ships (a dump engine's jobs). */
export interface ShippedBackup {
  readonly service: StatefulWorkload;
  /** Its dump engine. */
  readonly engine: BackupEngine;
  /** The data of the `<id>-backup-scripts-<hash>` ConfigMap the jobs mount. */
  readonly files: Readonly<Record<string, string>>;
  readonly backup: ShippedJob;
  readonly restore: ShippedJob;
  readonly drill: ShippedJob;
  /** Every synthesized object of the blueprint. */
  readonly objects: any[];
  /** The user the StatefulSet runs the server as, and its fsGroup (the data volume's group). */
  readonly serverUser: PodUser;
}

/**
 * Synthesizes the service `make` adds to a development blueprint (so that unencrypted policies are accepted) and
 * returns what its backup policy ships. The policy must have a restore drill.
 */
export function shipped(make: (shop: Blueprint, tools: BackupTools) => StatefulWorkload): ShippedBackup {
  const app = BlueprintTesting.app();
  // signed: production runs an Image built here only signed (image-signed-in-production)
  const tools = new BackupTools(app, 'backup-tools', { repository: 'registry.example.com/platform/backup-tools', signing: ImageSigning.githubActions({ repository: 'example/platform' }) });
  const shop = new Blueprint(app, `shop-development`, { environment: Environment.development() });
  const service = make(shop, tools);
  return shippedIn(BlueprintTesting.synth(shop), service);
}

/** What the backup policy of `service` ships, from its blueprint's synthesized `objects`. The policy must have a restore drill. */
export function shippedIn(objects: any[], service: StatefulWorkload): ShippedBackup {
  const id = service.name;
  const engine = service.backupEngine;
  if (!engine) throw new Error(`${id} is not backed up by a dump`);
  const maps = objects.filter((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith(`${id}-backup-scripts-`));
  if (maps.length !== 1) throw new Error(`expected one ConfigMap ${id}-backup-scripts-<hash>, found ${maps.length}`);
  const job = (name: string): ShippedJob => {
    const cronJob = objects.find((o) => o.kind === 'CronJob' && o.metadata.name === name);
    if (!cronJob) throw new Error(`no CronJob ${name}: does the policy have a restore drill?`);
    const container = cronJob.spec.jobTemplate.spec.template.spec.containers[0];
    const file = path.posix.basename(container.command[container.command.length - 1]);
    const scripts = engine.scripts;
    const script = [scripts.backup, scripts.restore, scripts.verify].find((s) => s.fileName === file);
    if (!script) throw new Error(`${name} runs ${file}, which is none of the engine's scripts`);
    return { name, command: container.command, env: container.env ?? [], script, user: podUser(cronJob.spec.jobTemplate.spec.template.spec, name) };
  };
  const sts = objects.find((o) => o.kind === 'StatefulSet' && o.metadata.name === id);
  return {
    service, engine, objects,
    serverUser: podUser(sts.spec.template.spec, `StatefulSet ${id}`),
    files: maps[0].data,
    backup: job(`${id}-backup`),
    restore: job(`${id}-restore`),
    drill: job(`${id}-restore-drill`),
  };
}

/** The directory a ConfigMap's files were written to (once per content), as the kubelet would mount them. */
function mounted(files: Readonly<Record<string, string>>, work: string): string {
  const digest = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 12);
  const dir = path.join(work, `opt-backup-${digest}`);
  if (!fs.existsSync(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text, { mode: 0o444 });
  }
  return dir;
}

export interface RunOptions {
  /** The test's Secrets: name → key → value, for the env's Secret references. */
  readonly secrets: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Variables changed (undefined: removed) for this machine or this run; each one the job sets or its script documents. */
  readonly set?: Readonly<Record<string, string | undefined>>;
  /** The scratch directory of the runs; TMPDIR is `<work>/tmp`. */
  readonly work: string;
}

/** The env the CronJob gives its container, Secret references resolved, with `set` applied. */
export function jobEnv(job: ShippedJob, options: RunOptions): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of job.env) {
    if (e.value !== undefined) {
      env[e.name] = e.value;
    } else if (e.valueFrom?.secretKeyRef) {
      const { name, key } = e.valueFrom.secretKeyRef;
      const value = options.secrets[name]?.[key];
      if (value === undefined) throw new Error(`${job.name}: env ${e.name} refers to key '${key}' of Secret '${name}', which the test does not have`);
      env[e.name] = value;
    } else {
      throw new Error(`${job.name}: env ${e.name} is neither a value nor a Secret reference`);
    }
  }
  const documented = new Set(job.script.env.map((e) => e.name));
  for (const [name, value] of Object.entries(options.set ?? {})) {
    if (!(name in env) && !documented.has(name)) throw new Error(`the test sets ${name}, which ${job.name} does not set and ${job.script.fileName} does not document`);
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/**
 * Runs the job's command as the container would: as the CronJob's user and group (when this process is root), with
 * the ConfigMap's files where the CronJob mounts them and the env `jobEnv` gives (plus PATH and HOME, `<work>`;
 * TMPDIR, the job's scratch volume, is `<work>/tmp`, made like a volume for the pod's fsGroup). The volumes a run
 * names (BACKUP_DIR, REDIS_DATA_DIR, the age key files) must be made for that group too (`volumeDir`, `secretFile`).
 */
export async function runJob(backup: ShippedBackup, job: ShippedJob, options: RunOptions): Promise<RunResult> {
  const [shell, file, ...rest] = job.command;
  if (shell !== '/bin/sh' || rest.length > 0 || !file?.startsWith(`${BACKUP_SCRIPTS_DIR}/`)) {
    throw new Error(`${job.name}: expected the command /bin/sh ${BACKUP_SCRIPTS_DIR}/<script>.sh, got ${JSON.stringify(job.command)}`);
  }
  const dir = mounted(backup.files, options.work);
  const tmp = volumeDir(path.join(options.work, 'tmp'), job.user.fsGroup);
  const env = { ...jobEnv(job, options), TMPDIR: tmp };
  return run('sh', [path.join(dir, file.slice(BACKUP_SCRIPTS_DIR.length + 1))], { env: { PATH: SCRIPT_PATH, HOME: options.work, ...env }, cwd: options.work, runAs: job.user });
}

/** A policy's files ConfigMap must be the scripts in lib/data/backup/scripts/, byte for byte. */
export function scriptsOnDisk(): Record<string, string> {
  const dir = path.join(__dirname, '..', '..', '..', 'lib', 'data', 'backup', 'scripts');
  return Object.fromEntries(fs.readdirSync(dir).filter((f) => f.endsWith('.sh')).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}
