/**
 * The review page's prerequisites — what must exist before the blueprint is applied: Secrets it reads and does not
 * create (with who provides the declared ones), secret stores, certificate issuers, IngressClasses, Gateways,
 * StorageClasses, priority classes and ConfigMaps it names, the CRDs of its API groups, and its peers outside the
 * namespace — then the gate's warnings and every suppression with its reason.
 */
import { SUPPRESSION_ANNOTATION_PREFIX } from '../k8s/suppressions';
import { PROVIDED_BY_ANNOTATION, PROVIDED_SECRET_ANNOTATION, PROVIDED_SECRET_KEYS_ANNOTATION } from '../values/secret-ref';
import { byString, code, containersOf, describe, distinct, namesByKindAndVersion, nameOf, namespaceOf, objectsByKindAndName, objectsOfKind, podSites, ReviewObject, table, text } from './_review-model';
import { policyView, portsText } from './_review-policy';

/** A finding of the gate (its `Finding`, structurally). */
export interface ReviewFinding {
  readonly rule: string;
  /** Construct path of the object or artifact. */
  readonly path: string;
  readonly message: string;
  readonly severity: string;
}

/** API groups Kubernetes 1.28 serves itself; any other group is a CRD (gateway.networking.k8s.io included). */
const BUILT_IN_GROUPS = new Set([
  '', 'apps', 'batch', 'autoscaling', 'policy', 'networking.k8s.io', 'scheduling.k8s.io', 'rbac.authorization.k8s.io', 'storage.k8s.io',
  'admissionregistration.k8s.io', 'apiextensions.k8s.io', 'apiregistration.k8s.io', 'authentication.k8s.io', 'authorization.k8s.io',
  'certificates.k8s.io', 'coordination.k8s.io', 'discovery.k8s.io', 'events.k8s.io', 'flowcontrol.apiserver.k8s.io', 'node.k8s.io',
  'resource.k8s.io', 'internal.apiserver.k8s.io',
]);

/** Who usually installs a group's CRDs, for the reader. */
const INSTALLED_BY: Array<[RegExp, string]> = [
  [/(^|\.)external-secrets\.io$/, 'External Secrets Operator'], [/\.istio\.io$/, 'Istio'], [/^monitoring\.coreos\.com$/, 'Prometheus Operator'],
  [/^velero\.io$/, 'Velero'], [/^keda\.sh$/, 'KEDA'], [/^gateway\.networking\.k8s\.io$/, 'Gateway API'], [/^argoproj\.io$/, 'Argo CD'],
  [/\.toolkit\.fluxcd\.io$/, 'Flux'], [/^cert-manager\.io$/, 'cert-manager'], [/^kyverno\.io$/, 'Kyverno'],
];

interface SecretUse { readonly name: string; readonly key?: string; readonly by: string }

