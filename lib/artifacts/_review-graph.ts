/**
 * The review page's exposure graph: internet → ingress host → Service → workload → data service, and every
 * connection to and from outside the namespace, drawn from the Ingresses, HTTPRoutes, gateway-bound Istio
 * VirtualServices, Services and NetworkPolicies the blueprint emits, as a Mermaid flowchart (GitHub and GitLab
 * render it in a pull request), followed by the same connections as a table.
 */
import { code, describe, nameOf, namespaceOf, namespacesOf, objectsOfKind, PodSite, podSites, ReviewObject, selects, SiteIndex, table, text } from './_review-model';
import { policyView, portsText } from './_review-policy';

type Shape = 'circle' | 'host' | 'service' | 'workload' | 'data' | 'job' | 'outside';

interface Node { readonly id: string; readonly label: string; readonly shape: Shape; readonly group: 'top' | 'namespace' | 'outside' }
interface Edge { readonly from: string; readonly to: string; readonly label: string; readonly via: string }

const SHAPES: Record<Shape, [string, string]> = {
  circle: ['((', '))'], host: ['[/', '/]'], service: ['([', '])'], workload: ['[', ']'], data: ['[(', ')]'], job: ['[[', ']]'], outside: ['{{', '}}'],
};

/** `## Exposure`: the Mermaid graph and the table of connections. */
export function exposureSection(objects: readonly ReviewObject[]): string {
  const g = new Graph();
  const sites = podSites(objects);
  const namespace = distinctNamespaces(objects);
  // Each site's and each Service's node id, looked up once: the Services and the policies name the same pods again and
  // again, and each call would build the node's key and label anew (and hash the new key) to find the id it has.
  const siteIds = new Map<PodSite, string>();
  const siteNode = (s: PodSite) => {
    let id = siteIds.get(s);
    if (id === undefined) siteIds.set(s, id = g.node(`w_${s.object.json.kind}_${nameOf(s.object)}`, `${s.object.json.kind} ${nameOf(s.object)}`, shapeOf(s), 'namespace'));
    return id;
  };
  for (const s of sites) siteNode(s);

  // Services, and the pods they select.
  const services = objectsOfKind(objects, 'Service').filter((o) => o.json.apiVersion === 'v1');
  const serviceIds = new Map<ReviewObject, string>();
  const serviceNode = (svc: ReviewObject) => {
    let id = serviceIds.get(svc);
    if (id === undefined) serviceIds.set(svc, id = g.node(`s_${nameOf(svc)}`, serviceLabel(svc), 'service', 'namespace'));
    return id;
  };
  // The pods each Service selects in its namespace (site order), and the Services that select each pod (Service order).
  const index = SiteIndex.of(sites);
  const selectedBy = new Map<ReviewObject, PodSite[]>();
  const servicesOf = new Map<PodSite, ReviewObject[]>();
  for (let i = 0; i < services.length; i++) {
    const svc = services[i];
    const selector = svc.json.spec?.selector;
    const selected: PodSite[] = [];
    if (selector) {
      const candidates = index.candidates({ matchLabels: selector });
      const ns = namespaceOf(svc);
      for (let j = 0; j < candidates.length; j++) {
        if (namespaceOf(candidates[j].object) === ns && selects(selector, candidates[j].labels)) selected.push(candidates[j]);
      }
    }
    selectedBy.set(svc, selected);
    for (let j = 0; j < selected.length; j++) {
      const s = selected[j];
      const list = servicesOf.get(s);
      if (list) list.push(svc); else servicesOf.set(s, [svc]);
    }
  }
  const byName = new Map<string, Map<string, ReviewObject>>(); // namespace → name → the first such Service
  for (let i = 0; i < services.length; i++) {
    const svc = services[i];
    const names = byName.get(namespaceOf(svc)) ?? new Map<string, ReviewObject>();
    byName.set(namespaceOf(svc), names);
    if (!names.has(nameOf(svc))) names.set(nameOf(svc), svc);
  }
  for (let i = 0; i < services.length; i++) {
    const svc = services[i];
    if (svc.json.spec?.clusterIP === 'None') continue;
    const id = serviceNode(svc);
    if (svc.json.spec?.type === 'ExternalName') {
      const host = String(svc.json.spec.externalName);
      g.edge(id, g.outside(`dns:${host}`, host), 'DNS alias (ExternalName)', `Service ${nameOf(svc)}`);
      continue;
    }
    const selected = selectedBy.get(svc)!;
    for (let j = 0; j < selected.length; j++) {
      const s = selected[j];
      if (!s.longRunning) continue;
      g.edge(id, siteNode(s), (svc.json.spec?.ports ?? []).map((p: any) => `${p.port}→${p.targetPort ?? p.port}`).join(', '), `Service ${nameOf(svc)}`);
    }
    const type = svc.json.spec?.type;
    if (type === 'LoadBalancer' || type === 'NodePort') g.edge(g.internet(), id, type, `Service ${nameOf(svc)} (${type})`);
  }
  const toService = (name: unknown, ns: string, from: string, label: string, via: string) => {
    const svc = typeof name === 'string' ? byName.get(ns)?.get(name) : undefined;
    const to = svc ? serviceNode(svc) : g.node(`s_${String(name)}`, `Service ${name} (not in this blueprint)`, 'service', 'namespace');
    g.edge(from, to, label, via);
  };

  // Ingress hosts: Ingresses, HTTPRoutes, and Istio VirtualServices bound to a gateway.
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    const j = o.json;
    if (j.kind === 'Ingress' && String(j.apiVersion).startsWith('networking.k8s.io/')) {
      const tls = new Set<string>((j.spec?.tls ?? []).flatMap((t: any) => t.hosts ?? []));
      const cls = j.spec?.ingressClassName ?? j.metadata?.annotations?.['kubernetes.io/ingress.class'];
      for (const rule of j.spec?.rules ?? []) {
        const host = g.host(rule.host, `Ingress ${nameOf(o)}${cls ? `, class ${cls}` : ''}`);
        g.edge(g.internet(), host, tls.has(rule.host) ? 'HTTPS' : 'HTTP', `Ingress ${nameOf(o)}`);
        for (const p of rule.http?.paths ?? []) {
          if (p.backend?.service) toService(p.backend.service.name, namespaceOf(o), host, p.path ?? '/', `Ingress ${nameOf(o)}`);
        }
      }
      if (j.spec?.defaultBackend?.service) {
        const host = g.host(undefined, `Ingress ${nameOf(o)}`);
        g.edge(g.internet(), host, 'HTTP', `Ingress ${nameOf(o)}`);
        toService(j.spec.defaultBackend.service.name, namespaceOf(o), host, 'default backend', `Ingress ${nameOf(o)}`);
      }
    } else if (j.kind === 'HTTPRoute' && String(j.apiVersion).startsWith('gateway.networking.k8s.io/')) {
      const gateways = (j.spec?.parentRefs ?? []).map((p: any) => `${p.namespace ?? namespaceOf(o)}/${p.name}`).join(', ');
      for (const hostname of (j.spec?.hostnames ?? []).length ? j.spec.hostnames : [undefined]) {
        const host = g.host(hostname, `HTTPRoute ${nameOf(o)}, Gateway ${gateways}`);
        g.edge(g.internet(), host, 'HTTP(S)', `HTTPRoute ${nameOf(o)}`);
        for (const rule of j.spec?.rules ?? []) {
          const paths = (rule.matches ?? []).map((m: any) => m.path?.value).filter(Boolean).join(', ') || '/';
          for (const b of rule.backendRefs ?? []) {
            if ((b.kind ?? 'Service') === 'Service' && !b.group) toService(b.name, b.namespace ?? namespaceOf(o), host, paths, `HTTPRoute ${nameOf(o)}`);
          }
        }
      }
    } else if (j.kind === 'VirtualService' && String(j.apiVersion).startsWith('networking.istio.io/')) {
      const gateways = (j.spec?.gateways ?? []).filter((x: string) => x !== 'mesh');
      if (gateways.length === 0) continue;
      for (const hostname of j.spec?.hosts ?? []) {
        const host = g.host(hostname, `VirtualService ${nameOf(o)}, Gateway ${gateways.join(', ')}`);
        g.edge(g.internet(), host, 'HTTP(S)', `VirtualService ${nameOf(o)}`);
        for (const route of j.spec?.http ?? []) {
          for (const d of route.route ?? []) {
            const [svc, ns] = String(d.destination?.host ?? '').split('.');
            toService(svc, ns ?? namespaceOf(o), host, (route.match ?? []).map((m: any) => m.uri?.prefix ?? m.uri?.exact).filter(Boolean).join(', ') || '/', `VirtualService ${nameOf(o)}`);
          }
        }
      }
    }
  }

  // Pod to pod (through the destination's Service when one serves the port), and to and from outside the namespace.
  const view = policyView(objects, sites);
  for (const c of view.internal) {
    const via = `NetworkPolicy ${c.policies.join(', ')}`;
    const svc = c.ports !== 'any' ? (servicesOf.get(c.to) ?? []).find((s) => s.json.spec?.clusterIP !== 'None'
      && (s.json.spec?.ports ?? []).some((p: any) => (c.ports as ReadonlySet<string>).has(`${p.targetPort ?? p.port}/${p.protocol ?? 'TCP'}`))) : undefined;
    g.edge(siteNode(c.from), svc ? serviceNode(svc) : siteNode(c.to), portsText(c.ports), via);
  }
  for (let i = 0; i < view.inbound.length; i++) {
    const c = view.inbound[i];
    g.edge(g.outside(c.peer.key, c.peer.label), siteNode(c.to), portsText(c.ports), `NetworkPolicy ${c.policies.join(', ')}`);
  }
  for (let i = 0; i < view.outbound.length; i++) {
    const c = view.outbound[i];
    g.edge(siteNode(c.from), g.outside(c.peer.key, c.peer.label), portsText(c.ports), `NetworkPolicy ${c.policies.join(', ')}`);
  }

  const open = [
    ...view.openIngress.filter((s) => s.longRunning).map((s) => `${s.title} accepts connections from anywhere (no NetworkPolicy isolates its ingress)`),
    ...view.openEgress.map((s) => `${s.title} may connect anywhere (no NetworkPolicy isolates its egress)`),
  ];
  const mesh = meshLines(objects, sites);
  return [
    '## Exposure',
    '',
    'Who can reach whom, as the emitted Ingresses, HTTPRoutes, Services and NetworkPolicies allow it.',
    '',
    '```mermaid',
    g.mermaid(namespace),
    '```',
    '',
    ...(open.length ? [open.map((l) => `- ${l}`).join('\n'), ''] : []),
    ...(mesh.length ? ['Service mesh (Istio):', '', mesh.map((l) => `- ${l}`).join('\n'), ''] : []),
    g.edges.length === 0 ? 'No connection is allowed to or from these pods.' : table(['from', 'to', 'ports / path', 'allowed by'], g.edges.map((e) => [
      text(g.label(e.from)), text(g.label(e.to)), text(e.label), text(e.via),
    ])),
  ].join('\n');
}

