/**
 * Turns a container of a synthesized workload (Deployment, StatefulSet, DaemonSet, Job or CronJob) into the
 * `podman run` that runs it the way the kubelet would, as far as one container on one host can:
 *
 *   manifest                                          podman (ContainerRunSpec)
 *   runAsUser / runAsGroup (container, else pod)      --user uid:gid
 *   pod fsGroup, supplementalGroups                   --group-add (unless equal to the gid)
 *   readOnlyRootFilesystem: true                      --read-only --read-only-tmpfs=false
 *   capabilities.drop / add                           --cap-drop / --cap-add
 *   allowPrivilegeEscalation: false                   --security-opt no-new-privileges
 *   seccompProfile RuntimeDefault                     podman's default seccomp profile
 *   emptyDir mount                                    empty tmpfs (mode 1777 like an emptyDir, size = sizeLimit)
 *   persistentVolumeClaim mount                       a fresh host directory, root:fsGroup mode 2775 (what the kubelet
 *                                                     does to a volume for fsGroup), read-write unless readOnly
 *   StatefulSet volumeClaimTemplates mount            the same, as pod 0's claim <template>-<StatefulSet>-0
 *   secret / configMap volume                         a host directory with the items, mode defaultMode, read-only
 *   env value                                         the value, with Kubernetes' $(VAR) expansion
 *   env configMapKeyRef                               the value from the synthesized ConfigMap (dummy if absent)
 *   env secretKeyRef                                  a DUMMY test value: secrets are never in the manifests
 *   env fieldRef                                      a stand-in for the pod's field (pod name, namespace, IP)
 *   command / args                                    --entrypoint (drops CMD) / arguments after the image
 *   readinessProbe.httpGet port                       published on a free 127.0.0.1 port
 *
 * What it cannot express throws (privileged, hostPath, projected volumes, Unconfined/Localhost seccomp...), so a
 * manifest this does not understand fails loudly instead of running differently.
 */
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { RenderedObject } from '../../lib/index';
import type { ContainerRunSpec } from '../_containers';

/** A container of a workload's pod template, with where it came from. */
export interface WorkloadContainer {
  readonly blueprint: string;
  readonly production: boolean;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly podSpec: any;
  readonly container: any;
  readonly init: boolean;
  /** Names of a StatefulSet's volumeClaimTemplates (each pod's own claim); empty for other kinds. */
  readonly claimTemplates?: readonly string[];
}

/** Every container (and init container) of every workload's pod template. */
export function workloadContainers(objects: readonly RenderedObject[]): WorkloadContainer[] {
  const result: WorkloadContainer[] = [];
  for (const o of objects) {
    const json = o.json;
    let podSpec: any;
    if (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(json.kind)) podSpec = json.spec?.template?.spec;
    else if (json.kind === 'CronJob') podSpec = json.spec?.jobTemplate?.spec?.template?.spec;
    else if (json.kind === 'Pod') podSpec = json.spec;
    if (podSpec === undefined) continue;
    const claimTemplates: string[] = json.kind === 'StatefulSet' ? (json.spec?.volumeClaimTemplates ?? []).map((t: any) => t.metadata?.name as string) : [];
    const base = {
      blueprint: o.blueprint, production: o.production, kind: json.kind as string, name: json.metadata?.name as string,
      namespace: json.metadata?.namespace as string | undefined, podSpec, claimTemplates,
    };
    for (const container of podSpec.containers ?? []) result.push({ ...base, container, init: false });
    for (const container of podSpec.initContainers ?? []) result.push({ ...base, container, init: true });
  }
  return result;
}

export function describeWorkload(w: WorkloadContainer): string {
  return `${w.blueprint}/${w.kind}/${w.name}${w.init ? ' (init)' : ''} container '${w.container.name}'`;
}

/** The HTTP readiness probe of a container, with a named port resolved. */
export function httpReadiness(container: any): { path: string; port: number } | undefined {
  const get = container.readinessProbe?.httpGet;
  if (get === undefined) return undefined;
  if (get.scheme !== undefined && get.scheme !== 'HTTP') throw new Error(`readinessProbe scheme ${get.scheme} is not supported here`);
  let port: number | undefined = typeof get.port === 'number' ? get.port : /^\d+$/.test(String(get.port)) ? Number(get.port) : undefined;
  if (port === undefined) port = (container.ports ?? []).find((p: any) => p.name === get.port)?.containerPort;
  if (port === undefined) throw new Error(`readinessProbe port '${get.port}' is not a containerPort of '${container.name}'`);
  return { path: get.path ?? '/', port };
}

