/**
 * Who may connect to whom, as the emitted NetworkPolicies decide it (Kubernetes NetworkPolicy semantics): a pod
 * selected by a policy of type Ingress (Egress) accepts (sends) only what one of its policies' rules allows; a pod
 * no policy selects is not isolated in that direction. A connection inside the namespace needs both sides.
 */
import { byString, containersOf, nameOf, namespaceOf, objectsOfKind, PodSite, ReviewObject, selectsLabels, SiteIndex } from './_review-model';

/** A set of destination ports ('5432/TCP'), or every port. */
export type Ports = ReadonlySet<string> | 'any';

/** A peer outside the namespace's pods: another namespace's pods, an IP block, or any address. */
export interface OutsidePeer {
  /** Stable identity of the peer, for node ids. */
  readonly key: string;
  /** What it is, for people: `namespace ingress-nginx`, `kube-system: k8s-app=kube-dns`, `10.0.0.0/8`, `anywhere`. */
  readonly label: string;
  /** The namespace it names, when it names one by `kubernetes.io/metadata.name`. */
  readonly namespace?: string;
}

/** A connection the policies allow. */
export interface Allowed {
  readonly ports: Ports;
  /** The NetworkPolicies whose rules allow it, by name. */
  readonly policies: readonly string[];
}

/** The policies' verdict for the pods of one blueprint and namespace. */
export interface PolicyView {
  /** Pod-to-pod connections inside the namespace that a rule names on at least one side. */
  readonly internal: Array<{ from: PodSite; to: PodSite } & Allowed>;
  /** Connections into a pod from outside the namespace's pods. */
  readonly inbound: Array<{ peer: OutsidePeer; to: PodSite } & Allowed>;
  /** Connections from a pod to outside the namespace's pods. */
  readonly outbound: Array<{ from: PodSite; peer: OutsidePeer } & Allowed>;
  /** Pods that no policy isolates, per direction. */
  readonly openIngress: readonly PodSite[];
  readonly openEgress: readonly PodSite[];
}

interface Grant {
  readonly peer: any | undefined;
  readonly ports: any[] | undefined;
  readonly policy: string;
}

/** What a site's policies of one type allow it (its grants), and whether any such policy selects it. */
interface Side {
  readonly isolated: boolean;
  readonly grants: readonly Grant[];
}

/** The side of a site no policy of a type selects. */
const OPEN: Side = { isolated: false, grants: [] };

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}

/** The views computed for an object list (the exposure graph and the prerequisites read the same one), by pod sites. */
const views = new WeakMap<readonly ReviewObject[], { sites: readonly PodSite[]; view: PolicyView }>();

/** What the NetworkPolicies of the objects allow between the pod sites and to and from outside them (computed once per list). */
export function policyView(objects: readonly ReviewObject[], sites: readonly PodSite[]): PolicyView {
  const known = views.get(objects);
  if (known?.sites === sites) return known.view;
  const view = computePolicyView(objects, sites);
  views.set(objects, { sites, view });
  return view;
}