class Graph {
  public readonly edges: Edge[] = [];
  private readonly nodes = new Map<string, Node>();
  /** `from`, `to` and label of every edge (ids hold no NUL), so that an edge is drawn once. */
  private readonly drawn = new Set<string>();

  private readonly ids = new Map<string, string>();
  private readonly outsideIds = new Map<string, string>();

  /** The node of `key` (made on first use): its id is the key as letters, digits and '_', unique in the graph. */
  public node(key: string, label: string, shape: Shape, group: Node['group']): string {
    const known = this.ids.get(key);
    if (known) return known;
    const base = slug(key);
    let id = base;
    for (let n = 2; this.nodes.has(id); n++) id = `${base}_${n}`;
    this.ids.set(key, id);
    this.nodes.set(id, { id, label, shape, group });
    return id;
  }

  public internet(): string {
    return this.node('internet', 'Internet', 'circle', 'top');
  }

  public host(host: string | undefined, via: string): string {
    return this.node(`h_${host ?? '*'}`, `${host ?? 'any host'}\n${via}`, 'host', 'top');
  }

  public outside(key: string, label: string): string {
    // By the peer's key (the same for every pod a policy lets reach it), without a new `o_` key per call.
    let id = this.outsideIds.get(key);
    if (id === undefined) this.outsideIds.set(key, id = this.node(`o_${key}`, label, 'outside', 'outside'));
    return id;
  }