/** Kubernetes quantity (e.g. '256Mi', '1G', '500') in bytes; undefined if it is not one. */
export function quantityBytes(q: string | number | undefined): number | undefined {
  if (q === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|k|K|M|G|T)?$/.exec(String(q));
  if (!m) return undefined;
  const unit: Record<string, number> = { '': 1, 'Ki': 1024, 'Mi': 1024 ** 2, 'Gi': 1024 ** 3, 'Ti': 1024 ** 4, 'k': 1e3, 'K': 1e3, 'M': 1e6, 'G': 1e9, 'T': 1e12 };
  return Math.ceil(Number(m[1]) * unit[m[2] ?? '']!);
}

/** Kubernetes' $(VAR) expansion in env values, command and args: $$ is a literal $, unknown references stay. */
export function expandVars(s: string, vars: ReadonlyMap<string, string>): string {
  return s.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name: string | undefined) => {
    if (m === '$$') return '$';
    return name !== undefined && vars.has(name) ? vars.get(name)! : m;
  });
}

export interface ManifestRun {
  /** The podman run spec, with image and name from the caller. */
  readonly spec: ContainerRunSpec;
  readonly uid: number;
  readonly gid: number;
  /** HTTP readiness probe (path and the container port it targets), if the container has one. */
  readonly readiness?: { path: string; port: number };
  /** Container path -> host directory of each persistentVolumeClaim mount. */
  readonly persistentDirs: Readonly<Record<string, string>>;
  /** Mount paths the container can write: emptyDir and read-write PVC mounts. */
  readonly writableMounts: readonly string[];
  /** Every value that is a stand-in for something the cluster would provide (dummy secrets, field refs...). */
  readonly substitutions: readonly string[];
  /** Removes the host directories. */
  cleanup(): void;
}

