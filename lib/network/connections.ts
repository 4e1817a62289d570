import { IConstruct } from 'constructs';
import { checkedMethodOptions } from '../k8s/_construct-props';
import { propError } from '../values/_errors';
import { recorded } from '../k8s/_recorded-errors';

/** Who may talk to a workload, or whom it may talk to: one NetworkPolicy peer. */
export class Peer {
  /** Pods with these labels in the same namespace. */
  public static pods(labels: Record<string, string>, description: string): Peer {
    return new Peer({ podSelector: { matchLabels: { ...labels } } }, description);
  }

  /** Every pod of namespaces with these labels (e.g. the ingress controller's). */
  public static namespace(name: string): Peer {
    return new Peer({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': name } } }, `namespace ${name}`);
  }

  /** Pods with these labels in a named namespace (e.g. kube-dns in kube-system). */
  public static podsInNamespace(namespace: string, labels: Record<string, string>, description: string): Peer {
    return new Peer({
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } },
      podSelector: { matchLabels: { ...labels } },
    }, description);
  }

  /** An IP range, optionally with exceptions (e.g. the internet minus private ranges). */
  public static cidr(cidr: string, except: string[] = []): Peer {
    for (const c of [cidr, ...except]) {
      if (!isCidr(c)) throw propError('cidr', c, 'must be an IPv4 or IPv6 CIDR such as \'10.0.0.0/8\'');
    }
    return new Peer({ ipBlock: except.length ? { cidr, except } : { cidr } }, `cidr ${cidr}`);
  }

  private constructor(public readonly kube: any, public readonly description: string) {}
}

/** A port with a protocol. */
export interface PeerPort {
  readonly port: number;
  /** @default 'TCP' */
  readonly protocol?: 'TCP' | 'UDP' | 'SCTP';
}

interface Rule { readonly peer: Peer; readonly ports: PeerPort[] }

/**
 * The network paths a workload allows. Each workload gets one NetworkPolicy that selects its pods and
 * denies everything in both directions except what is listed here — its blueprint adds DNS, the ingress
 * controller and the relations it declares; you can add more.
 *
 * @example api.connections.allowTo(Peer.cidr('0.0.0.0/0', ['10.0.0.0/8']), [{ port: 443 }])
 */
export class Connections {
  private readonly ingress: Rule[] = [];
  private readonly egress: Rule[] = [];

  /** @param owner the workload, and its kind for error messages: a mistake is recorded on it */
  constructor(private readonly owner?: IConstruct, private readonly kind = 'Workload') {}

  /** Allow `peer` to open connections to these ports of this workload (all ports when empty). */
  public allowFrom(peer: Peer, ports: PeerPort[] = []): void {
    this.ingress.push({ peer, ports: this.checked(ports) });
  }

  /** Allow this workload to open connections to `peer` on these ports (all ports when empty). */
  public allowTo(peer: Peer, ports: PeerPort[] = []): void {
    this.egress.push({ peer, ports: this.checked(ports) });
  }

  private checked(ports: PeerPort[]): PeerPort[] {
    if (!this.owner) return ports.map(check);
    // Plain { port, protocol } objects with valid values (every port the library passes, and almost every user's)
    // are what the props check and the range check below keep as they are, in a new list: only the others go
    // through them, to be recorded. Each workload checks its DNS and application ports here.
    if (ports.every(isPlainValidPort)) return ports.slice();
    const owner = this.owner;
    return ports
      .map((p, i) => checkedMethodOptions(owner, this.kind, 'PeerPort', p, `ports[${i}]`))
      .filter((p) => recorded(owner, this.kind, () => check(p) === p, false));
  }

  /** The declared ingress peers, for review. */
  public get ingressRules(): readonly Rule[] { return this.ingress; }
  /** The declared egress peers, for review. */
  public get egressRules(): readonly Rule[] { return this.egress; }

  /** The NetworkPolicy `ingress` and `egress` lists, deduplicated, in declaration order. */
  public toKube(): { ingress: any[]; egress: any[] } {
    return { ingress: render(this.ingress, 'from'), egress: render(this.egress, 'to') };
  }
}

/** A plain object with only `port`, a port number, and optionally `protocol`, one of the PeerPort spec's literals. */
function isPlainValidPort(p: PeerPort): boolean {
  if (typeof p !== 'object' || p === null || Object.getPrototypeOf(p) !== Object.prototype) return false;
  for (const key in p) if (key !== 'port' && key !== 'protocol') return false;
  const { port, protocol } = p;
  return isPortNumber(port) && (protocol === undefined || protocol === 'TCP' || protocol === 'UDP' || protocol === 'SCTP');
}

function isPortNumber(port: number): boolean {
  return Number.isInteger(port) && port >= 1 && port <= 65535;
}

function check(p: PeerPort): PeerPort {
  if (!isPortNumber(p.port)) throw propError('port', p.port, 'must be a port number from 1 to 65535');
  return p;
}

function render(rules: Rule[], direction: 'from' | 'to'): any[] {
  // One rule (a workload's DNS egress, its one ingress peer: most policies) has no duplicate to look for by its JSON.
  const seen = rules.length > 1 ? new Set<string>() : undefined;
  const out: any[] = [];
  for (const r of rules) {
    const kube: Record<string, unknown> = {};
    if (r.ports.length) kube.ports = r.ports.map((p) => ({ port: p.port, protocol: p.protocol ?? 'TCP' }));
    kube[direction] = [r.peer.kube];
    if (seen) {
      const key = JSON.stringify(kube);
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(kube);
  }
  return out;
}

/** An IPv4 CIDR (octets <= 255, prefix <= 32) or an IPv6 CIDR (prefix <= 128). */
export function isCidr(c: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(c);
  if (v4) return v4.slice(1, 5).every((o) => Number(o) <= 255) && Number(v4[5]) <= 32;
  const v6 = /^([0-9a-fA-F:]+)\/(\d{1,3})$/.exec(c);
  return !!v6 && v6[1].includes(':') && Number(v6[2]) <= 128 && (v6[1].match(/::/g) ?? []).length <= 1;
}