  public edge(from: string, to: string, label: string, via: string): void {
    const key = `${from}\u0000${to}\u0000${label}`;
    if (this.drawn.has(key)) return;
    this.drawn.add(key);
    this.edges.push({ from, to, label, via });
  }

  /** The first line of a node's label (the table names a node by it: two per edge, no array of lines per call). */
  public label(id: string): string {
    const label = this.nodes.get(id)!.label;
    const end = label.indexOf('\n');
    return end === -1 ? label : label.slice(0, end);
  }

  public mermaid(namespace: string): string {
    const nodeLine = (n: Node, indent: string) => `${indent}${n.id}${SHAPES[n.shape][0]}"${escape(n.label)}"${SHAPES[n.shape][1]}`;
    // The nodes of each group by id, in one pass over the nodes; ids are unique, so the default string order is
    // byString's (by UTF-16 code unit), without a call per comparison.
    const ids: Record<Node['group'], string[]> = { top: [], namespace: [], outside: [] };
    this.nodes.forEach((n) => ids[n.group].push(n.id));
    const group = (g: Node['group']) => ids[g].sort().map((id) => this.nodes.get(id)!);
    const lines = ['flowchart LR'];
    for (const n of group('top')) lines.push(nodeLine(n, '  '));
    const inNs = group('namespace');
    if (inNs.length) lines.push(`  subgraph ns["namespace ${escape(namespace)}"]`, ...inNs.map((n) => nodeLine(n, '    ')), '  end');
    const out = group('outside');
    if (out.length) lines.push('  subgraph outside["outside the namespace"]', ...out.map((n) => nodeLine(n, '    ')), '  end');
    for (let i = 0; i < this.edges.length; i++) {
      const e = this.edges[i];
      lines.push(`  ${e.from} -->|"${escape(e.label)}"| ${e.to}`);
    }
    return lines.join('\n');
  }
}