export interface ManifestRunOptions {
  readonly image: string;
  readonly name: string;
  /** All synthesized objects (ConfigMaps are looked up here). */
  readonly objects: readonly RenderedObject[];
  /** Replace the manifest's command and args (e.g. to run a version check in a CronJob's image). */
  readonly commandOverride?: readonly string[];
  /**
   * What the cluster's Secrets hold, by Secret name and key (what a generator or an operator writes), for env
   * secretKeyRefs; a key not given gets the dummy value.
   */
  readonly secretValues?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

function configMapData(objects: readonly RenderedObject[], namespace: string | undefined, name: string): Record<string, string> | undefined {
  const cm = objects.find((o) => o.json.kind === 'ConfigMap' && o.json.metadata?.name === name && o.json.metadata?.namespace === namespace);
  return cm?.json.data as Record<string, string> | undefined;
}

/** The podman run of one workload container; see the table at the top of this file. */
export function manifestRun(w: WorkloadContainer, options: ManifestRunOptions): ManifestRun {
  const c = w.container;
  const pod = w.podSpec;
  const psc = pod.securityContext ?? {};
  const csc = c.securityContext ?? {};
  const where = describeWorkload(w);
  const substitutions: string[] = [];

  // --- identity and hardening ---
  const uid: number | undefined = csc.runAsUser ?? psc.runAsUser;
  const gid: number | undefined = csc.runAsGroup ?? psc.runAsGroup;
  if (uid === undefined || gid === undefined) throw new Error(`${where}: no runAsUser/runAsGroup, so the image's USER would decide; not supported here`);
  if (csc.privileged === true) throw new Error(`${where}: privileged containers are not run here`);
  if (pod.hostNetwork || pod.hostPID || pod.hostIPC) throw new Error(`${where}: host namespaces are not run here`);
  const seccomp = csc.seccompProfile?.type ?? psc.seccompProfile?.type;
  if (seccomp !== undefined && seccomp !== 'RuntimeDefault') throw new Error(`${where}: seccompProfile ${seccomp} is not supported here (only RuntimeDefault)`);
  const fsGroup: number | undefined = psc.fsGroup;
  const groupAdd = [...new Set<number>([...(fsGroup !== undefined ? [fsGroup] : []), ...(psc.supplementalGroups ?? [])])].filter((g) => g !== gid);

  // --- volumes ---
  const volumes = new Map<string, any>((pod.volumes ?? []).map((v: any) => [v.name, v]));
  // a StatefulSet's pod 0 mounts its own claim of each template: <template>-<StatefulSet>-0
  for (const t of w.claimTemplates ?? []) if (!volumes.has(t)) volumes.set(t, { name: t, persistentVolumeClaim: { claimName: `${t}-${w.name}-0` } });
  const tmpfs: { path: string; sizeBytes?: number }[] = [];
  const binds: { hostPath: string; containerPath: string; readOnly: boolean }[] = [];
  const persistentDirs: Record<string, string> = {};
  const writableMounts: string[] = [];
  const hostDirs: string[] = [];
  const hostDir = (label: string): string => {
    const dir = mkdtempSync(path.join(tmpdir(), `cdk8s-blueprints-${label}-`));
    hostDirs.push(dir);
    return dir;
  };
  /** Ownership of volume contents the kubelet sets for fsGroup: group fsGroup, group-writable dirs, setgid. */
  const ownForFsGroup = (p: string, dirMode: number): void => {
    if (fsGroup !== undefined) chownSync(p, 0, fsGroup);
    else chownSync(p, uid, gid);
    chmodSync(p, dirMode);
  };
  const writeItems = (dir: string, items: { key: string; path: string; mode?: number }[], content: (key: string) => string, defaultMode: number): void => {
    for (const item of items) {
      const file = path.join(dir, item.path);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content(item.key));
      if (fsGroup !== undefined) chownSync(file, 0, fsGroup);
      chmodSync(file, item.mode ?? defaultMode);
    }
    chmodSync(dir, 0o755);
  };
  for (const m of c.volumeMounts ?? []) {
    const v = volumes.get(m.name);
    if (v === undefined) throw new Error(`${where}: volumeMount '${m.name}' has no volume`);
    if (m.subPathExpr !== undefined) throw new Error(`${where}: subPathExpr is not supported here`);
    const readOnly = m.readOnly === true;
    if (v.emptyDir !== undefined) {
      if (m.subPath !== undefined) throw new Error(`${where}: subPath of an emptyDir is not supported here`);
      const size = quantityBytes(v.emptyDir.sizeLimit);
      tmpfs.push({ path: m.mountPath, ...(size !== undefined ? { sizeBytes: size } : {}) });
      if (!readOnly) writableMounts.push(m.mountPath);
    } else if (v.persistentVolumeClaim !== undefined) {
      const dir = hostDir(`pvc-${v.persistentVolumeClaim.claimName}`);
      ownForFsGroup(dir, fsGroup !== undefined ? 0o2775 : 0o755);
      const source = m.subPath !== undefined ? path.join(dir, m.subPath) : dir;
      if (m.subPath !== undefined) {
        mkdirSync(source, { recursive: true });
        ownForFsGroup(source, fsGroup !== undefined ? 0o2775 : 0o755);
      }
      binds.push({ hostPath: source, containerPath: m.mountPath, readOnly: readOnly || v.persistentVolumeClaim.readOnly === true });
      persistentDirs[m.mountPath] = source;
      if (!readOnly) writableMounts.push(m.mountPath);
    } else if (v.ephemeral !== undefined) {
      // A generic ephemeral volume: a fresh PVC per pod, owned for the fsGroup like any PVC; a host directory here.
      const dir = hostDir(`ephemeral-${m.name}`);
      ownForFsGroup(dir, fsGroup !== undefined ? 0o2775 : 0o755);
      binds.push({ hostPath: dir, containerPath: m.mountPath, readOnly });
      if (!readOnly) writableMounts.push(m.mountPath);
    } else if (v.secret !== undefined || v.configMap !== undefined) {
      const src = v.secret ?? v.configMap;
      const dir = hostDir(v.secret !== undefined ? `secret-${src.secretName}` : `cm-${src.name}`);
      const data = v.configMap !== undefined ? configMapData(options.objects, w.namespace, src.name) : undefined;
      const items: { key: string; path: string; mode?: number }[] = src.items ?? Object.keys(data ?? {}).map((k) => ({ key: k, path: k }));
      if (v.secret !== undefined) substitutions.push(`secret volume '${m.name}' (${src.secretName}): dummy files ${items.map((i) => i.path).join(', ') || '(no items listed: empty)'}`);
      else if (data === undefined) substitutions.push(`configMap volume '${m.name}' (${src.name}) not synthesized: dummy files`);
      writeItems(dir, items, (key) => (data?.[key] ?? `dummy-${key}\n`), src.defaultMode ?? 0o644);
      if (m.subPath !== undefined) binds.push({ hostPath: path.join(dir, m.subPath), containerPath: m.mountPath, readOnly: true });
      else binds.push({ hostPath: dir, containerPath: m.mountPath, readOnly: true });
    } else {
      throw new Error(`${where}: volume '${m.name}' (${Object.keys(v).filter((k) => k !== 'name').join(', ')}) is not supported here`);
    }
  }

