/** Semantic rules: names, labels, schedules, ports, and references that must resolve within a blueprint. */
import { Schedule, validateCron } from '../values/schedule';
import { isDnsSubdomain } from '../values/_names';
import { containersOf, describe, selects } from './_objects';
import { badLabel, perContainer, perPod, podsOf, PROBE_KINDS, probePort, replicaRange } from './_rule-helpers';
import type { Rule, Violation } from './types';

const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

export const SEMANTIC_RULES: readonly Rule[] = [
  {
    id: 'dns-name', severity: 'error', category: 'semantic', source: 'Kubernetes API validation (DNS-1123 / DNS-1035)',
    summary: 'Object names are DNS-1123 subdomains; Service and Namespace names are DNS labels.',
    fix: 'use lowercase letters, digits and \'-\' in construct ids',
    check: (ctx) => {
      // A loop, not flatMap: no array per object (6,000 at 1,000 services) for the few that break the rule.
      const out: Violation[] = [];
      for (let i = 0; i < ctx.objects.length; i++) {
        const o = ctx.objects[i];
        const name = o.json.metadata?.name;
        const label = o.json.kind === 'Service' || o.json.kind === 'Namespace';
        const ok = typeof name === 'string' && (label ? name.length <= 63 && DNS_LABEL.test(name) : isDnsSubdomain(name));
        if (!ok) out.push({ path: o.path, message: `${o.json.kind} name ${JSON.stringify(name)} is not a valid ${label ? 'DNS label' : 'DNS-1123 subdomain'}` });
      }
      return out;
    },
  },
  {
    id: 'label-syntax', severity: 'error', category: 'semantic', source: 'Kubernetes API validation (labels)',
    summary: 'Label keys and values on objects and pod templates are valid.',
    fix: 'label values: at most 63 characters of letters, digits, \'-\', \'_\' and \'.\'',
    check: (ctx) => {
      const out: Violation[] = [];
      // for-in over own keys, not Object.entries (a pair per label) nor Object.keys (an array per object: 7,000 at
      // 1,000 services): for-in reads the keys from the cache of the labels objects' shape, which objects with the
      // same label keys share, in Object.keys' order; Object.hasOwn leaves out what a prototype would add.
      for (let i = 0; i < ctx.objects.length; i++) {
        const o = ctx.objects[i];
        const labels = o.json.metadata?.labels;
        if (labels === undefined || labels === null) continue;
        for (const key in labels) {
          if (!Object.hasOwn(labels, key)) continue;
          const bad = badLabel(key, labels[key]);
          if (bad) out.push({ path: o.path, message: `${describe(o)}: ${bad}` });
        }
      }
      for (let i = 0; i < ctx.pods.length; i++) {
        const p = ctx.pods[i];
        for (const key in p.labels) {
          if (!Object.hasOwn(p.labels, key)) continue;
          const bad = badLabel(key, p.labels[key]);
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
        // None or one port (nearly every container) repeats nothing: no name and number lists and Sets for it. An
        // item that is no object still goes the long way, which reads its fields as before.
        if (Array.isArray(ports) && (ports.length === 0 || (ports.length === 1 && typeof ports[0] === 'object' && ports[0] !== null))) return undefined;
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
        // The first bad one of the container's ports, then of its probes' (startup, readiness, liveness ports), with no
        // list of them all per container.
        let port = (c.ports ?? []).map((p: any) => p.containerPort).find(bad);
        for (let i = 0; port === undefined && i < PROBE_KINDS.length; i++) {
          const probe = probePort(c, PROBE_KINDS[i]);
          if (bad(probe)) port = probe;
        }
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
      const target = ctx.named(ref.kind, o, ref.name);
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
          const svc = ctx.named('Service', o, svcName);
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
        const cm = ctx.named('ConfigMap', site.object, ref.name);
        if (!cm) return `env ${e.name}: ConfigMap '${ref.name}' is not in the blueprint`;
        if (!(ref.key in (cm.json.data ?? {}))) return `env ${e.name}: ConfigMap '${ref.name}' has no key '${ref.key}'`;
      }
      for (const v of site.spec.volumes ?? []) {
        if (v.configMap && !v.configMap.optional && !ctx.named('ConfigMap', site.object, v.configMap.name)) {
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
      return ctx.named('ServiceAccount', site.object, name)
        ? undefined : `${describe(site.object)}: ServiceAccount '${name}' is not in the blueprint`;
    }),
  },
  {
    id: 'probe-port', severity: 'error', category: 'semantic', source: 'kube-linter liveness-port, readiness-port, startup-port',
    summary: 'Probe ports are ports the container declares.',
    fix: 'let HealthCheck use the workload\'s port, or declare the port in extraPorts',
    check: (ctx) => perContainer(ctx, (c) => {
      // PROBE_KINDS by index and probePort, not probePorts: no pair per probe, no iterator per container.
      for (let i = 0; i < PROBE_KINDS.length; i++) {
        const kind = PROBE_KINDS[i];
        const port = probePort(c, kind);
        if (port === undefined) continue;
        if (!(c.ports ?? []).some((p: any) => p.containerPort === port || p.name === port)) {
          return `container '${c.name}': ${kind} port ${JSON.stringify(port)} is not a declared container port`;
        }
      }
      return undefined;
    }),
  },
];
