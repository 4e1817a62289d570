import { Schedule, validateCron } from '../values/schedule';
import { SENSITIVE_NAME } from '../config';
import { MUTABLE_TAGS } from '../values/image-ref';
import { isDnsSubdomain } from '../_names';
import { containersOf, describe, PodSite, sameScope, SelectorIndex, selects } from './_objects';
import { Severity } from './finding';
import { GateInput, RenderedObject } from './gate';
import { IMAGE_RULES } from './image-rules';
import { BACKUP_DISABLED_ANNOTATION, BACKUP_OF_LABEL } from '../backup/velero';

/** What a rule sees: the output, with pod templates already located. */
export interface RuleContext {
  readonly input: GateInput;
  readonly objects: readonly RenderedObject[];
  readonly pods: readonly PodSite[];
  /** The objects of one kind (an index: rules look objects up by kind for every pod). */
  readonly ofKind: (kind: string) => readonly RenderedObject[];
  /** Pod templates by the labels a selector selects. */
  readonly podIndex: SelectorIndex<PodSite>;
  /** Deployments and StatefulSets by their pod template labels. */
  readonly workloadIndex: SelectorIndex<RenderedObject>;
}

/** One violation of a rule. */
export interface Violation {
  /** Construct path of the offending object or artifact. */
  readonly path: string;
  readonly message: string;
  /** Overrides the rule's severity for this violation (e.g. stricter in production). */
  readonly severity?: Severity;
}

/** A policy or semantic rule of the validation gate. */
export interface Rule {
  /** Stable id, used in reports and suppressions. */
  readonly id: string;
  readonly severity: Severity;
  /** 'semantic', 'pss', 'policy' or 'image'. */
  readonly category: 'semantic' | 'pss' | 'policy' | 'image';
  /** Where the rule comes from: the check it follows. */
  readonly source: string;
  /** One line: what must hold. */
  readonly summary: string;
  /** How to fix a violation with this library. */
  readonly fix: string;
  readonly check: (ctx: RuleContext) => Violation[];
}

const ALLOWED_VOLUMES = ['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret'];

function perContainer(ctx: RuleContext, fn: (c: any, site: PodSite, pointer: string) => string | undefined): Violation[] {
  const out: Violation[] = [];
  for (const site of ctx.pods) {
    for (const { container, pointer } of containersOf(site)) {
      const message = fn(container, site, pointer);
      if (message) out.push({ path: site.object.path, message });
    }
  }
  return out;
}

function perPod(ctx: RuleContext, fn: (site: PodSite) => string | undefined): Violation[] {
  const out: Violation[] = [];
  for (const site of ctx.pods) {
    const message = fn(site);
    if (message) out.push({ path: site.object.path, message });
  }
  return out;
}

function podField<T>(site: PodSite, container: any, field: string): T | undefined {
  return container.securityContext?.[field] ?? site.spec.securityContext?.[field];
}

/** Replica range of a workload: fixed replicas, or its HPA's min/max. */
function replicaRange(ctx: RuleContext, o: RenderedObject): { min: number; max: number } {
  const hpa = ctx.ofKind('HorizontalPodAutoscaler').find((h) => sameScope(h, o)
    && h.json.spec?.scaleTargetRef?.kind === o.json.kind && h.json.spec?.scaleTargetRef?.name === o.json.metadata?.name);
  if (hpa) return { min: hpa.json.spec.minReplicas ?? 1, max: hpa.json.spec.maxReplicas };
  const r = o.json.spec?.replicas ?? 1;
  return { min: r, max: r };
}

function replicated(ctx: RuleContext): RenderedObject[] {
  return [...ctx.ofKind('Deployment'), ...ctx.ofKind('StatefulSet')];
}

function podsOf(ctx: RuleContext, scope: RenderedObject, selector: Record<string, string> | undefined): PodSite[] {
  return ctx.podIndex.match(scope, selector);
}

function imageTag(image: string): string | undefined {
  const noDigest = image.split('@')[0];
  const colon = noDigest.lastIndexOf(':');
  return colon > noDigest.lastIndexOf('/') ? noDigest.slice(colon + 1) : undefined;
}

function probePorts(c: any): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const kind of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
    const p = c[kind];
    const port = p?.httpGet?.port ?? p?.tcpSocket?.port ?? p?.grpc?.port;
    if (port !== undefined) out.push([kind, port]);
  }
  return out;
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
function badLabel(key: string, value: unknown): string | undefined {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (name.length > 63 || !LABEL_NAME.test(name) || (prefix !== undefined && !isDnsSubdomain(prefix))) return `label key '${key}' is not a valid label key`;
  if (typeof value !== 'string' || value.length > 63 || !LABEL_VALUE.test(value)) return `label '${key}' has an invalid value ${JSON.stringify(value)}`;
  return undefined;
}