  // --- environment, in order, with $(VAR) expansion against what came before ---
  const vars = new Map<string, string>();
  for (const from of c.envFrom ?? []) {
    if (from.configMapRef !== undefined) {
      const data = configMapData(options.objects, w.namespace, from.configMapRef.name);
      if (data === undefined) throw new Error(`${where}: envFrom ConfigMap '${from.configMapRef.name}' is not synthesized`);
      for (const [k, v] of Object.entries(data)) vars.set(`${from.prefix ?? ''}${k}`, v);
    } else {
      throw new Error(`${where}: envFrom ${JSON.stringify(from)} is not supported here (its keys are unknown)`);
    }
  }
  for (const e of c.env ?? []) {
    let value: string;
    if (e.valueFrom === undefined) {
      value = expandVars(String(e.value ?? ''), vars);
    } else if (e.valueFrom.secretKeyRef !== undefined) {
      // DUMMY unless the test gives the value: Secrets are created outside the manifests; a test value of the same
      // shape stands in for each key.
      const ref = e.valueFrom.secretKeyRef;
      const given = options.secretValues?.[ref.name]?.[ref.key];
      value = given ?? `dummy-${ref.name}-${ref.key}`;
      substitutions.push(`env ${e.name}: secretKeyRef ${ref.name}/${ref.key} -> ${given !== undefined ? 'the test\'s value' : `'${value}' (dummy)`}`);
    } else if (e.valueFrom.configMapKeyRef !== undefined) {
      const ref = e.valueFrom.configMapKeyRef;
      const data = configMapData(options.objects, w.namespace, ref.name);
      if (data?.[ref.key] !== undefined) {
        value = data[ref.key]!;
      } else {
        value = `dummy-${ref.name}-${ref.key}`;
        substitutions.push(`env ${e.name}: configMapKeyRef ${ref.name}/${ref.key} not synthesized -> '${value}' (dummy)`);
      }
    } else if (e.valueFrom.fieldRef !== undefined) {
      const field: string = e.valueFrom.fieldRef.fieldPath;
      const fields: Record<string, string> = {
        'metadata.name': `${w.name}-test-0`, 'metadata.namespace': w.namespace ?? 'default', 'status.podIP': '127.0.0.1',
        'status.hostIP': '127.0.0.1', 'spec.nodeName': 'test-node', 'spec.serviceAccountName': pod.serviceAccountName ?? 'default',
      };
      value = fields[field] ?? `dummy-${field}`;
      substitutions.push(`env ${e.name}: fieldRef ${field} -> '${value}' (stand-in)`);
    } else if (e.valueFrom.resourceFieldRef !== undefined) {
      value = '1';
      substitutions.push(`env ${e.name}: resourceFieldRef -> '1' (stand-in)`);
    } else {
      throw new Error(`${where}: env ${e.name} valueFrom ${JSON.stringify(e.valueFrom)} is not supported here`);
    }
    vars.set(e.name, value);
  }

  // --- command, args, port ---
  let entrypoint: string[] | undefined;
  let args: string[] | undefined;
  if (options.commandOverride !== undefined) {
    entrypoint = [...options.commandOverride];
    args = [];
  } else {
    if (c.command !== undefined) entrypoint = (c.command as string[]).map((s) => expandVars(s, vars));
    if (c.args !== undefined) args = (c.args as string[]).map((s) => expandVars(s, vars));
  }
  const readiness = options.commandOverride === undefined ? httpReadiness(c) : undefined;
  if (readiness !== undefined && !(c.ports ?? []).some((p: any) => p.containerPort === readiness.port)) {
    throw new Error(`${where}: readinessProbe port ${readiness.port} is not one of its containerPorts`);
  }

  const spec: ContainerRunSpec = {
    image: options.image,
    name: options.name,
    user: `${uid}:${gid}`,
    groupAdd,
    readOnly: csc.readOnlyRootFilesystem === true,
    capDrop: csc.capabilities?.drop ?? [],
    capAdd: csc.capabilities?.add ?? [],
    noNewPrivileges: csc.allowPrivilegeEscalation === false,
    tmpfs,
    binds,
    env: [...vars.entries()],
    ...(entrypoint !== undefined ? { entrypoint } : {}),
    ...(args !== undefined ? { args } : {}),
    ...(c.workingDir !== undefined ? { workdir: c.workingDir } : {}),
    ...(readiness !== undefined ? { port: readiness.port } : {}),
  };
  return {
    spec, uid, gid, readiness, persistentDirs, writableMounts, substitutions,
    cleanup: () => { for (const d of hostDirs) rmSync(d, { recursive: true, force: true }); },
  };
}
