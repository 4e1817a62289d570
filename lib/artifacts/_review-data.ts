/**
 * The review page's data section: every persistent (and scratch) volume with what backs it up, the backups'
 * schedule, retention, encryption and destination, restores and restore drills, and what is not backed up and
 * why (the `blueprints.cdk8s.io/backup-disabled` opt-outs the backup-coverage rule reads).
 */
import { BACKUP_DISABLED_ANNOTATION, BACKUP_OF_LABEL, RESTORE_OF_LABEL } from '../values/conventions';
import { veleroRestoreCommand } from '../workloads/velero-restore';
import { code, containersOf, describe, nameOf, namespaceOf, objectsNamed, objectsOfKind, PodSite, podSites, positionOf, ReviewObject, selects, table, text } from './_review-model';

const ENCRYPTION_ANNOTATION = 'blueprints.cdk8s.io/encryption';
const RUN_ANNOTATION = 'blueprints.cdk8s.io/run';

interface Volume {
  readonly name: string;
  readonly owner: string;
  readonly size: string;
  readonly access: string;
  readonly storageClass: string;
  readonly backup: string;
  /** Not backed up: the reason, for the list. */
  readonly notBackedUp?: string;
}

/** `## Data`. */
export function dataSection(objects: readonly ReviewObject[]): string {
  const cronJobs = objectsOfKind(objects, 'CronJob');
  const dumps = cronJobs.filter((o) => labelsOf(o)[BACKUP_OF_LABEL] !== undefined && labelsOf(o)[RESTORE_OF_LABEL] === undefined);
  const restores = cronJobs.filter((o) => labelsOf(o)[RESTORE_OF_LABEL] !== undefined);
  const velero = objectsOfKind(objects, 'Schedule').filter((o) => String(o.json.apiVersion).startsWith('velero.io/'));
  const veleroOf = (o: ReviewObject, labels: Record<string, string>) => velero.filter((v) =>
    (v.json.spec?.template?.includedNamespaces ?? []).includes(namespaceOf(o)) && selects(v.json.spec?.template?.labelSelector?.matchLabels, labels));
  const volumes = volumesOf(objects, dumps, veleroOf);

  const out = ['## Data', ''];
  out.push(volumes.length === 0 ? 'No persistent volume.' : table(['volume', 'of', 'size', 'access', 'storage class', 'backed up by'], volumes.map((v) => [
    v.name, v.owner, v.size, v.access, v.storageClass, v.backup,
  ])));
  out.push('', '### Backups', '');
  const rows = [
    ...dumps.map((c) => dumpRow(c, objects)),
    ...velero.map((v) => veleroRow(v, objects)),
  ];
  out.push(rows.length === 0 ? 'No backup.' : table(['backup', 'of', 'schedule', 'retention', 'encryption', 'destination'], rows));
  out.push('', '### Restore', '');
  const backedUp = [...new Set(dumps.map((c) => labelsOf(c)[BACKUP_OF_LABEL]))];
  const restoreRows = restores.map((r) => {
    const pod = r.json.spec?.jobTemplate?.spec?.template?.metadata?.annotations ?? {};
    const run = r.json.spec?.suspend ? `by hand: ${pod[RUN_ANNOTATION] ? code(pod[RUN_ANNOTATION]) : `${code(`kubectl create job --from=cronjob/${nameOf(r)}`)}`}` : `restore drill: ${scheduleText(r)}`;
    return [describe(r), code(labelsOf(r)[RESTORE_OF_LABEL]), run];
  });
  restoreRows.push(...velero.map((v) => veleroRestoreRow(v, objects)));
  out.push(restoreRows.length === 0 ? 'No restore job.' : table(['job', 'restores', 'runs'], restoreRows));
  const veleroBackedUp = velero.map((v) => labelsOf(v)['app.kubernetes.io/name']).filter((n): n is string => n !== undefined);
  const drilled = new Set(restores.filter((r) => !r.json.spec?.suspend).map((r) => labelsOf(r)[RESTORE_OF_LABEL]));
  const noDrill = [...backedUp, ...veleroBackedUp].filter((t) => !drilled.has(t));
  if (noDrill.length) out.push('', `No scheduled restore drill for: ${noDrill.map(code).join(', ')}.`);
  const missing = volumes.filter((v) => v.notBackedUp !== undefined);
  out.push('', '### Not backed up', '');
  out.push(missing.length === 0 ? 'Every volume is backed up.' : missing.map((v) => `- ${v.name} (${v.owner}): ${v.notBackedUp}`).join('\n'));
  return out.join('\n');
}