/** `## Prerequisites`. */
export function prerequisitesSection(objects: readonly ReviewObject[]): string {
  const out = ['## Prerequisites', '', 'What must exist in the cluster before this blueprint is applied.', '', '### Secrets it reads and does not create', ''];
  const created = new Set<string>();
  const provided = new Map<string, { keys: string; by: string; declaration: ReviewObject }>();
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    const j = o.json;
    if (j.kind === 'ExternalSecret' && ['Owner', 'Orphan'].includes(j.spec?.target?.creationPolicy ?? 'Owner')) created.add(j.spec?.target?.name ?? nameOf(o));
    if (j.kind === 'Secret' && j.apiVersion === 'v1') created.add(nameOf(o));
    // cert-manager writes a Certificate's key pair into its Secret.
    if (j.kind === 'Certificate' && String(j.apiVersion).startsWith('cert-manager.io/') && j.spec?.secretName) created.add(j.spec.secretName);
    const a = j.metadata?.annotations;
    if (a && typeof a[PROVIDED_SECRET_ANNOTATION] === 'string') provided.set(a[PROVIDED_SECRET_ANNOTATION], { keys: String(a[PROVIDED_SECRET_KEYS_ANNOTATION] ?? ''), by: String(a[PROVIDED_BY_ANNOTATION] ?? ''), declaration: o });
  }
  const uses = secretUses(objects).filter((u) => !created.has(u.name));
  const names = distinct([...uses.map((u) => u.name), ...provided.keys()]);
  const usesOf = new Map<string, SecretUse[]>();
  for (const u of uses) {
    const list = usesOf.get(u.name);
    if (list) list.push(u); else usesOf.set(u.name, [u]);
  }
  out.push(names.length === 0 ? 'None: the blueprint creates every Secret it reads.' : table(['Secret', 'keys read', 'read by', 'provided by'], names.map((name) => {
    const mine = usesOf.get(name) ?? [];
    const keys = distinct(mine.map((u) => u.key).filter((k): k is string => k !== undefined)).sort(byString);
    const p = provided.get(name);
    return [
      code(name), keys.map(code).join(', ') || (mine.length ? 'all' : '—'), distinct(mine.map((u) => u.by)).join('<br>') || 'no pod',
      p ? `${text(p.by)} (${describe(p.declaration)})` : '**not declared**',
    ];
  })));

  out.push('', '### Other objects it names', '');
  const others = namedObjects(objects);
  out.push(others.length === 0 ? 'None.' : table(['kind', 'name', 'named by'], others.map((r) => [r.kind, r.name, distinct(r.by).join('<br>')])));

  out.push('', '### Custom resource definitions', '');
  const groups = new Map<string, Set<string>>();
  // Once per kind and apiVersion (the table lists them sorted, so the order they are met in does not matter).
  namesByKindAndVersion(objects).forEach((byApiVersion, kind) => byApiVersion.forEach((_, api) => {
    const group = api.includes('/') ? api.slice(0, api.indexOf('/')) : '';
    if (BUILT_IN_GROUPS.has(group)) return;
    const kinds = groups.get(group) ?? new Set<string>();
    kinds.add(`${kind} (${api})`);
    groups.set(group, kinds);
  }));
  out.push(groups.size === 0 ? 'None: only built-in Kubernetes APIs.' : table(['API group', 'kinds', 'usually installed by'], [...groups.entries()].sort(([a], [b]) => byString(a, b)).map(([g, kinds]) => [
    code(g), [...kinds].sort(byString).map(text).join('<br>'), INSTALLED_BY.find(([re]) => re.test(g))?.[1] ?? '—',
  ])));

  out.push(...admissionLines(objects));
  out.push(...alertMetricLines(objects));

  out.push('', '### Peers outside the namespace', '');
  const view = policyView(objects, podSites(objects));
  const peers = new Map<string, string[]>();
  const peer = (label: string, direction: string, ports: string, workload: string) => {
    const key = [label, direction, ports].join('\u0000');
    const list = peers.get(key);
    if (list) list.push(workload); else peers.set(key, [workload]);
  };
  for (const c of view.inbound) peer(c.peer.label, 'connects to', portsText(c.ports), c.to.title);
  for (const c of view.outbound) peer(c.peer.label, 'is reached by', portsText(c.ports), c.from.title);
  out.push(peers.size === 0 ? 'None.' : table(['peer', 'direction', 'ports', 'workloads'], [...peers.entries()].map(([key, workloads]) => {
    const [label, direction, ports] = key.split('\u0000');
    return [text(label), direction, text(ports), distinct(workloads).join(', ')];
  })));
  return out.join('\n');
}

/**
 * `### Admission controller`, for a blueprint with a Kyverno image-verification Policy (none otherwise): the policy
 * admits nothing by itself — Kyverno's webhooks must run, and must not skip the namespace.
 */