function computePolicyView(objects: readonly ReviewObject[], sites: readonly PodSite[]): PolicyView {
  const policies = objectsOfKind(objects, 'NetworkPolicy').filter((o) => String(o.json.apiVersion).startsWith('networking.k8s.io/'));
  const index = SiteIndex.of(sites);
  // Each policy's pods, found through the label index and checked with the selector itself; kept in policy order.
  // Here and below, a map's entry (list, set) is made for the sites that have one, not for every site up front.
  // Loops over every policy, site and grant are indexed (see _review-model.ts).
  // Each site's policies of each type (a policy's types read once, not per site and direction it selects; its
  // namespace and selector read once, not per candidate).
  const ingressOf = new Map<PodSite, ReviewObject[]>();
  const egressOf = new Map<PodSite, ReviewObject[]>();
  for (let i = 0; i < policies.length; i++) {
    const p = policies[i];
    const selector = p.json.spec?.podSelector ?? {};
    const ns = namespaceOf(p);
    const types = policyTypes(p.json.spec ?? {});
    const isIngress = types.includes('Ingress');
    const isEgress = types.includes('Egress');
    if (!isIngress && !isEgress) continue;
    const candidates = index.candidates(selector);
    for (let j = 0; j < candidates.length; j++) {
      const site = candidates[j];
      if (ns === namespaceOf(site.object) && selectsLabels(selector, site.labels)) {
        if (isIngress) add(ingressOf, site, p);
        if (isEgress) add(egressOf, site, p);
      }
    }
  }
  const grants = (site: PodSite, dir: 'ingress' | 'egress'): Side => {
    const typed = (dir === 'ingress' ? ingressOf : egressOf).get(site);
    // A site no policy of this type selects is open (most sites in one direction): one shared side, never changed.
    if (typed === undefined) return OPEN;
    const out: Grant[] = [];
    for (let i = 0; i < typed.length; i++) {
      const p = typed[i];
      const rules = p.json.spec?.[dir] ?? [];
      for (let j = 0; j < rules.length; j++) {
        const rule = rules[j];
        const peers = rule[dir === 'ingress' ? 'from' : 'to'];
        if (peers && peers.length > 0) for (let k = 0; k < peers.length; k++) out.push({ peer: peers[k], ports: rule.ports, policy: nameOf(p) });
        else out.push({ peer: undefined, ports: rule.ports, policy: nameOf(p) });
      }
    }
    return { isolated: true, grants: out };
  };
  const ingress = new Map<PodSite, Side>();
  const egress = new Map<PodSite, Side>();
  for (let i = 0; i < sites.length; i++) {
    ingress.set(sites[i], grants(sites[i], 'ingress'));
    egress.set(sites[i], grants(sites[i], 'egress'));
  }
  const view: PolicyView = { internal: [], inbound: [], outbound: [], openIngress: sites.filter((s) => !ingress.get(s)!.isolated), openEgress: sites.filter((s) => !egress.get(s)!.isolated) };

  // Inside the namespace: what B's ingress admits from A, intersected with what A's egress sends to B. A pair is
  // listed only when a rule names one side from the other, so the pairs to look at are those a grant's peer can
  // select: B's ingress peers for an isolated B, else the pods whose egress peers can select B.
  const peerCandidates = (g: Grant): readonly PodSite[] => {
    if (g.peer === undefined) return sites;
    // As selectsPod: an IP block, or a namespace selector that does not name a namespace, selects no pod here.
    if (g.peer.ipBlock || (g.peer.namespaceSelector && !g.peer.namespaceSelector.matchLabels?.['kubernetes.io/metadata.name'])) return [];
    return index.candidates(g.peer.podSelector ?? {});
  };
  const sendersTo = new Map<PodSite, Set<PodSite>>();
  for (let i = 0; i < sites.length; i++) {
    const a = sites[i];
    const side = egress.get(a)!;
    if (!side.isolated) continue;
    for (let j = 0; j < side.grants.length; j++) {
      const candidates = peerCandidates(side.grants[j]);
      for (let k = 0; k < candidates.length; k++) {
        const b = candidates[k];
        const senders = sendersTo.get(b);
        if (senders) senders.add(a); else sendersTo.set(b, new Set([a]));
      }
    }
  }
  const noSenders: ReadonlySet<PodSite> = new Set();
  const openEgress = view.openEgress;
  // Membership in a candidate list, for the lists longer than the pods that may send (made once per list).
  const candidateSets = new Map<readonly PodSite[], ReadonlySet<PodSite>>();
  const asSet = (list: readonly PodSite[]) => {
    let set = candidateSets.get(list);
    if (!set) candidateSets.set(list, set = new Set(list));
    return set;
  };
  const pairs: Array<[PodSite, PodSite]> = [];
  for (let i = 0; i < sites.length; i++) {
    const b = sites[i];
    const senders = sendersTo.get(b) ?? noSenders;
    const side = ingress.get(b)!;
    // An isolated B admits only its ingress peers, of which an egress-isolated A must also name B; else (B open)
    // only an egress-isolated A naming B makes a listed pair (two open sides are not listed). The peers of B's
    // rules are intersected with the pods that may send to B (egress open, or naming B) from the smaller side.
    if (!side.isolated) {
      for (const a of senders) pairs.push([a, b]);
      continue;
    }
    const from = new Set<PodSite>();
    for (let j = 0; j < side.grants.length; j++) {
      const candidates = peerCandidates(side.grants[j]);
      if (candidates.length <= openEgress.length + senders.size) {
        for (const a of candidates) if (!egress.get(a)!.isolated || senders.has(a)) from.add(a);
      } else if (openEgress.length + senders.size > 0) { // (when no pod may send to B, there is nothing to intersect)
        const peers = asSet(candidates);
        for (const a of openEgress) if (peers.has(a)) from.add(a);
        for (const a of senders) if (peers.has(a)) from.add(a);
      }
    }
    for (const a of from) pairs.push([a, b]);
  }
  if (pairs.length > 1) {
    const order = new Map<PodSite, number>();
    sites.forEach((s, i) => order.set(s, i));
    pairs.sort(([a1, b1], [a2, b2]) => order.get(a1)! - order.get(a2)! || order.get(b1)! - order.get(b2)!);
  }
  for (const [a, b] of pairs) {
    if (a === b || namespaceOf(a.object) !== namespaceOf(b.object)) continue;
    const inAllowed = allowedFor(ingress.get(b)!, (peer) => selectsPod(peer, a), b);
    const outAllowed = allowedFor(egress.get(a)!, (peer) => selectsPod(peer, b), b);
    if (!inAllowed || !outAllowed || (inAllowed.unrestricted && outAllowed.unrestricted)) continue;
    const ports = intersect(inAllowed.ports, outAllowed.ports);
    if (ports !== 'any' && ports.size === 0) continue;
    view.internal.push({ from: a, to: b, ports, policies: [...new Set([...outAllowed.policies, ...inAllowed.policies])] });
  }
  // From and to outside the namespace's pods.
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i];
    const inbound = outsideOf(ingress.get(site)!.grants, site);
    for (let j = 0; j < inbound.length; j++) view.inbound.push({ peer: inbound[j].peer, to: site, ports: inbound[j].ports, policies: inbound[j].policies });
    const outbound = outsideOf(egress.get(site)!.grants, site);
    for (let j = 0; j < outbound.length; j++) view.outbound.push({ from: site, peer: outbound[j].peer, ports: outbound[j].ports, policies: outbound[j].policies });
  }
  return view;
}