/** Semantic, Pod Security and policy rules over the Kubernetes objects. */
const BASE_RULES: readonly Rule[] = [
  // ---------------------------------------------------------------- semantic
  {
    id: 'dns-name', severity: 'error', category: 'semantic', source: 'Kubernetes API validation (DNS-1123 / DNS-1035)',
    summary: 'Object names are DNS-1123 subdomains; Service and Namespace names are DNS labels.',
    fix: 'use lowercase letters, digits and \'-\' in construct ids',
    check: (ctx) => ctx.objects.flatMap((o) => {
      const name = o.json.metadata?.name;
      const label = o.json.kind === 'Service' || o.json.kind === 'Namespace';
      const ok = typeof name === 'string' && (label ? name.length <= 63 && /^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(name) : isDnsSubdomain(name));
      return ok ? [] : [{ path: o.path, message: `${o.json.kind} name ${JSON.stringify(name)} is not a valid ${label ? 'DNS label' : 'DNS-1123 subdomain'}` }];
    }),
  },
  {
    id: 'label-syntax', severity: 'error', category: 'semantic', source: 'Kubernetes API validation (labels)',
    summary: 'Label keys and values on objects and pod templates are valid.',
    fix: 'label values: at most 63 characters of letters, digits, \'-\', \'_\' and \'.\'',
    check: (ctx) => {
      const out: Violation[] = [];
      for (const o of ctx.objects) {
        for (const [k, v] of Object.entries(o.json.metadata?.labels ?? {})) {
          const bad = badLabel(k, v);
          if (bad) out.push({ path: o.path, message: `${describe(o)}: ${bad}` });
        }
      }
      for (const p of ctx.pods) {
        for (const [k, v] of Object.entries(p.labels)) {
          const bad = badLabel(k, v);
          if (bad) out.push({ path: p.object.path, message: `${describe(p.object)} pod template: ${bad}` });
        }
      }
      return out;
    },
  },
  {
    id: 'cron-schedule', severity: 'error', category: 'semantic', source: 'Kubernetes CronJob schedule syntax',
    summary: 'CronJob schedules are valid five-field expressions or macros, and time zones are IANA names.',
    fix: 'use Schedule.cron(), .daily(), .weekly() or .monthly()',
    check: (ctx) => ctx.ofKind('CronJob').flatMap((o) => {
      try {
        validateCron(String(o.json.spec?.schedule ?? ''));
        if (o.json.spec?.timeZone !== undefined) Schedule.cron('@daily', { timeZone: o.json.spec.timeZone });
        return [];
      } catch (e) {
        return [{ path: o.path, message: `${describe(o)}: ${(e as Error).message}` }];
      }
    }),
  },
  {
    id: 'unique-ports', severity: 'error', category: 'semantic', source: 'Kubernetes API validation (ports)',
    summary: 'Container port names and numbers, and Service port names, are unique.',
    fix: 'give each port its own name and number',
    check: (ctx) => [
      ...perContainer(ctx, (c) => {
        const ports: any[] = c.ports ?? [];
        const names = ports.map((p) => p.name).filter(Boolean);
        const nums = ports.map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`);
        if (new Set(names).size !== names.length) return `container '${c.name}' repeats a port name (${names.join(', ')})`;
        if (new Set(nums).size !== nums.length) return `container '${c.name}' repeats a port (${nums.join(', ')})`;
        return undefined;
      }),
      ...ctx.ofKind('Service').flatMap((o) => {
        const names = (o.json.spec?.ports ?? []).map((p: any) => p.name);
        return new Set(names).size !== names.length ? [{ path: o.path, message: `${describe(o)} repeats a port name (${names.join(', ')})` }] : [];
      }),
    ],
  },
  {
    id: 'port-range', severity: 'error', category: 'semantic', source: 'Kubernetes API validation (ports)',
    summary: 'Container, Service, node and probe ports are from 1 to 65535 (node ports 30000-32767).',
    fix: 'use a port number from 1 to 65535',
    check: (ctx) => {
      const bad = (p: unknown) => typeof p === 'number' && (!Number.isInteger(p) || p < 1 || p > 65535);
      const out: Violation[] = perContainer(ctx, (c) => {
        const port = [...(c.ports ?? []).map((p: any) => p.containerPort), ...probePorts(c).map(([, p]) => p)].find(bad);
        return port !== undefined ? `container '${c.name}' uses port ${port}, outside 1-65535` : undefined;
      });
      for (const o of ctx.ofKind('Service')) {
        for (const p of o.json.spec?.ports ?? []) {
          const wrong = [p.port, p.targetPort].find(bad);
          if (wrong !== undefined) out.push({ path: o.path, message: `${describe(o)} uses port ${wrong}, outside 1-65535` });
          if (typeof p.nodePort === 'number' && (p.nodePort < 30000 || p.nodePort > 32767)) out.push({ path: o.path, message: `${describe(o)} uses nodePort ${p.nodePort}, outside 30000-32767` });
        }
      }
      return out;
    },
  },
  {
    id: 'selector-matches-template', severity: 'error', category: 'semantic', source: 'kube-linter mismatching-selector',
    summary: 'A workload\'s selector matches its own pod template labels.',
    fix: 'select on the template\'s app.kubernetes.io/name and instance labels',
    check: (ctx) => ctx.pods.filter((p) => p.object.json.spec?.selector).flatMap((p) => {
      const sel = p.object.json.spec.selector.matchLabels;
      return selects(sel, p.labels) ? [] : [{ path: p.object.path, message: `${describe(p.object)}: selector ${JSON.stringify(sel)} does not match its pod template labels` }];
    }),
  },
  {
    id: 'service-selects-pods', severity: 'error', category: 'semantic', source: 'kube-linter dangling-service, kube-score service-targets-pod',
    summary: 'A Service selects pods of the blueprint, and its targetPort is one of their container ports.',
    fix: 'create the Service from the workload it fronts (WebService does)',
    check: (ctx) => ctx.ofKind('Service').filter((o) => o.json.spec?.type !== 'ExternalName').flatMap((o) => {
      const pods = podsOf(ctx, o, o.json.spec?.selector);
      if (pods.length === 0) return [{ path: o.path, message: `${describe(o)}: selector ${JSON.stringify(o.json.spec?.selector)} matches no pod template in the blueprint` }];
      const out: Violation[] = [];
      for (const port of o.json.spec?.ports ?? []) {
        const target = port.targetPort ?? port.port;
        const found = pods.some((p) => containersOf(p).some(({ container }) => (container.ports ?? []).some((cp: any) => cp.containerPort === target || cp.name === target)));
        if (!found) out.push({ path: o.path, message: `${describe(o)}: targetPort ${JSON.stringify(target)} is not a container port of the pods it selects` });
      }
      return out;
    }),
  },
  {
    id: 'hpa-target', severity: 'error', category: 'semantic', source: 'kube-score horizontalpodautoscaler-has-target',
    summary: 'An autoscaler targets a Deployment or StatefulSet of the blueprint whose containers request the resources it scales on.',
    fix: 'attach scaling through the workload\'s scaling prop',
    check: (ctx) => ctx.ofKind('HorizontalPodAutoscaler').flatMap((o) => {
      const ref = o.json.spec?.scaleTargetRef ?? {};
      const target = ctx.ofKind(ref.kind).find((t) => sameScope(t, o) && t.json.metadata?.name === ref.name);
      if (!target) return [{ path: o.path, message: `${describe(o)}: scaleTargetRef ${ref.kind} '${ref.name}' is not in the blueprint` }];
      const out: Violation[] = [];
      const containers = target.json.spec?.template?.spec?.containers ?? [];
      for (const m of o.json.spec?.metrics ?? []) {
        const res = m.resource?.name;
        if (m.type === 'Resource' && m.resource?.target?.type === 'Utilization' && containers.some((c: any) => c.resources?.requests?.[res] === undefined)) {
          out.push({ path: o.path, message: `${describe(o)}: scales on ${res} utilization but a container of ${describe(target)} has no ${res} request` });
        }
      }
      return out;
    }),
  },
  {
    id: 'pdb-selects-pods', severity: 'error', category: 'semantic', source: 'kube-linter pdb-max-unavailable, pdb-min-available; kube-score poddisruptionbudget-has-policy',
    summary: 'A PodDisruptionBudget selects pods, never has maxUnavailable 0, and keeps minAvailable below the minimum replicas.',
    fix: 'use the workload\'s disruptionBudget prop',
    check: (ctx) => ctx.ofKind('PodDisruptionBudget').flatMap((o) => {
      const sel = o.json.spec?.selector?.matchLabels;
      const owners = ctx.workloadIndex.match(o, sel);
      if (owners.length === 0) return [{ path: o.path, message: `${describe(o)}: selector ${JSON.stringify(sel)} matches no Deployment or StatefulSet pods` }];
      const out: Violation[] = [];
      const mu = o.json.spec?.maxUnavailable;
      if (mu === 0 || mu === '0%') out.push({ path: o.path, message: `${describe(o)}: maxUnavailable ${JSON.stringify(mu)} blocks every voluntary eviction (node drains hang)` });
      const ma = o.json.spec?.minAvailable;
      if (ma === '100%') out.push({ path: o.path, message: `${describe(o)}: minAvailable '100%' blocks every voluntary eviction (node drains hang)` });
      if (typeof ma === 'number') {
        for (const w of owners) {
          const { min } = replicaRange(ctx, w);
          if (ma >= min) out.push({ path: o.path, message: `${describe(o)}: minAvailable ${ma} is not below the minimum replicas (${min}) of ${describe(w)}` });
        }
      }
      return out;
    }),
  },
  {
    id: 'networkpolicy-selects-pods', severity: 'error', category: 'semantic', source: 'kube-linter dangling-networkpolicy',
    summary: 'A NetworkPolicy with a pod selector selects pods of the blueprint.',
    fix: 'let the workload create its own NetworkPolicy',
    check: (ctx) => ctx.ofKind('NetworkPolicy').flatMap((o) => {
      const sel = o.json.spec?.podSelector?.matchLabels;
      if (!sel || Object.keys(sel).length === 0) return [];
      return podsOf(ctx, o, sel).length > 0 ? [] : [{ path: o.path, message: `${describe(o)}: podSelector ${JSON.stringify(sel)} matches no pod template in the blueprint` }];
    }),
  },
  {
    id: 'ingress-backend', severity: 'error', category: 'semantic', source: 'kube-linter dangling-ingress',
    summary: 'Every Ingress backend is a Service of the blueprint and one of its ports.',
    fix: 'expose the WebService with exposeViaIngress()',
    check: (ctx) => ctx.ofKind('Ingress').flatMap((o) => {
      const out: Violation[] = [];
      for (const rule of o.json.spec?.rules ?? []) {
        for (const p of rule.http?.paths ?? []) {
          const svcName = p.backend?.service?.name;
          const port = p.backend?.service?.port;
          const svc = ctx.ofKind('Service').find((s) => sameScope(s, o) && s.json.metadata?.name === svcName);
          if (!svc) {
            out.push({ path: o.path, message: `${describe(o)}: backend Service '${svcName}' is not in the blueprint` });
          } else if (!(svc.json.spec?.ports ?? []).some((sp: any) => sp.port === port?.number || (port?.name !== undefined && sp.name === port.name))) {
            out.push({ path: o.path, message: `${describe(o)}: backend port ${JSON.stringify(port)} is not a port of Service '${svcName}'` });
          }
        }
      }
      return out;
    }),
  },
  {
    id: 'config-refs', severity: 'error', category: 'semantic', source: 'Kubernetes (CreateContainerConfigError at run time)',
    summary: 'ConfigMap references in env and volumes name a ConfigMap of the blueprint and one of its keys.',
    fix: 'reference Config keys with EnvValue.fromConfig(config, key)',
    check: (ctx) => perContainer(ctx, (c, site) => {
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.configMapKeyRef;
        if (!ref || ref.optional) continue;
        const cm = ctx.ofKind('ConfigMap').find((o) => sameScope(o, site.object) && o.json.metadata?.name === ref.name);
        if (!cm) return `env ${e.name}: ConfigMap '${ref.name}' is not in the blueprint`;
        if (!(ref.key in (cm.json.data ?? {}))) return `env ${e.name}: ConfigMap '${ref.name}' has no key '${ref.key}'`;
      }
      for (const v of site.spec.volumes ?? []) {
        if (v.configMap && !v.configMap.optional && !ctx.ofKind('ConfigMap').some((o) => sameScope(o, site.object) && o.json.metadata?.name === v.configMap.name)) {
          return `volume ${v.name}: ConfigMap '${v.configMap.name}' is not in the blueprint`;
        }
      }
      return undefined;
    }),
  },
  {
    id: 'service-account', severity: 'error', category: 'semantic', source: 'kube-linter non-existent-service-account',
    summary: 'Pods run as a dedicated ServiceAccount that the blueprint emits.',
    fix: 'workloads create their own ServiceAccount; do not override serviceAccountName',
    check: (ctx) => perPod(ctx, (site) => {
      const name = site.spec.serviceAccountName;
      if (!name || name === 'default') return `${describe(site.object)}: pods run as the namespace's default ServiceAccount`;
      return ctx.ofKind('ServiceAccount').some((o) => sameScope(o, site.object) && o.json.metadata?.name === name)
        ? undefined : `${describe(site.object)}: ServiceAccount '${name}' is not in the blueprint`;
    }),
  },
  {
    id: 'probe-port', severity: 'error', category: 'semantic', source: 'kube-linter liveness-port, readiness-port, startup-port',
    summary: 'Probe ports are ports the container declares.',
    fix: 'let HealthCheck use the workload\'s port, or declare the port in extraPorts',
    check: (ctx) => perContainer(ctx, (c) => {
      for (const [kind, port] of probePorts(c)) {
        if (!(c.ports ?? []).some((p: any) => p.containerPort === port || p.name === port)) {
          return `container '${c.name}': ${kind} port ${JSON.stringify(port)} is not a declared container port`;
        }
      }
      return undefined;
    }),
  },
  // ---------------------------------------------------------------- Pod Security Standards "restricted"
  {
    id: 'pss-privileged', severity: 'error', category: 'pss', source: 'Pod Security Standards: baseline "Privileged Containers"',
    summary: 'No container is privileged.',
    fix: 'remove privileged: true',
    check: (ctx) => perContainer(ctx, (c) => (c.securityContext?.privileged === true ? `container '${c.name}' is privileged` : undefined)),
  },
  {
    id: 'pss-host-namespaces', severity: 'error', category: 'pss', source: 'Pod Security Standards: baseline "Host Namespaces", "Host Ports"',
    summary: 'Pods share no host namespace and bind no host port.',
    fix: 'remove hostNetwork, hostPID, hostIPC and hostPort',
    check: (ctx) => [
      ...perPod(ctx, (s) => (['hostNetwork', 'hostPID', 'hostIPC'].find((f) => s.spec[f] === true) ? `${describe(s.object)}: pod sets ${['hostNetwork', 'hostPID', 'hostIPC'].filter((f) => s.spec[f] === true).join(', ')}` : undefined)),
      ...perContainer(ctx, (c) => ((c.ports ?? []).some((p: any) => p.hostPort) ? `container '${c.name}' binds a hostPort` : undefined)),
    ],
  },
  {
    id: 'pss-volume-types', severity: 'error', category: 'pss', source: 'Pod Security Standards: restricted "Volume Types", baseline "HostPath Volumes"',
    summary: `Volumes are only of the types ${ALLOWED_VOLUMES.join(', ')}.`,
    fix: 'use emptyDir, a PVC, a ConfigMap or a Secret',
    check: (ctx) => perPod(ctx, (s) => {
      const bad = (s.spec.volumes ?? []).find((v: any) => !Object.keys(v).filter((k) => k !== 'name').every((k) => ALLOWED_VOLUMES.includes(k)));
      return bad ? `${describe(s.object)}: volume '${bad.name}' is of a type the restricted profile forbids (${Object.keys(bad).filter((k) => k !== 'name').join(', ')})` : undefined;
    }),
  },
  {
    id: 'pss-privilege-escalation', severity: 'error', category: 'pss', source: 'Pod Security Standards: restricted "Privilege Escalation"; kube-linter privilege-escalation-container',
    summary: 'Every container sets allowPrivilegeEscalation: false.',
    fix: 'do not set security.allowPrivilegeEscalation',
    check: (ctx) => perContainer(ctx, (c) => (c.securityContext?.allowPrivilegeEscalation !== false ? `container '${c.name}' does not set allowPrivilegeEscalation: false` : undefined)),
  },
  {
    id: 'pss-run-as-non-root', severity: 'error', category: 'pss', source: 'Pod Security Standards: restricted "Running as Non-root", "Running as Non-root user"; kube-linter run-as-non-root',
    summary: 'Every container runs with runAsNonRoot: true and a non-zero runAsUser.',
    fix: 'do not set security.user to 0',
    check: (ctx) => perContainer(ctx, (c, site) => {
      if (podField(site, c, 'runAsNonRoot') !== true) return `container '${c.name}' does not set runAsNonRoot: true`;
      if (podField(site, c, 'runAsUser') === 0) return `container '${c.name}' runs as UID 0`;
      return undefined;
    }),
  },
  {
    id: 'pss-capabilities', severity: 'error', category: 'pss', source: 'Pod Security Standards: restricted "Capabilities"; kube-linter drop-net-raw-capability',
    summary: 'Every container drops ALL capabilities and adds back at most NET_BIND_SERVICE.',
    fix: 'only security.addCapabilities: [\'NET_BIND_SERVICE\'] is allowed',
    check: (ctx) => perContainer(ctx, (c) => {
      const caps = c.securityContext?.capabilities ?? {};
      if (!(caps.drop ?? []).includes('ALL')) return `container '${c.name}' does not drop ALL capabilities`;
      const extra = (caps.add ?? []).filter((a: string) => a !== 'NET_BIND_SERVICE');
      return extra.length ? `container '${c.name}' adds capabilities ${extra.join(', ')}` : undefined;
    }),
  },
  {
    id: 'pss-seccomp', severity: 'error', category: 'pss', source: 'Pod Security Standards: restricted "Seccomp"; kube-score container-seccomp-profile',
    summary: 'Every container runs under the RuntimeDefault (or a Localhost) seccomp profile.',
    fix: 'keep the default seccompProfile',
    check: (ctx) => perContainer(ctx, (c, site) => {
      const t = podField<{ type: string }>(site, c, 'seccompProfile')?.type;
      return t === 'RuntimeDefault' || t === 'Localhost' ? undefined : `container '${c.name}' has seccomp profile ${JSON.stringify(t ?? 'unset')}`;
    }),
  },
  // ---------------------------------------------------------------- policy (kube-score, Polaris, kube-linter)
  {
    id: 'resources', severity: 'error', category: 'policy', source: 'kube-score container-resources; Polaris cpuRequestsMissing, memoryRequestsMissing, memoryLimitsMissing; kube-linter unset-cpu-requirements, unset-memory-requirements',
    summary: 'Every container requests CPU and memory and limits memory.',
    fix: 'set resources: ResourceProfile.<preset>()',
    check: (ctx) => perContainer(ctx, (c) => {
      const missing = [['requests', 'cpu'], ['requests', 'memory'], ['limits', 'memory']].filter(([k, r]) => c.resources?.[k]?.[r] === undefined).map(([k, r]) => `${k}.${r}`);
      return missing.length ? `container '${c.name}' has no ${missing.join(', ')}` : undefined;
    }),
  },
  {
    id: 'resources-cpu-limit', severity: 'error', category: 'policy', source: 'kube-score container-resources; Polaris cpuLimitsMissing',
    summary: 'Every container limits CPU.',
    fix: 'keep the profile\'s CPU limit, or suppress with a reason after withoutCpuLimit()',
    check: (ctx) => perContainer(ctx, (c) => (c.resources?.limits?.cpu === undefined ? `container '${c.name}' has no CPU limit` : undefined)),
  },
  {
    id: 'resources-ephemeral-storage', severity: 'warning', category: 'policy', source: 'kube-score container-ephemeral-storage-request-and-limit',
    summary: 'Every container requests and limits ephemeral storage.',
    fix: 'ResourceProfile presets set 64Mi / 1Gi',
    check: (ctx) => perContainer(ctx, (c) => (c.resources?.requests?.['ephemeral-storage'] === undefined || c.resources?.limits?.['ephemeral-storage'] === undefined
      ? `container '${c.name}' has no ephemeral-storage request and limit` : undefined)),
  },
  {
    id: 'image-tag', severity: 'error', category: 'policy', source: 'kube-score container-image-tag; Polaris tagNotSpecified; kube-linter latest-tag',
    summary: 'Images carry a tag that is not `latest` (or a digest); in production (error) no mutable tag at all, elsewhere a warning.',
    fix: 'pin a version tag or a digest',
    check: (ctx) => ctx.pods.flatMap((site) => containersOf(site).flatMap(({ container: c }) => {
      const image = String(c.image ?? '');
      if (image.includes('@sha256:')) return [];
      const tag = imageTag(image);
      if (tag === undefined || tag === 'latest') {
        return [{ path: site.object.path, message: `container '${c.name}' image '${image}' ${tag === undefined ? 'has no tag' : 'uses the latest tag'}`, severity: site.object.production ? 'error' as const : 'warning' as const }];
      }
      if (site.object.production && MUTABLE_TAGS.includes(tag.toLowerCase())) return [{ path: site.object.path, message: `container '${c.name}' image '${image}' uses the mutable tag '${tag}' in production` }];
      return [];
    })),
  },
  {
    id: 'image-pull-policy', severity: 'warning', category: 'policy', source: 'kube-score container-image-pull-policy',
    summary: 'Containers pull with imagePullPolicy: Always (or run a digest).',
    fix: 'keep the default imagePullPolicy',
    check: (ctx) => perContainer(ctx, (c) => (c.imagePullPolicy !== 'Always' && !String(c.image).includes('@sha256:') ? `container '${c.name}' uses imagePullPolicy ${JSON.stringify(c.imagePullPolicy ?? 'unset')}` : undefined)),
  },
  {
    id: 'high-uid', severity: 'error', category: 'policy', source: 'kube-score container-security-context-user-group-id',
    summary: 'Containers run with a UID and GID of at least 10000, away from host users (mesh wait-for init containers run as Istio\'s proxy UID 1337, its documented exception).',
    fix: 'keep the default UID/GID 10001; an image that needs its own UID suppresses this with a reason',
    check: (ctx) => perContainer(ctx, (c, site, pointer) => {
      // Istio's documented exception: an init container that needs the network runs as the proxy's UID 1337.
      if (pointer.includes('/initContainers/') && String(c.name).startsWith('wait-for-') && c.securityContext?.runAsUser === 1337) return undefined;
      const uid = podField<number>(site, c, 'runAsUser');
      const gid = podField<number>(site, c, 'runAsGroup');
      if (uid === undefined || uid < 10000) return `container '${c.name}' runs as UID ${uid ?? 'unset'} (< 10000)`;
      if (gid === undefined || gid < 10000) return `container '${c.name}' runs as GID ${gid ?? 'unset'} (< 10000)`;
      return undefined;
    }),
  },
  {
    id: 'read-only-root-fs', severity: 'error', category: 'policy', source: 'kube-score container-security-context-readonlyrootfilesystem; Polaris notReadOnlyRootFilesystem; kube-linter no-read-only-root-fs',
    summary: 'Containers run with a read-only root filesystem.',
    fix: 'declare the paths the app writes in writablePaths',
    check: (ctx) => perContainer(ctx, (c) => (c.securityContext?.readOnlyRootFilesystem !== true ? `container '${c.name}' has a writable root filesystem` : undefined)),
  },
  {
    id: 'automount-token', severity: 'error', category: 'policy', source: 'Polaris automountServiceAccountToken; CIS Kubernetes 5.1.6',
    summary: 'Pods do not mount a ServiceAccount token.',
    fix: 'only set security.mountServiceAccountToken for workloads that call the Kubernetes API, and suppress with a reason',
    check: (ctx) => perPod(ctx, (s) => (s.spec.automountServiceAccountToken !== false ? `${describe(s.object)}: pods mount a ServiceAccount token` : undefined)),
  },
  {
    id: 'probes', severity: 'warning', category: 'policy', source: 'Polaris readinessProbeMissing, livenessProbeMissing',
    summary: 'Long-running containers have readiness and liveness probes.',
    fix: 'give the workload a health check',
    check: (ctx) => ctx.pods.filter((p) => p.longRunning).flatMap((site) => containersOf(site).filter((x) => !x.init).flatMap(({ container: c }) => {
      if (c.readinessProbe && c.livenessProbe) return [];
      const exposed = ctx.ofKind('Service').some((svc) => ctx.podIndex.match(svc, svc.json.spec?.selector).includes(site));
      return [{
        path: site.object.path,
        message: `container '${c.name}' has no ${!c.readinessProbe ? 'readiness' : 'liveness'} probe${exposed && site.object.production ? ' (it serves traffic in production)' : ''}`,
        severity: exposed && site.object.production ? 'error' : 'warning',
      }];
    })),
  },
  {
    id: 'probes-distinct', severity: 'error', category: 'policy', source: 'kube-score pod-probes',
    summary: 'A container\'s liveness probe differs from its readiness probe.',
    fix: 'HealthCheck renders distinct timings; do not hand-write identical probes',
    check: (ctx) => perContainer(ctx, (c) => (c.livenessProbe && c.readinessProbe && JSON.stringify(c.livenessProbe) === JSON.stringify(c.readinessProbe)
      ? `container '${c.name}' has identical readiness and liveness probes: a slow dependency would restart it instead of taking it out of rotation` : undefined)),
  },
  {
    id: 'network-policy', severity: 'error', category: 'policy', source: 'kube-score pod-networkpolicy; Polaris missingNetworkPolicy',
    summary: 'Every pod is selected by a NetworkPolicy that restricts both ingress and egress.',
    fix: 'workloads emit their own NetworkPolicy; add allows with connections.allowFrom/allowTo',
    check: (ctx) => {
      const types = new Map<PodSite, Set<string>>();
      for (const np of ctx.ofKind('NetworkPolicy')) {
        const sel = np.json.spec?.podSelector?.matchLabels ?? {};
        const pods = Object.keys(sel).length === 0 ? ctx.pods.filter((p) => sameScope(p.object, np)) : ctx.podIndex.match(np, sel);
        for (const p of pods) {
          const set = types.get(p) ?? new Set<string>();
          for (const t of np.json.spec?.policyTypes ?? []) set.add(t);
          types.set(p, set);
        }
      }
      return perPod(ctx, (s) => {
        const t = types.get(s) ?? new Set<string>();
        return t.has('Ingress') && t.has('Egress') ? undefined : `${describe(s.object)}: pods are not isolated by a NetworkPolicy for ${['Ingress', 'Egress'].filter((x) => !t.has(x)).join(' and ')}`;
      });
    },
  },
  {
    id: 'disruption-budget', severity: 'error', category: 'policy', source: 'kube-score deployment-has-poddisruptionbudget, statefulset-has-poddisruptionbudget; Polaris missingPodDisruptionBudget',
    summary: 'In production, a workload with two or more replicas has a PodDisruptionBudget.',
    fix: 'keep the default disruptionBudget',
    check: (ctx) => {
      const budgeted = new Set(ctx.ofKind('PodDisruptionBudget').flatMap((p) => ctx.workloadIndex.match(p, p.json.spec?.selector?.matchLabels)));
      return replicated(ctx).filter((w) => w.production && replicaRange(ctx, w).min >= 2 && !budgeted.has(w))
        .map((w) => ({ path: w.path, message: `${describe(w)} runs ${replicaRange(ctx, w).min}+ replicas without a PodDisruptionBudget` }));
    },
  },
  {
    id: 'anti-affinity', severity: 'error', category: 'policy', source: 'kube-score deployment-has-host-podantiaffinity; kube-linter no-anti-affinity; Polaris topologySpreadConstraint',
    summary: 'In production, replicas of a workload are spread over nodes (anti-affinity or topology spread).',
    fix: 'use an environment with topologySpread',
    check: (ctx) => replicated(ctx).filter((w) => w.production && replicaRange(ctx, w).max >= 2).flatMap((w) => {
      const spec = w.json.spec?.template?.spec ?? {};
      const spread = (spec.topologySpreadConstraints ?? []).some((t: any) => t.topologyKey === 'kubernetes.io/hostname')
        || spec.affinity?.podAntiAffinity !== undefined;
      return spread ? [] : [{ path: w.path, message: `${describe(w)} may place every replica on one node` }];
    }),
  },
  {
    id: 'hpa-replicas', severity: 'error', category: 'policy', source: 'kube-score deployment-targeted-by-hpa-does-not-have-replicas-configured',
    summary: 'A workload scaled by an autoscaler leaves replicas unset.',
    fix: 'use ScalingPolicy.autoscale instead of setting replicas',
    check: (ctx) => ctx.ofKind('HorizontalPodAutoscaler').flatMap((h) => {
      const ref = h.json.spec?.scaleTargetRef ?? {};
      const t = ctx.ofKind(ref.kind).find((o) => sameScope(o, h) && o.json.metadata?.name === ref.name);
      return t && t.json.spec?.replicas !== undefined ? [{ path: t.path, message: `${describe(t)} sets replicas (${t.json.spec.replicas}) but ${describe(h)} scales it: every apply would reset the count` }] : [];
    }),
  },
  {
    id: 'backup-coverage', severity: 'error', category: 'policy', source: 'cdk8s-blueprints design (seed 004 backup_policy); Velero and dump CronJobs',
    summary: 'In production, every PersistentVolumeClaim and volumeClaimTemplate is backed up (a Velero Schedule selecting it, or a dump CronJob of its StatefulSet) or opted out with a reason.',
    fix: 'give the workload a BackupPolicy, or BackupPolicy.disabled(reason)',
    check: (ctx) => {
      const out: Violation[] = [];
      const disabled = (o: RenderedObject) => o.json.metadata?.annotations?.[BACKUP_DISABLED_ANNOTATION] !== undefined;
      const velero = ctx.ofKind('Schedule').filter((o) => o.json.apiVersion === 'velero.io/v1');
      const veleroCovers = (o: RenderedObject, labels: Record<string, string>) => velero.some((v) => v.blueprint === o.blueprint
        && (v.json.spec?.template?.includedNamespaces ?? []).includes(o.json.metadata?.namespace)
        && selects(v.json.spec?.template?.labelSelector?.matchLabels, labels));
      for (const o of ctx.objects.filter((x) => x.production)) {
        if (o.json.kind === 'PersistentVolumeClaim' && !disabled(o) && !veleroCovers(o, o.json.metadata?.labels ?? {})) {
          out.push({ path: o.path, message: `${describe(o)} is not covered by any backup` });
        }
        if (o.json.kind === 'StatefulSet' && (o.json.spec?.volumeClaimTemplates ?? []).length > 0 && !disabled(o)) {
          const dumped = ctx.ofKind('CronJob').some((c) => sameScope(c, o) && c.json.metadata?.labels?.[BACKUP_OF_LABEL] === o.json.metadata?.name);
          if (!dumped && !veleroCovers(o, o.json.spec?.template?.metadata?.labels ?? {})) {
            out.push({ path: o.path, message: `${describe(o)} has volumeClaimTemplates (${o.json.spec.volumeClaimTemplates.map((t: any) => t.metadata?.name).join(', ')}) that no backup covers` });
          }
        }
      }
      return out;
    },
  },
  {
    id: 'secret-in-env', severity: 'error', category: 'policy', source: 'kube-linter env-var-secret; Polaris sensitiveContainerEnvVar',
    summary: 'No environment variable with a credential-like name has a literal value.',
    fix: 'reference the value with EnvValue.fromSecret(SecretRef.existing(...), key)',
    check: (ctx) => perContainer(ctx, (c) => {
      const bad = (c.env ?? []).find((e: any) => e.value !== undefined && SENSITIVE_NAME.test(e.name));
      return bad ? `container '${c.name}': env ${bad.name} holds a literal value; credentials must come from a Secret` : undefined;
    }),
  },
  {
    id: 'secret-in-configmap', severity: 'error', category: 'policy', source: 'Polaris sensitiveConfigmapContent',
    summary: 'No ConfigMap key has a credential-like name.',
    fix: 'keep credentials in a Secret and reference it',
    check: (ctx) => ctx.ofKind('ConfigMap').flatMap((o) => {
      const bad = Object.keys(o.json.data ?? {}).filter((k) => SENSITIVE_NAME.test(k));
      return bad.length ? [{ path: o.path, message: `${describe(o)} has credential-like keys: ${bad.join(', ')}` }] : [];
    }),
  },
  {
    id: 'no-secret-values', severity: 'error', category: 'policy', source: 'cdk8s-blueprints design: secrets never appear as literal values',
    summary: 'No Secret with data is written to the output.',
    fix: 'reference an existing Secret (SecretRef.existing) or emit an ExternalSecret',
    check: (ctx) => ctx.ofKind('Secret').filter((o) => (Object.keys(o.json.data ?? {}).length > 0 || Object.keys(o.json.stringData ?? {}).length > 0))
      .map((o) => ({ path: o.path, message: `${describe(o)} carries secret values in the manifest` })),
  },
];

/**
 * The rule set of the validation gate, in the order it runs. Every rule is documented in the README
 * ("Validation gate") with its id, severity and source; `test/validation/rules.test.ts` holds a failing case for each.
 */
export const RULES: readonly Rule[] = [...BASE_RULES, ...IMAGE_RULES];