function volumesOf(objects: readonly ReviewObject[], dumps: readonly ReviewObject[], veleroOf: (o: ReviewObject, labels: Record<string, string>) => ReviewObject[]): Volume[] {
  const out: Volume[] = [];
  const disabled = (o: ReviewObject) => o.json.metadata?.annotations?.[BACKUP_DISABLED_ANNOTATION] as string | undefined;
  const coverage = (o: ReviewObject, labels: Record<string, string>, dumpedBy: readonly ReviewObject[]) => {
    const by = [...dumpedBy.map((c) => `dump: ${describe(c)}`), ...veleroOf(o, labels).map((v) => `volume snapshot: ${describe(v)}`)];
    if (by.length) return { backup: by.join('<br>') };
    const reason = disabled(o);
    if (reason !== undefined) return { backup: `not backed up: ${text(reason)}`, notBackedUp: text(reason) };
    return { backup: 'not backed up', notBackedUp: 'no backup covers it and no reason is given (the gate requires one or the other in production)' };
  };
  // The pods that mount each claim, and the dumps of each target, in output order.
  const claimUsers = new Map<unknown, PodSite[]>();
  const sites = podSites(objects);
  for (let i = 0; i < sites.length; i++) {
    const s = sites[i];
    // The claims a pod mounts, each once (a pod without volumes makes no set).
    const volumes = s.spec.volumes ?? [];
    const claims = volumes.length > 0 ? new Set<unknown>(volumes.map((v: any) => v.persistentVolumeClaim?.claimName)) : undefined;
    claims?.forEach((claim) => {
      const list = claimUsers.get(claim);
      if (list) list.push(s); else claimUsers.set(claim, [s]);
    });
  }
  const dumpsOf = new Map<unknown, ReviewObject[]>();
  for (const c of dumps) {
    const list = dumpsOf.get(labelsOf(c)[BACKUP_OF_LABEL]);
    if (list) list.push(c); else dumpsOf.set(labelsOf(c)[BACKUP_OF_LABEL], [c]);
  }
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    const j = o.json;
    if (j.kind === 'PersistentVolumeClaim') {
      const users = (claimUsers.get(nameOf(o)) ?? []).map((s) => s.title);
      out.push({ name: `PVC ${code(nameOf(o))}`, owner: users.join(', ') || 'no pod', ...claimFacts(j.spec), ...coverage(o, j.metadata?.labels ?? {}, []) });
    }
    if (j.kind === 'StatefulSet') {
      const replicas = typeof j.spec?.replicas === 'number' ? j.spec.replicas : 1;
      for (const t of j.spec?.volumeClaimTemplates ?? []) {
        const claims = Array.from({ length: Math.min(replicas, 3) }, (_, i) => `${t.metadata?.name}-${nameOf(o)}-${i}`);
        const name = `${code(String(t.metadata?.name))} (${claims.map(code).join(', ')}${replicas > 3 ? ', …' : ''})`;
        const dumpedBy = (dumpsOf.get(nameOf(o)) ?? []).filter((c) => namespaceOf(c) === namespaceOf(o));
        out.push({ name, owner: describe(o), ...claimFacts(t.spec), ...coverage(o, j.spec?.template?.metadata?.labels ?? {}, dumpedBy) });
      }
    }
  }
  for (let i = 0; i < sites.length; i++) {
    const s = sites[i];
    for (const v of s.spec.volumes ?? []) {
      const t = v.ephemeral?.volumeClaimTemplate;
      if (!t) continue;
      out.push({ name: `ephemeral ${code(String(v.name))}`, owner: s.title, ...claimFacts(t.spec), backup: 'not needed: scratch space, deleted with its pod' });
    }
  }
  return out;
}

function claimFacts(spec: any): Pick<Volume, 'size' | 'access' | 'storageClass'> {
  return {
    size: spec?.resources?.requests?.storage ? code(String(spec.resources.requests.storage)) : '—',
    access: (spec?.accessModes ?? []).map(String).join(', ') || '—',
    storageClass: spec?.storageClassName ? code(spec.storageClassName) : 'cluster default',
  };
}