function shapeOf(s: PodSite): Shape {
  const kind = s.object.json.kind;
  if (kind === 'StatefulSet') return 'data';
  if (kind === 'CronJob' || kind === 'Job') return 'job';
  return 'workload';
}

/** `Service name :port …`. */
function serviceLabel(svc: ReviewObject): string {
  return `Service ${nameOf(svc)} ${(svc.json.spec?.ports ?? []).map((p: any) => `:${p.port}`).join(' ')}`.trim();
}

/** One line per mesh object (Istio): what it does to whom. */
function meshLines(objects: readonly ReviewObject[], sites: readonly PodSite[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    // Most objects are none of these four kinds: the kind is compared first, before the apiVersion is read as text.
    const kind = o.json.kind;
    if (kind !== 'VirtualService' && kind !== 'DestinationRule' && kind !== 'PeerAuthentication' && kind !== 'AuthorizationPolicy') continue;
    const api = String(o.json.apiVersion);
    const spec = o.json.spec ?? {};
    if (api.startsWith('networking.istio.io/') && o.json.kind === 'VirtualService') {
      const r = spec.http?.[0] ?? {};
      const what = [r.timeout ? `timeout ${r.timeout}` : '', r.retries?.attempts ? `${r.retries.attempts} retries${r.retries.retryOn ? ` on ${r.retries.retryOn}` : ''}` : ''].filter(Boolean).join(', ');
      out.push(`${describe(o)} routes ${(spec.hosts ?? []).map((h: string) => code(h)).join(', ')}${what ? `: ${text(what)}` : ''}`);
    } else if (api.startsWith('networking.istio.io/') && o.json.kind === 'DestinationRule') {
      const t = spec.trafficPolicy ?? {};
      const lb = t.loadBalancer?.simple ?? (t.loadBalancer?.consistentHash ? 'consistent hash' : undefined);
      const od = t.outlierDetection;
      const what = [lb ? `load balancing ${lb}` : '', od ? `ejects a host after ${od.consecutive5xxErrors ?? od.consecutiveErrors ?? '?'} consecutive 5xx${od.baseEjectionTime ? ` for ${od.baseEjectionTime}` : ''}` : '', t.tls?.mode ? `TLS ${t.tls.mode}` : ''].filter(Boolean).join(', ');
      out.push(`${describe(o)} for ${code(String(spec.host))}${what ? `: ${text(what)}` : ''}`);
    } else if (api.startsWith('security.istio.io/') && o.json.kind === 'PeerAuthentication') {
      const scope = spec.selector?.matchLabels ? sites.filter((s) => namespaceOf(s.object) === namespaceOf(o) && selects(spec.selector.matchLabels, s.labels)).map((s) => s.title).join(', ') || 'no pod' : `every pod of namespace ${code(namespaceOf(o))}`;
      const ports = Object.entries(spec.portLevelMtls ?? {}).map(([port, m]: [string, any]) => `, port ${port} ${m.mode}`).join('');
      out.push(`${describe(o)}: mTLS ${text(String(spec.mtls?.mode ?? 'UNSET'))}${text(ports)} for ${scope}`);
    } else if (api.startsWith('security.istio.io/') && o.json.kind === 'AuthorizationPolicy') {
      out.push(`${describe(o)}: ${text(String(spec.action ?? 'ALLOW'))} ${(spec.rules ?? []).length} rule(s)`);
    }
  }
  return out;
}

function distinctNamespaces(objects: readonly ReviewObject[]): string {
  return namespacesOf(objects).join(', ') || '(cluster)';
}

/** A Mermaid node id: letters, digits and '_' only. */
function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'x';
}

/** Text inside a quoted Mermaid label: '#', quotes and angle brackets as Mermaid's entity codes, line breaks as <br/>. */
function escape(s: string): string {
  if (!/[#&"<>\n]/.test(s)) return s;
  return s.replace(/#/g, '#35;').replace(/&/g, '#amp;').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\n/g, '<br/>');
}