/** A site's grants to or from outside the namespace's pods, by peer (in the order of their first grant). */
function outsideOf(grants: readonly Grant[], site: PodSite): ReadonlyArray<{ peer: OutsidePeer; ports: Ports; policies: string[] }> {
  // Most sites have a grant or two: the map is made for a site with a peer outside, not for every site and direction.
  let byPeer: Map<string, { peer: OutsidePeer; ports: Ports; policies: string[] }> | undefined;
  for (let i = 0; i < grants.length; i++) {
    const g = grants[i];
    const peer = outsidePeer(g.peer, namespaceOf(site.object));
    if (!peer) continue;
    byPeer ??= new Map();
    const entry = byPeer.get(peer.key);
    if (entry) {
      entry.ports = union(entry.ports, portsOf(g.ports, site));
      if (!entry.policies.includes(g.policy)) entry.policies.push(g.policy);
    } else {
      // The first grant's ports as they are: portsOf makes a new set for each call.
      byPeer.set(peer.key, { peer, ports: portsOf(g.ports, site), policies: [g.policy] });
    }
  }
  return byPeer ? [...byPeer.values()] : [];
}

/** The policy types of a spec: as written, else Ingress, plus Egress when it has egress rules (the API's default). */
function policyTypes(spec: any): string[] {
  if (Array.isArray(spec.policyTypes) && spec.policyTypes.length > 0) return spec.policyTypes;
  return spec.egress !== undefined ? ['Ingress', 'Egress'] : ['Ingress'];
}