function dumpRow(c: ReviewObject, objects: readonly ReviewObject[]): string[] {
  const spec = c.json.spec?.jobTemplate?.spec?.template?.spec ?? {};
  const env = new Map<string, any>();
  for (const { container } of containersOf(spec)) for (const e of container.env ?? []) if (!env.has(e.name)) env.set(e.name, e);
  const value = (k: string) => env.get(k)?.value as string | undefined;
  const mountedFrom = (file: string | undefined) => {
    if (!file) return undefined;
    for (const { container } of containersOf(spec)) {
      const m = (container.volumeMounts ?? []).find((vm: any) => file === vm.mountPath || file.startsWith(`${vm.mountPath}/`));
      if (m) return (spec.volumes ?? []).find((v: any) => v.name === m.name);
    }
    return undefined;
  };
  const recipients = mountedFrom(value('AGE_RECIPIENTS_FILE'));
  const encryption = value('AGE_RECIPIENTS_FILE')
    ? `age${recipients?.secret ? `, to the recipients in Secret ${code(recipients.secret.secretName)}` : ''}`
    : c.json.metadata?.annotations?.[ENCRYPTION_ANNOTATION] ? text(c.json.metadata.annotations[ENCRYPTION_ANNOTATION]) : 'none';
  let destination = '—';
  if (value('BACKUP_DESTINATION') === 'volume') {
    const v = mountedFrom(value('BACKUP_DIR') ?? '/backups');
    destination = v?.persistentVolumeClaim ? `PVC ${code(v.persistentVolumeClaim.claimName)}` : `volume at ${code(value('BACKUP_DIR') ?? '/backups')}`;
  } else if (value('BACKUP_DESTINATION') === 's3') {
    destination = `S3 ${code(`${value('S3_ENDPOINT') ?? ''} ${value('S3_BUCKET') ?? ''}/${value('S3_PREFIX') ?? ''}`.trim())}`;
  }
  const days = value('RETENTION_DAYS');
  const target = labelsOf(c)[BACKUP_OF_LABEL];
  const of = [...objectsNamed(objects, 'StatefulSet', target), ...objectsNamed(objects, 'Deployment', target)]
    .filter((o) => namespaceOf(o) === namespaceOf(c)).sort((a, b) => positionOf(objects).get(a)! - positionOf(objects).get(b)!)[0];
  return [`dump: ${describe(c)}`, of ? describe(of) : code(target), scheduleText(c), days ? `${days} days` : '—', encryption, destination];
}

function veleroRow(v: ReviewObject, objects: readonly ReviewObject[]): string[] {
  const t = v.json.spec?.template ?? {};
  const selected = podSites(objects).filter((s) => s.longRunning && (t.includedNamespaces ?? []).includes(namespaceOf(s.object)) && selects(t.labelSelector?.matchLabels, s.labels));
  const enc = v.json.metadata?.annotations?.[ENCRYPTION_ANNOTATION];
  return [
    `volume snapshot: ${describe(v)}`,
    selected.map((s) => s.title).join(', ') || 'no pod of this blueprint',
    code(String(v.json.spec?.schedule)),
    t.ttl ? code(String(t.ttl)) : 'Velero default (30 days)',
    enc ? text(enc) : 'at the storage location',
    t.storageLocation ? `Velero location ${code(t.storageLocation)}` : 'Velero default location',
  ];
}

/** The restore of a Velero volume backup: by hand, with `velero restore create` or the Restore template of restore/. */
function veleroRestoreRow(v: ReviewObject, objects: readonly ReviewObject[]): string[] {
  const t = v.json.spec?.template ?? {};
  const command = veleroRestoreCommand({
    veleroNamespace: namespaceOf(v), scheduleName: nameOf(v), appNamespace: String((t.includedNamespaces ?? [])[0]), selector: t.labelSelector?.matchLabels ?? {},
  });
  const selected = podSites(objects).filter((s) => s.longRunning && (t.includedNamespaces ?? []).includes(namespaceOf(s.object)) && selects(t.labelSelector?.matchLabels, s.labels));
  return [
    `volume restore of ${describe(v)}`,
    selected.map((s) => `volumes of ${s.title}`).join(', ') || 'no pod of this blueprint',
    `by hand, after scaling to 0 and deleting the claims: ${code(command)}, or ${code('kubectl create -f')} its Restore in ${code('restore/')}`,
  ];
}

function scheduleText(c: ReviewObject): string {
  const s = c.json.spec ?? {};
  return `${code(String(s.schedule))}${s.timeZone ? ` (${text(s.timeZone)})` : ''}`;
}

function labelsOf(o: ReviewObject): Record<string, string> {
  return o.json.metadata?.labels ?? {};
}