function admissionLines(objects: readonly ReviewObject[]): string[] {
  const policies = objectsOfKind(objects, 'Policy').filter((o) => o.json.apiVersion === 'kyverno.io/v1'
    && (o.json.spec?.rules ?? []).some((r: any) => (r.verifyImages ?? []).length > 0));
  if (policies.length === 0) return [];
  // One row per verifyImages entry: which images, who may sign them, and the log their signatures are checked in.
  const rows = policies.flatMap((o) => (o.json.spec.rules as any[]).flatMap((r) => r.verifyImages ?? []).map((v: any) => {
    const repositories = distinct<string>((v.imageReferences ?? []).map((ref: string) => ref.replace(/[:@]\*$/, ''))).sort(byString);
    const attestors = (v.attestors ?? []).flatMap((a: any) => a.entries ?? []);
    const signers = attestors.map((e: any) => (e.keyless
      ? `keyless: ${e.keyless.subject !== undefined ? code(String(e.keyless.subject)) : `identities matching ${code(String(e.keyless.subjectRegExp))}`}, issued by ${code(String(e.keyless.issuer))}`
      : e.keys ? 'the cosign public key in the policy' : 'another attestor'));
    const logs = distinct<string>(attestors.map((e: any) => (e.keyless ?? e.keys)?.rekor?.url).filter((u: unknown): u is string => typeof u === 'string')).sort(byString);
    return [describe(o), repositories.map(code).join('<br>'), signers.join('<br>') || '—', logs.map(code).join('<br>') || '—'];
  }));
  return [
    '', '### Admission controller', '',
    `Kyverno ≥ 1.11 must run in the cluster (its admission controller, with its webhooks failing closed), and namespace ${code(namespaceOf(policies[0]))} must not be excluded from them (Kyverno's \`resourceFilters\` or \`webhooks\` namespace selector): without both, pods are admitted unverified. Kyverno reaches the registries and the transparency log to verify a signature.`,
    '',
    table(['policy', 'admits only signed images of', 'signed by', 'transparency log'], rows),
  ];
}

/** Who exports the series an alert expression reads, by metric-name prefix (the first that matches). */
const METRIC_SOURCES: Array<[RegExp, string]> = [
  [/^kube_/, 'kube-state-metrics ≥ 2.5 (kube_cronjob_status_last_successful_time arrived in 2.5) with its CronJob, Job, Pod and HorizontalPodAutoscaler collectors, scraped by the Prometheus that loads the rule'],
  [/^kubelet_volume_stats_/, "every node's kubelet (its /metrics endpoint, as kube-prometheus scrapes it)"],
  [/^velero_/, "Velero's server (its metrics port, 8085 by default), scraped"],
  [/^certmanager_/, "cert-manager's controller (its metrics port, 9402 by default), scraped"],
];

/**
 * `### Metrics the alerts read`, for a blueprint with a PrometheusRule (none otherwise): an alert on a series nobody
 * scrapes never fires, so every exporter its expressions read is a prerequisite.
 */