/** What a side allows towards the other pod: every port when it is not isolated, else the union of matching grants. */
function allowedFor(side: Side, matches: (peer: any) => boolean, destination: PodSite):
  { ports: Ports; policies: string[]; unrestricted: boolean } | undefined {
  if (!side.isolated) return { ports: 'any', policies: [], unrestricted: true };
  let ports: Ports | undefined;
  const policies: string[] = [];
  for (const g of side.grants) {
    if (g.peer !== undefined && !matches(g.peer)) continue;
    ports = ports === undefined ? portsOf(g.ports, destination) : union(ports, portsOf(g.ports, destination));
    if (!policies.includes(g.policy)) policies.push(g.policy);
  }
  return ports === undefined ? undefined : { ports, policies, unrestricted: false };
}

/** Whether a peer of a rule selects the pods of `site` in the policy's own namespace (a pod selector without a namespace selector). */
function selectsPod(peer: any, site: PodSite): boolean {
  if (peer.ipBlock || peer.namespaceSelector) {
    // A namespace selector naming the pod's own namespace selects its pods too.
    const ns = peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'];
    if (!(ns && ns === namespaceOf(site.object) && !peer.ipBlock)) return false;
  }
  return selectsLabels(peer.podSelector ?? {}, site.labels);
}

/** The peer of a rule as something outside the namespace's pods, or undefined when it selects pods of the namespace. */
function outsidePeer(peer: any, ownNamespace: string): OutsidePeer | undefined {
  if (peer === undefined) return { key: 'anywhere', label: 'anywhere' };
  if (peer.ipBlock) {
    const except = (peer.ipBlock.except ?? []).length ? ` except ${peer.ipBlock.except.join(', ')}` : '';
    return { key: `ip:${peer.ipBlock.cidr}${except}`, label: `${peer.ipBlock.cidr}${except}` };
  }
  if (!peer.namespaceSelector) return undefined;
  const ns = peer.namespaceSelector.matchLabels?.['kubernetes.io/metadata.name'];
  if (ns === ownNamespace) return undefined;
  const nsText = ns ? `namespace ${ns}` : `namespaces ${selectorText(peer.namespaceSelector) || '(all)'}`;
  const pods = peer.podSelector ? selectorText(peer.podSelector) : '';
  return { key: `ns:${nsText}|${pods}`, label: pods ? `${nsText}: ${pods}` : nsText, ...(ns ? { namespace: ns } : {}) };
}

function selectorText(selector: any): string {
  const labels = Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  const exprs = (selector.matchExpressions ?? []).map((e: any) => `${e.key} ${e.operator}${e.values ? ` (${e.values.join(', ')})` : ''}`);
  return [...labels, ...exprs].join(', ');
}

/** The ports of a rule as 'port/protocol' (named ports resolved against the destination's containers when it is known). */
function portsOf(ports: any[] | undefined, destination: PodSite | undefined): Ports {
  if (!ports || ports.length === 0) return 'any';
  const out = new Set<string>();
  for (let i = 0; i < ports.length; i++) {
    const p = ports[i];
    const protocol = p.protocol ?? 'TCP';
    if (p.port === undefined) return 'any';
    let port = p.port;
    if (typeof port === 'string' && destination) {
      const named = containersOf(destination.spec).flatMap(({ container }) => container.ports ?? []).find((c: any) => c.name === port);
      if (named) port = named.containerPort;
    }
    out.add(p.endPort !== undefined ? `${port}-${p.endPort}/${protocol}` : `${port}/${protocol}`);
  }
  return out;
}

function union(a: Ports, b: Ports): Ports {
  if (a === 'any' || b === 'any') return 'any';
  return new Set([...a, ...b]);
}

function intersect(a: Ports, b: Ports): Ports {
  if (a === 'any') return b;
  if (b === 'any') return a;
  return new Set([...a].filter((p) => b.has(p)));
}

/** '5432/TCP', '53/UDP, 53/TCP' (in the order the rules give them), or 'any port'. */
export function portsText(ports: Ports): string {
  return ports === 'any' ? 'any port' : [...ports].join(', ');
}

/** Sorted, for stable output where order carries no meaning. */
export function sortedPorts(ports: Ports): Ports {
  return ports === 'any' ? ports : new Set([...ports].sort(byString));
}