function alertMetricLines(objects: readonly ReviewObject[]): string[] {
  const bySource = new Map<string, Set<string>>();
  const rules = objectsOfKind(objects, 'PrometheusRule').filter((o) => String(o.json.apiVersion).startsWith('monitoring.coreos.com/'));
  for (const o of rules) {
    for (const g of o.json.spec?.groups ?? []) {
      for (const r of g.rules ?? []) {
        // Metric names: identifiers followed by a selector, a range or a closing parenthesis; functions and label names are not.
        for (const m of String(r.expr ?? '').matchAll(/\b([a-z_:][a-z0-9_:]*)\s*(?=\{|\[|\)|$)/g)) {
          const source = METRIC_SOURCES.find(([re]) => re.test(m[1]))?.[1];
          if (source === undefined) continue;
          const names = bySource.get(source) ?? new Set<string>();
          names.add(m[1]);
          bySource.set(source, names);
        }
      }
    }
  }
  if (bySource.size === 0) return [];
  return [
    '', '### Metrics the alerts read', '',
    `The alerts of ${rules.map(describe).join(', ')} fire only if these series are scraped:`,
    '',
    table(['exported by', 'metrics'], METRIC_SOURCES.filter(([, source]) => bySource.has(source))
      .map(([, source]) => [source, [...bySource.get(source)!].sort(byString).map(code).join('<br>')])),
  ];
}

/** Every Secret the pods read (env, envFrom, secret and projected volumes, pull secrets; optional ones left out), an Ingress's TLS, a KEDA TriggerAuthentication's. */
function secretUses(objects: readonly ReviewObject[]): SecretUse[] {
  const out: SecretUse[] = [];
  const sites = podSites(objects);
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i];
    const by = site.title;
    // Indexed loops (see _review-model.ts): these run for every container, variable and volume of every pod.
    const containers = containersOf(site.spec);
    for (let j = 0; j < containers.length; j++) {
      const { container } = containers[j];
      const env = container.env ?? [];
      for (let k = 0; k < env.length; k++) {
        const ref = env[k].valueFrom?.secretKeyRef;
        if (ref && !ref.optional) out.push({ name: ref.name, key: ref.key, by });
      }
      const envFrom = container.envFrom ?? [];
      for (let k = 0; k < envFrom.length; k++) if (envFrom[k].secretRef && !envFrom[k].secretRef.optional) out.push({ name: envFrom[k].secretRef.name, by });
    }
    const volumes = site.spec.volumes ?? [];
    for (let j = 0; j < volumes.length; j++) {
      const v = volumes[j];
      const items = (name: string, list: any[] | undefined) => (list?.length ? list.map((i) => out.push({ name, key: i.key, by })) : out.push({ name, by }));
      if (v.secret && !v.secret.optional) items(v.secret.secretName, v.secret.items);
      for (const s of v.projected?.sources ?? []) if (s.secret && !s.secret.optional) items(s.secret.name, s.secret.items);
    }
    for (const p of site.spec.imagePullSecrets ?? []) out.push({ name: p.name, by: `${by} (image pull)` });
  }
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    if (o.json.kind === 'Ingress') {
      for (const t of o.json.spec?.tls ?? []) {
        if (t.secretName) out.push({ name: t.secretName, key: 'tls.crt', by: `${describe(o)} (TLS)` }, { name: t.secretName, key: 'tls.key', by: `${describe(o)} (TLS)` });
      }
    }
    if (o.json.kind === 'TriggerAuthentication') for (const r of o.json.spec?.secretTargetRef ?? []) out.push({ name: r.name, key: r.key, by: describe(o) });
  }
  return out;
}

/** Objects the blueprint names and does not emit: secret stores, IngressClasses, Gateways, StorageClasses, PriorityClasses, ConfigMaps, ServiceAccounts. */
function namedObjects(objects: readonly ReviewObject[]): Array<{ kind: string; name: string; by: string[] }> {
  const rows = new Map<string, { kind: string; name: string; by: string[] }>();
  const byKindAndName = objectsByKindAndName(objects);
  const emitted = (kind: string, name: string, ns?: string) => {
    // As objectsNamed, with the index looked up once (this asks it for every pod's class and account).
    const named = typeof name === 'string' ? byKindAndName.get(kind)?.get(name) : undefined;
    return named !== undefined && named.some((o) => ns === undefined || namespaceOf(o) === ns);
  };
  const add = (kind: string, name: string, by: string) => {
    const key = `${kind}\u0000${name}`;
    const row = rows.get(key) ?? { kind, name, by: [] };
    row.by.push(by);
    rows.set(key, row);
  };
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    const j = o.json;
    const ns = namespaceOf(o);
    if (j.kind === 'ExternalSecret') {
      const ref = j.spec?.secretStoreRef;
      if (ref?.name && !emitted(ref.kind ?? 'SecretStore', ref.name)) add(ref.kind ?? 'SecretStore', code(ref.name), describe(o));
    }
    if (j.kind === 'Ingress') {
      const cls = j.spec?.ingressClassName ?? j.metadata?.annotations?.['kubernetes.io/ingress.class'];
      if (!cls || !emitted('IngressClass', cls)) add('IngressClass', cls ? code(cls) : 'the cluster default', describe(o));
    }
    if (j.kind === 'Certificate' && String(j.apiVersion).startsWith('cert-manager.io/')) {
      const ref = j.spec?.issuerRef;
      const kind = ref?.kind ?? 'Issuer';
      if (ref?.name && !emitted(kind, ref.name)) add(kind, code(ref.name), describe(o));
    }
    if (j.kind === 'HTTPRoute') {
      for (const p of j.spec?.parentRefs ?? []) if ((p.kind ?? 'Gateway') === 'Gateway' && !emitted('Gateway', p.name, p.namespace ?? ns)) add('Gateway', code(`${p.namespace ?? ns}/${p.name}`), describe(o));
    }
    // Claims (only these two kinds have any: no empty list and loop for every other object).
    if (j.kind === 'PersistentVolumeClaim' || j.kind === 'StatefulSet') {
      const claims = j.kind === 'PersistentVolumeClaim' ? [j.spec] : (j.spec?.volumeClaimTemplates ?? []).map((t: any) => t.spec);
      for (const c of claims) add('StorageClass', c?.storageClassName ? code(c.storageClassName) : 'the cluster default', describe(o));
    }
  }
  const sites = podSites(objects);
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i];
    const by = site.title;
    const ns = namespaceOf(site.object);
    // Indexed loops (see _review-model.ts): these run for every container, variable and volume of every pod.
    const volumes = site.spec.volumes ?? [];
    for (let j = 0; j < volumes.length; j++) {
      const v = volumes[j];
      if (v.ephemeral?.volumeClaimTemplate) add('StorageClass', v.ephemeral.volumeClaimTemplate.spec?.storageClassName ? code(v.ephemeral.volumeClaimTemplate.spec.storageClassName) : 'the cluster default', by);
      if (v.configMap && !v.configMap.optional && !emitted('ConfigMap', v.configMap.name, ns)) add('ConfigMap', code(v.configMap.name), by);
    }
    const containers = containersOf(site.spec);
    for (let j = 0; j < containers.length; j++) {
      const { container } = containers[j];
      const env = container.env ?? [];
      for (let k = 0; k < env.length; k++) {
        const ref = env[k].valueFrom?.configMapKeyRef;
        if (ref && !ref.optional && !emitted('ConfigMap', ref.name, ns)) add('ConfigMap', code(ref.name), by);
      }
      for (const e of container.envFrom ?? []) if (e.configMapRef && !e.configMapRef.optional && !emitted('ConfigMap', e.configMapRef.name, ns)) add('ConfigMap', code(e.configMapRef.name), by);
    }
    const pc = site.spec.priorityClassName;
    if (pc && !emitted('PriorityClass', pc)) add('PriorityClass', code(pc), by);
    const sa = site.spec.serviceAccountName;
    if (sa && !emitted('ServiceAccount', sa, ns)) add('ServiceAccount', code(sa), by);
  }
  return [...rows.values()].sort((a, b) => byString(a.kind, b.kind) || byString(a.name, b.name));
}

/** `## Gate warnings and suppressions`. */
export function findingsSection(objects: readonly ReviewObject[], warnings: readonly ReviewFinding[]): string {
  const out = ['## Gate warnings and suppressions', '', '### Warnings', ''];
  out.push(warnings.length === 0 ? 'None.' : table(['rule', 'object', 'message'], warnings.map((w) => [code(w.rule), code(w.path), text(w.message)])));
  out.push('', '### Suppressions', '');
  const groups = new Map<string, { rule: string; reason: string; objects: string[] }>();
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    // Most objects have no annotations: no entries array for them.
    const annotations = o.json.metadata?.annotations;
    if (!annotations) continue;
    for (const [k, v] of Object.entries(annotations)) {
      if (!k.startsWith(SUPPRESSION_ANNOTATION_PREFIX)) continue;
      const rule = k.slice(SUPPRESSION_ANNOTATION_PREFIX.length);
      const key = `${rule}\u0000${v}`;
      const g = groups.get(key) ?? { rule, reason: String(v), objects: [] };
      g.objects.push(describe(o));
      groups.set(key, g);
    }
  }
  const rows = [...groups.values()].sort((a, b) => byString(a.rule, b.rule) || byString(a.reason, b.reason));
  out.push(rows.length === 0 ? 'None.' : table(['rule', 'reason', 'objects'], rows.map((g) => [code(g.rule), text(g.reason), g.objects.join(', ')])));
  return out.join('\n');
}
